package com.shopperspectrum.io.model;

import static com.shopperspectrum.io.model.ModelFilesTest.names;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.shopperspectrum.core.data.InvalidInputException;
import com.shopperspectrum.core.model.SpectrumModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The versioned layout: what train may replace, the single-directory layout of earlier versions, sweeping. */
class ModelDirectoryTest {
    @TempDir
    Path tmp;

    static final SpectrumModel MODEL = ModelFilesTest.model();

    Path model() throws IOException {
        Path dir = tmp.resolve("model");
        new ModelWriter().write(MODEL, dir);
        return dir;
    }

    @Test
    void theModelIsAVersionThatCurrentNamesAndItsChecksumsVerifyThere() throws IOException {
        Path dir = model();
        assertThat(Files.isSymbolicLink(dir.resolve("current"))).isTrue();
        Path files = ModelDirectory.files(dir);
        assertThat(files.getFileName().toString()).matches("v-\\d{8}-\\d{6}-[0-9a-f]{8}");
        assertThat(Files.readString(dir.resolve("spectrum-model"))).isEqualTo(ModelDirectory.MARKER_TEXT);
        for (String line : Files.readAllLines(files.resolve("checksums"))) {
            String name = line.substring(66);
            assertThat(Checksums.sha256(files.resolve(name))).as(name).isEqualTo(line.substring(0, 64));
        }
        assertThat(Files.readString(files.resolve("metadata.json"))).contains("\"parts\"", "\"segments.bin\"");
    }

    @Test
    void aFolderWithAnEmptyMetadataFileAndAThesisIsRefusedAndKept() throws IOException {
        Path d = Files.createDirectories(tmp.resolve("d"));
        Files.writeString(d.resolve("metadata.json"), "{}");
        Files.writeString(d.resolve("thesis.txt"), "precious");
        assertThatThrownBy(() -> new ModelWriter().write(MODEL, d))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining(d.resolve("metadata.json").toString())
                .hasMessageContaining("not listed in a checksums file");
        assertThat(names(d)).containsExactly("metadata.json", "thesis.txt");
        assertThat(d.resolve("thesis.txt")).hasContent("precious");

        Files.delete(d.resolve("metadata.json"));
        assertThatThrownBy(() -> new ModelWriter().write(MODEL, d))
                .hasMessageContaining(d.resolve("thesis.txt") + " is not part");
    }

    @Test
    void aUserFileAnywhereInAModelMakesItNotReplaceable() throws IOException {
        Path dir = model();
        Path inVersion = ModelDirectory.files(dir).resolve("notes.txt");
        Files.writeString(inVersion, "mine");
        assertThatThrownBy(() -> new ModelWriter().write(MODEL, dir))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("notes.txt");
        assertThat(inVersion).hasContent("mine");
        Files.delete(inVersion);

        Path hidden = dir.resolve(".notes");
        Files.writeString(hidden, "mine");
        assertThatThrownBy(() -> new ModelWriter().write(MODEL, dir)).hasMessageContaining(hidden.toString());
        assertThat(hidden).hasContent("mine");
        Files.delete(hidden);

        Files.writeString(dir.resolve("spectrum-model"), "my own marker");
        assertThatThrownBy(() -> new ModelWriter().write(MODEL, dir)).hasMessageContaining("format marker");
    }

    @Test
    void aFileAtTheOutputIsRefused() throws IOException {
        Path file = Files.writeString(tmp.resolve("model"), "a file");
        assertThatThrownBy(() -> new ModelWriter().write(MODEL, file))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("not a directory");
        assertThat(file).hasContent("a file");
    }

    /** A model of the earlier layout: the files of a version directly in the directory. */
    Path singleDirectoryModel() throws IOException {
        Path versioned = model();
        Path old = tmp.resolve("old");
        Files.createDirectories(old);
        try (Stream<Path> files = Files.list(ModelDirectory.files(versioned))) {
            for (Path f : files.toList()) {
                Files.copy(f, old.resolve(f.getFileName()));
            }
        }
        return old;
    }

    @Test
    void aModelOfTheSingleDirectoryLayoutLoadsAndIsReplacedByTheVersionedOne() throws IOException {
        Path old = singleDirectoryModel();
        assertThat(ModelDirectory.files(old)).isEqualTo(old);
        assertThat(new ModelReader().read(old)).isEqualTo(MODEL);

        new ModelWriter().write(MODEL, old);
        assertThat(names(old)).hasSize(3).contains("spectrum-model", "current");
        assertThat(new ModelReader().read(old)).isEqualTo(MODEL);
    }

    @Test
    void aSingleDirectoryModelWithAFileItsChecksumsDoNotListIsRefused() throws IOException {
        Path old = singleDirectoryModel();
        Files.writeString(old.resolve("extra.json"), "{}");
        assertThatThrownBy(() -> new ModelWriter().write(MODEL, old))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("extra.json")
                .hasMessageContaining("not listed in");
        assertThat(old.resolve("extra.json")).exists();
    }

    @Test
    void aMigrationInterruptedAfterTheSwapIsStillAModelAndIsTidiedNextTime() throws IOException {
        Path old = singleDirectoryModel();
        Path versioned = tmp.resolve("model");
        Path version = ModelDirectory.files(versioned);
        Files.move(version, old.resolve(version.getFileName()));
        Files.copy(versioned.resolve("spectrum-model"), old.resolve("spectrum-model"));
        Files.createSymbolicLink(old.resolve("current"), version.getFileName());
        Files.delete(old.resolve("customers.bin")); // a kill while deleting the earlier layout's files (checksums last)
        assertThat(new ModelReader().read(old)).isEqualTo(MODEL);

        new ModelWriter().write(MODEL, old);
        assertThat(names(old)).hasSize(3).contains("spectrum-model", "current");
    }

    @Test
    void theNextWriteSweepsWhatInterruptedRunsLeft() throws IOException {
        Path dir = model();
        Path inUse = ModelDirectory.files(dir);
        Path partial = Files.createDirectory(dir.resolve(".tmp-v-20260101-000000-0badcafe"));
        Files.write(partial.resolve("products.bin"), new byte[100]);
        Files.createSymbolicLink(dir.resolve(".tmp-current-12345678"), Path.of("v-gone"));
        Path unused = dir.resolve("v-20250101-000000-00000000");
        Files.createDirectory(unused);
        Files.copy(inUse.resolve("checksums"), unused.resolve("checksums"));
        assertThat(new ModelReader().read(dir)).isEqualTo(MODEL);

        new ModelWriter().write(MODEL, dir);
        assertThat(names(dir))
                .containsExactlyInAnyOrder(
                        "spectrum-model",
                        "current",
                        ModelDirectory.files(dir).getFileName().toString());
    }

    @Test
    void aPointerFileWorksWhereLinksDoNot() throws IOException {
        Path dir = model();
        String version = ModelDirectory.files(dir).getFileName().toString();
        Files.delete(dir.resolve("current"));
        Files.writeString(dir.resolve("current"), version + "\n");
        assertThat(new ModelReader().read(dir)).isEqualTo(MODEL);
        new ModelWriter().write(MODEL, dir);
        assertThat(new ModelReader().read(dir)).isEqualTo(MODEL);
    }

    @Test
    void aPointerOutsideTheModelOrToNothingIsRefused() throws IOException {
        Path dir = model();
        Files.delete(dir.resolve("current"));
        Files.createSymbolicLink(dir.resolve("current"), Path.of("../elsewhere"));
        assertThatThrownBy(() -> new ModelReader().read(dir))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("current")
                .hasMessageContaining("../elsewhere");
        Files.delete(dir.resolve("current"));
        Files.createSymbolicLink(dir.resolve("current"), Path.of("v-gone"));
        assertThatThrownBy(() -> new ModelReader().read(dir))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("v-gone")
                .hasMessageContaining("missing");
    }

    @Test
    void aFirstTrainThatDidNotFinishSaysSoAndIsReplaced() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("model"));
        Files.writeString(dir.resolve("spectrum-model"), ModelDirectory.MARKER_TEXT);
        Files.createDirectory(dir.resolve(".tmp-v-20260101-000000-0badcafe"));
        assertThatThrownBy(() -> new ModelReader().read(dir))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("did not finish");
        new ModelWriter().write(MODEL, dir);
        assertThat(new ModelReader().read(dir)).isEqualTo(MODEL);
    }

    @Test
    void aDirectoryThatCannotBeCreatedIsNamed() {
        Path below = tmp.resolve("file-not-dir");
        assertThatThrownBy(() -> {
                    Files.writeString(below, "x");
                    new ModelWriter().write(MODEL, below.resolve("model"));
                })
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("cannot create the model directory")
                .hasMessageContaining(below + " is a file, not a directory")
                .hasMessageNotContaining("Exception");
    }
}
