package com.shopperspectrum.io.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.shopperspectrum.core.clean.Cleaner;
import com.shopperspectrum.core.clean.CleaningOptions;
import com.shopperspectrum.core.clean.NonProductCodes;
import com.shopperspectrum.core.data.InvalidInputException;
import com.shopperspectrum.core.data.TransactionTable;
import com.shopperspectrum.core.model.ModelMetadata;
import com.shopperspectrum.core.model.ModelOptions;
import com.shopperspectrum.core.model.ModelTrainer;
import com.shopperspectrum.core.model.SpectrumModel;
import com.shopperspectrum.core.recommend.EaseOptions;
import com.shopperspectrum.core.recommend.MatrixOptions;
import com.shopperspectrum.core.recommend.RecommenderDefaults;
import com.shopperspectrum.core.recommend.RecommenderType;
import com.shopperspectrum.core.recommend.Scope;
import com.shopperspectrum.core.recommend.SimilarityOptions;
import com.shopperspectrum.core.recommend.Weighting;
import com.shopperspectrum.core.segment.SegmentOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelFilesTest {
    @TempDir
    Path tmp;

    /** Three customers, four products, one description with markup and a non-ASCII character. */
    static SpectrumModel model() {
        LocalDateTime d1 = LocalDateTime.of(2011, 3, 1, 10, 0);
        LocalDateTime d2 = LocalDateTime.of(2011, 3, 8, 12, 0);
        TransactionTable raw = TransactionTable.builder()
                .add("1", "A", "<script>alert(\"x\")</script>", 2, d1, 1.5, "12", "UK")
                .add("1", "B", "BÉRET", 1, d1, 4.0, "12", "UK")
                .add("2", "A", "<script>alert(\"x\")</script>", 3, d2, 1.5, "13", "France")
                .add("3", "POST", "POSTAGE", 1, d2, 18.0, "14", "UK")
                .add("3", "C", null, 5, d2, 0.5, "14", "UK")
                .build();
        ModelMetadata meta = new ModelMetadata(
                ModelMetadata.FORMAT_VERSION,
                "test",
                "2026-01-01T00:00:00Z",
                new ModelMetadata.InputFile("t.csv", 123, "ab".repeat(32)),
                Map.of("k", "v"),
                Map.of("raw", 5L),
                Map.of("read", 1L),
                List.of());
        return new ModelTrainer(
                        NonProductCodes.DEFAULT,
                        new ModelOptions(
                                SegmentOptions.DEFAULT.withK(2).withRestarts(3),
                                null,
                                MatrixOptions.of(Scope.CUSTOMER, Weighting.BM25),
                                new SimilarityOptions(10, false),
                                0,
                                new EaseOptions(RecommenderDefaults.EASE_LAMBDA, 1, 10, true, true)))
                .train(new Cleaner(CleaningOptions.ORIGINAL).clean(raw), meta);
    }

    final SpectrumModel original = model();

    Path written() throws IOException {
        Path dir = tmp.resolve("model");
        new ModelWriter().write(original, dir);
        return dir;
    }

    /** The directory that holds the files of the model at {@code dir}. */
    static Path files(Path dir) {
        return ModelDirectory.files(dir);
    }

    @Test
    void roundTripGivesAnEqualModel() throws IOException {
        SpectrumModel loaded = new ModelReader().read(written());
        assertThat(loaded).isEqualTo(original);
        assertThat(loaded.segmentation()).isNotNull();
        assertThat(loaded.neighbours().size()).isPositive();
        assertThat(loaded.recommender().type()).isEqualTo(RecommenderType.EASE);
        assertThat(loaded.recommender().neighbours().items())
                .isNotEmpty()
                .isNotEqualTo(loaded.neighbours().items());
        assertThat(loaded.products().description(loaded.products().indexOf("A")))
                .isEqualTo("<script>alert(\"x\")</script>");
        assertThat(loaded.products().description(loaded.products().indexOf("C")))
                .isEmpty();
        assertThat(loaded.metadata().input().sha256()).isEqualTo("ab".repeat(32));
    }

    @Test
    void neighboursOptionsHoldWhatTheNeighboursAreNotTheThreadsThatComputedThem() throws IOException {
        String options = Files.readString(files(written()).resolve(ModelWriter.NEIGHBOUR_OPTIONS));

        assertThat(options).contains("\"neighbours\"", "\"includeNonProducts\"").doesNotContain("threads");
    }

    @Test
    void checksumsFileListsEveryFileInSha256sumFormat() throws IOException {
        Path dir = files(written());
        String sums = Files.readString(dir.resolve("checksums"));
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(f -> !f.getFileName().toString().equals("checksums"))
                    .toList()) {
                assertThat(sums).contains(Checksums.sha256(f) + "  " + f.getFileName() + "\n");
            }
        }
        assertThat(sums.lines()).hasSize(11);
    }

    @Test
    void anEditedByteIsRefusedNamingTheFile() throws IOException {
        Path dir = written();
        Path f = files(dir).resolve("histories.bin");
        byte[] b = Files.readAllBytes(f);
        b[b.length / 2] ^= 1;
        Files.write(f, b);
        assertThatThrownBy(() -> new ModelReader().read(dir))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("histories.bin")
                .hasMessageContaining("corrupt")
                .hasMessageContaining("SHA-256");
    }

    @Test
    void aTruncatedFileIsRefusedNamingTheFile() throws IOException {
        Path dir = written();
        Path f = files(dir).resolve("products.bin");
        byte[] b = Files.readAllBytes(f);
        Files.write(f, Arrays.copyOf(b, b.length - 7));
        assertThatThrownBy(() -> new ModelReader().read(dir))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("products.bin")
                .hasMessageContaining("corrupt");
    }

    @Test
    void aTruncatedColumnFileIsCaughtByItsStructureToo() throws IOException {
        byte[] full = ModelWriter.products(model().products());
        Path f = tmp.resolve("products.bin");
        for (int cut : new int[] {3, 9, full.length / 2, full.length - 1}) {
            byte[] part = Arrays.copyOf(full, cut);
            assertThatThrownBy(() -> readAll(new ColumnReader(f, part)))
                    .as("cut at %d", cut)
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("products.bin");
        }
    }

    @Test
    void aWrongFormatVersionIsRefusedWithBothVersions() throws IOException {
        Path dir = written();
        Path meta = files(dir).resolve("metadata.json");
        String json = Files.readString(meta)
                .replace("\"formatVersion\" : " + ModelMetadata.FORMAT_VERSION, "\"formatVersion\" : 99");
        Files.writeString(meta, json);
        Path sums = files(dir).resolve("checksums");
        String fixed = Files.readString(sums)
                .lines()
                .map(l -> l.endsWith("metadata.json") ? sha(json) + "  metadata.json" : l)
                .reduce("", (a, l) -> a + l + "\n");
        Files.writeString(sums, fixed);
        assertThatThrownBy(() -> new ModelReader().read(dir))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("metadata.json")
                .hasMessageContaining("version 99")
                .hasMessageContaining("reads version " + ModelMetadata.FORMAT_VERSION);
    }

    @Test
    void missingFilesAndDirectoriesAreNamed() throws IOException {
        assertThatThrownBy(() -> new ModelReader().read(tmp.resolve("none")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("model directory not found")
                .hasMessageContaining("none");
        Path dir = written();
        Files.delete(files(dir).resolve("customers.bin"));
        assertThatThrownBy(() -> new ModelReader().read(dir))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("customers.bin")
                .hasMessageContaining("missing");
        Files.delete(files(dir).resolve("checksums"));
        assertThatThrownBy(() -> new ModelReader().read(dir))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("checksums");
    }

    @Test
    void writingAgainReplacesTheModelAndLeavesNoTemporaryDirectories() throws IOException {
        Path dir = written();
        Path first = files(dir);
        new ModelWriter().write(original, dir);
        assertThat(files(dir)).isNotEqualTo(first);
        assertThat(first).doesNotExist();
        assertThat(new ModelReader().read(dir)).isEqualTo(original);
        assertThat(names(dir))
                .containsExactlyInAnyOrder(
                        "spectrum-model", "current", files(dir).getFileName().toString());
        assertThat(names(tmp)).containsExactly("model");
    }

    @Test
    void aFailedWriteLeavesTheOldModelInPlace() throws IOException {
        Path dir = written();
        Path before = files(dir);
        byte[] meta = Files.readAllBytes(before.resolve("metadata.json"));
        assertThatThrownBy(() -> ModelDirectory.replace(dir, temp -> {
                    Files.writeString(temp.resolve("metadata.json"), "half");
                    throw new IOException("disk full");
                }))
                .hasMessageContaining("disk full");
        assertThat(files(dir)).isEqualTo(before);
        assertThat(Files.readAllBytes(before.resolve("metadata.json"))).isEqualTo(meta);
        assertThat(names(dir))
                .containsExactlyInAnyOrder(
                        "spectrum-model", "current", before.getFileName().toString());
        assertThat(names(tmp)).containsExactly("model");
    }

    @Test
    void refusesToReplaceADirectoryThatIsNotAModel() throws IOException {
        Path dir = tmp.resolve("docs");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("thesis.txt"), "precious");
        assertThatThrownBy(() -> new ModelWriter().write(original, dir))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("thesis.txt")
                .hasMessageContaining("refusing to replace");
        assertThat(dir.resolve("thesis.txt")).hasContent("precious");
        assertThat(names(dir)).containsExactly("thesis.txt");
    }

    static List<String> names(Path dir) throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static void readAll(ColumnReader in) {
        in.strings();
        in.strings();
        in.longs();
        in.doubles();
        in.ints();
        in.booleans();
        in.end();
    }

    private static String sha(String text) {
        return Checksums.sha256(text.getBytes(StandardCharsets.UTF_8));
    }
}
