package com.shopperspectrum.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.shopperspectrum.io.model.ModelDirectory;
import com.shopperspectrum.io.model.ModelReader;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 13's model, output-path and exit-code items, in-process: exit 2 with a plain message, nothing lost. */
class ReliabilityCliTest {
    @TempDir
    Path dir;

    Path data() throws IOException {
        return CliRun.shop(dir);
    }

    static void assertPlain(CliRun run) {
        assertThat(run.err())
                .doesNotContain("\tat ")
                .doesNotContainPattern("[A-Za-z]+(Exception|Error)\\b")
                .doesNotContain("java.")
                .doesNotContain("com.shopperspectrum");
    }

    @Test
    void trainNeverDeletesAUsersFolder() throws IOException {
        Path d = Files.createDirectories(dir.resolve("d"));
        Files.writeString(d.resolve("metadata.json"), "{}");
        Files.writeString(d.resolve("thesis.txt"), "precious");
        CliRun run = CliRun.of("train", data().toString(), "-o", d.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err())
                .contains("refusing to replace")
                .contains(d.resolve("metadata.json").toString());
        assertPlain(run);
        assertThat(d.resolve("thesis.txt")).hasContent("precious");
        assertThat(d.resolve("metadata.json")).hasContent("{}");
        try (Stream<Path> list = Files.list(d)) {
            assertThat(list.count()).isEqualTo(2);
        }
    }

    @Test
    void aModelTrainedTwiceLoadsAndItsChecksumsVerifyInTheDirectoryOfItsFiles() throws Exception {
        Path model = dir.resolve("model");
        assertThat(CliRun.of("train", data().toString(), "-o", model.toString()).exit())
                .isZero();
        CliRun again = CliRun.of("train", data().toString(), "-o", model.toString());
        assertThat(again.exit()).as(again.err()).isZero();
        assertThat(again.out()).containsPattern("Model written to .* \\(1[0-9] files");
        Path files = ModelDirectory.files(model);
        for (String line : Files.readAllLines(files.resolve("checksums"))) {
            byte[] bytes = Files.readAllBytes(files.resolve(line.substring(66)));
            String sha = HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
            assertThat(sha).isEqualTo(line.substring(0, 64));
        }
        try (Stream<Path> list = Files.list(model)) {
            assertThat(list.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder(
                            "spectrum-model", "current", files.getFileName().toString());
        }
        CliRun similar = CliRun.of("similar", "--model", model.toString(), "100");
        assertThat(similar.exit()).as(similar.err()).isZero();
    }

    @Test
    void aModelOfTheSingleDirectoryLayoutStillWorksWithModel() throws IOException {
        Path model = dir.resolve("model");
        CliRun.of("train", data().toString(), "-o", model.toString());
        Path old = Files.createDirectories(dir.resolve("old"));
        try (Stream<Path> files = Files.list(ModelDirectory.files(model))) {
            for (Path f : files.toList()) {
                Files.copy(f, old.resolve(f.getFileName()));
            }
        }
        CliRun run = CliRun.of("recommend", "--model", old.toString(), "1");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(CliRun.of("train", data().toString(), "-o", old.toString()).exit())
                .isZero();
        assertThat(Files.exists(old.resolve("current"), java.nio.file.LinkOption.NOFOLLOW_LINKS))
                .isTrue();
    }

    @Test
    void anOutOfRangeNeighbourInAModelIsExitTwoNamingTheFileAndTheValue() throws IOException {
        Path model = dir.resolve("model");
        CliRun.of("train", data().toString(), "-o", model.toString());
        Path files = ModelDirectory.files(model);
        Path bin = files.resolve("neighbours.bin");
        byte[] b = Files.readAllBytes(bin);
        ByteBuffer buffer = ByteBuffer.wrap(b);
        int offsets = buffer.getInt(9); // magic, format, tag: the length of the offsets column
        int itemsStart = 8 + 5 + 4 * offsets + 5;
        buffer.putInt(itemsStart, 4242);
        Files.write(bin, b);
        fixChecksums(files);
        for (String command : List.of("similar", "recommend", "segment")) {
            CliRun run = switch (command) {
                case "similar" -> CliRun.of("similar", "--model", model.toString(), "100");
                case "recommend" -> CliRun.of("recommend", "--model", model.toString(), "1");
                default ->
                    CliRun.of(
                            "segment",
                            "--model",
                            model.toString(),
                            "-o",
                            dir.resolve("s.csv").toString());
            };
            assertThat(run.exit()).as(command).isEqualTo(2);
            assertThat(run.err()).contains("neighbours.bin").contains("4242");
            assertPlain(run);
        }
    }

    @Test
    void segmentsDeletedWithTheirChecksumLinesAreAnIncompleteModel() throws IOException {
        Path model = dir.resolve("model");
        CliRun.of("train", data().toString(), "-o", model.toString());
        Path files = ModelDirectory.files(model);
        Files.delete(files.resolve("segments.json"));
        Files.delete(files.resolve("segments.bin"));
        fixChecksums(files);
        CliRun run = CliRun.of(
                "segment",
                "--model",
                model.toString(),
                "-o",
                dir.resolve("s.csv").toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("segments.json").contains("incomplete");
    }

    @Test
    void aGarbageSegmentModelIsAPlainMessageNamingTheFile() throws IOException {
        Path model = dir.resolve("model");
        CliRun.of("train", data().toString(), "-o", model.toString());
        Path files = ModelDirectory.files(model);
        Files.writeString(files.resolve("segments.json"), "{\"clusters\": \"garbage\"}");
        fixChecksums(files);
        CliRun run = CliRun.of(
                "segment",
                "--model",
                model.toString(),
                "-o",
                dir.resolve("s.csv").toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err())
                .contains("segments.json")
                .doesNotContain("deserialize")
                .doesNotContain("`");
        assertPlain(run);
    }

    static void fixChecksums(Path files) throws IOException {
        Path sums = files.resolve("checksums");
        String fixed = Files.readAllLines(sums).stream()
                .map(l -> l.substring(66))
                .filter(name -> Files.exists(files.resolve(name)))
                .map(name -> sha(files.resolve(name)) + "  " + name + "\n")
                .collect(Collectors.joining());
        Files.writeString(sums, fixed);
    }

    static String sha(Path f) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void hugeCountsAreUsageErrorsNamingOptionValueAndRange() throws IOException {
        String file = data().toString();
        List<List<String>> runs = List.of(
                List.of("similar", "-n", "1000000000", "--data", file, "100"),
                List.of("recommend", "-n", "1000000000", "--data", file, "1"),
                List.of("train", file, "-o", dir.resolve("m").toString(), "--neighbours", "1000000000"),
                List.of("train", file, "-o", dir.resolve("m").toString(), "--restarts", "0"),
                List.of("evaluate", file, "-k", "5000"),
                List.of(
                        "generate",
                        "--rows",
                        "10",
                        "--threads",
                        "100000",
                        "-o",
                        dir.resolve("g.csv").toString()));
        for (List<String> args : runs) {
            CliRun run = CliRun.of(args.toArray(String[]::new));
            String option = args.get(args.size() > 6 && args.get(0).equals("train") ? 4 : 1);
            assertThat(run.exit()).as(args.toString()).isEqualTo(2);
            assertThat(run.err()).as(args.toString()).contains("out of range").contains("..");
            assertPlain(run);
        }
        CliRun k = CliRun.of("train", file, "-o", dir.resolve("m").toString(), "--k", "1000");
        assertThat(k.exit()).isEqualTo(2);
        assertThat(k.err()).contains("--k").contains("1000").contains("1..100");
        assertThat(dir.resolve("m")).doesNotExist();
    }

    @Test
    void anExplicitKTheCustomersCannotMeetIsExitTwoAndADefaultOneAWarningEveryCommandShows() throws IOException {
        String file = data().toString();
        Path m = dir.resolve("m");
        CliRun explicit = CliRun.of("train", file, "-o", m.toString(), "--k", "50");
        assertThat(explicit.exit()).isEqualTo(2);
        assertThat(explicit.err()).contains("--k 50 cannot be met").contains("no segmentation");
        assertThat(m).doesNotExist();

        Path three = Files.writeString(
                dir.resolve("three.csv"),
                String.join(
                                "\n",
                                "InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country",
                                "1,100,RED MUG,2,2011-01-10 10:00:00,1.5,1,United Kingdom",
                                "2,200,BLUE MUG,1,2011-02-10 10:00:00,1.5,2,United Kingdom",
                                "3,100,RED MUG,1,2011-03-10 10:00:00,1.5,3,United Kingdom")
                        + "\n");
        CliRun byDefault = CliRun.of("train", three.toString(), "-o", m.toString());
        assertThat(byDefault.exit()).as(byDefault.err()).isZero();
        assertThat(byDefault.err()).contains("warning").contains("no segmentation");
        CliRun similar = CliRun.of("similar", "--model", m.toString(), "100");
        assertThat(similar.exit()).isZero();
        assertThat(similar.err()).contains("warning: the model").contains("no segmentation");
        CliRun segment = CliRun.of(
                "segment", "--model", m.toString(), "-o", dir.resolve("s.csv").toString());
        assertThat(segment.exit()).isEqualTo(2);
        assertThat(segment.err()).contains("has no segmentation: no segmentation");
    }

    @Test
    void noCleanRowIsExitTwoNamingTheRules() throws IOException {
        Path cancelled = Files.writeString(
                dir.resolve("cancelled.csv"),
                String.join(
                                "\n",
                                "InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country",
                                "C1,100,RED MUG,-2,2011-01-10 10:00:00,1.5,1,United Kingdom",
                                "2,200,BLUE MUG,1,2011-02-10 10:00:00,1.5,,United Kingdom")
                        + "\n");
        Path m = dir.resolve("m");
        CliRun run = CliRun.of("train", cancelled.toString(), "-o", m.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err())
                .contains("no row survives cleaning")
                .contains("cancelled 1")
                .contains("missingCustomer 1");
        assertPlain(run);
        assertThat(m).doesNotExist();
    }

    @Test
    void outputsThatCannotBeWrittenSayWhichDirectory() throws IOException {
        String file = data().toString();
        CliRun proc = CliRun.of("train", file, "-o", "/proc/nope/model");
        assertThat(proc.exit()).isEqualTo(2);
        assertThat(proc.err()).contains("/proc/nope/model").contains("cannot write in the directory /proc");
        assertPlain(proc);

        CliRun segment =
                CliRun.of("segment", file, "-o", dir.resolve("nodir/x/seg.csv").toString());
        assertThat(segment.exit()).isEqualTo(2);
        assertThat(segment.err()).contains("the directory " + dir.resolve("nodir/x") + " does not exist");
        assertPlain(segment);

        Path aFile = Files.writeString(dir.resolve("plain.txt"), "x");
        CliRun under = CliRun.of("train", file, "-o", aFile.resolve("model").toString());
        assertThat(under.exit()).isEqualTo(2);
        assertThat(under.err()).contains(aFile + " is a file, not a directory");
        assertThat(aFile).hasContent("x");
    }

    @Test
    void aBadDateOptionIsAPlainMessage() throws IOException {
        CliRun run = CliRun.of(
                "segment", data().toString(), "-o", dir.resolve("s.csv").toString(), "--as-of", "yesterday");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("--as-of").contains("yyyy-MM-dd").contains("yesterday");
        assertPlain(run);
    }

    @Test
    void aModelThatIsNotThereOrNotFinishedIsNamed() throws IOException {
        Path m = Files.createDirectories(dir.resolve("m"));
        Files.writeString(m.resolve("spectrum-model"), "x");
        CliRun run = CliRun.of("similar", "--model", m.toString(), "100");
        assertThat(run.exit()).isEqualTo(2);
        assertPlain(run);
        assertThat(new ModelReader() != null).isTrue();
    }
}
