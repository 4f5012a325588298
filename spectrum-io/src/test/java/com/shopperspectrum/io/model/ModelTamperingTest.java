package com.shopperspectrum.io.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.shopperspectrum.core.data.InvalidInputException;
import com.shopperspectrum.core.model.ModelRecommender;
import com.shopperspectrum.core.model.SpectrumModel;
import com.shopperspectrum.core.recommend.RecommendOptions;
import com.shopperspectrum.core.recommend.Recommendation;
import com.shopperspectrum.core.recommend.Recommender;
import com.shopperspectrum.core.recommend.ScoredProduct;
import com.shopperspectrum.core.rfm.RfmTable;
import com.shopperspectrum.core.segment.RfmValues;
import com.shopperspectrum.core.segment.SegmentProfiler;
import com.shopperspectrum.core.segment.Segmentation;
import com.shopperspectrum.io.view.SegmentCustomersCsv;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A model edited on disk with its checksums updated to match: every index and value of every column file set
 * to out-of-range values in turn. Each edit is refused on load with an error naming the file, or gives a model
 * every consumer can use (no exception inside a command, no NaN or infinite score).
 */
class ModelTamperingTest {
    @TempDir
    Path tmp;

    Path dir;
    Path files;

    @BeforeEach
    void write() throws IOException {
        dir = tmp.resolve("model");
        new ModelWriter().write(ModelFilesTest.model(), dir);
        files = ModelDirectory.files(dir);
    }

    /** Rewrites the checksums of the files present to match them (what an editor of the model would do). */
    static void fixChecksums(Path files) throws IOException {
        Path sums = files.resolve(Checksums.FILE);
        String fixed = Files.readAllLines(sums).stream()
                .map(l -> l.substring(66))
                .filter(name -> Files.exists(files.resolve(name)))
                .map(name -> {
                    try {
                        return Checksums.sha256(files.resolve(name)) + "  " + name + "\n";
                    } catch (IOException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .collect(Collectors.joining());
        Files.writeString(sums, fixed);
    }

    /** A numeric column of a column file: where its values start, how many, how wide. */
    record Column(int tag, int start, int count, int width) {}

    static List<Column> columns(byte[] file) {
        ByteBuffer b = ByteBuffer.wrap(file);
        b.position(8);
        List<Column> out = new ArrayList<>();
        while (b.remaining() > 4) {
            int tag = b.get();
            int n = b.getInt();
            if (tag == ColumnWriter.STRINGS) {
                for (int i = 0; i < n; i++) {
                    int len = b.getInt();
                    b.position(b.position() + Math.max(len, 0));
                }
                continue;
            }
            int width = switch (tag) {
                case ColumnWriter.INTS, ColumnWriter.FLOATS -> 4;
                case ColumnWriter.LONGS, ColumnWriter.DOUBLES -> 8;
                default -> 1;
            };
            if (tag != ColumnWriter.BOOLEANS) {
                out.add(new Column(tag, b.position(), n, width));
            }
            b.position(b.position() + n * width);
        }
        return out;
    }

    static List<ByteBuffer> values(Column c) {
        List<ByteBuffer> out = new ArrayList<>();
        switch (c.tag()) {
            case ColumnWriter.INTS -> {
                for (int v : new int[] {-1, c.count(), 1_000_000, Integer.MAX_VALUE, Integer.MIN_VALUE}) {
                    out.add(ByteBuffer.allocate(4).putInt(0, v));
                }
            }
            case ColumnWriter.FLOATS -> {
                for (float v : new float[] {Float.NaN, Float.POSITIVE_INFINITY, -1e30f}) {
                    out.add(ByteBuffer.allocate(4).putFloat(0, v));
                }
            }
            case ColumnWriter.DOUBLES -> {
                for (double v : new double[] {Double.NaN, Double.NEGATIVE_INFINITY, -1e300}) {
                    out.add(ByteBuffer.allocate(8).putDouble(0, v));
                }
            }
            default -> {
                for (long v : new long[] {-1, Long.MAX_VALUE, Long.MIN_VALUE}) {
                    out.add(ByteBuffer.allocate(8).putLong(0, v));
                }
            }
        }
        return out;
    }

    @Test
    void everyOutOfRangeValueIsRefusedNamingTheFileOrGivesAUsableModel() throws IOException {
        List<Path> bins;
        try (Stream<Path> list = Files.list(files)) {
            bins = list.filter(p -> p.toString().endsWith(".bin")).sorted().toList();
        }
        byte[] sums = Files.readAllBytes(files.resolve(Checksums.FILE));
        SpectrumModel before = new ModelReader().read(dir);
        int refused = 0;
        int loaded = 0;
        for (Path bin : bins) {
            byte[] original = Files.readAllBytes(bin);
            List<Column> columns = columns(original);
            for (int c = 0; c < columns.size(); c++) {
                Column column = columns.get(c);
                for (int at : new int[] {0, column.count() / 2, column.count() - 1}) {
                    if (at < 0) {
                        continue;
                    }
                    for (ByteBuffer value : values(column)) {
                        byte[] edited = original.clone();
                        System.arraycopy(
                                value.array(), 0, edited, column.start() + at * column.width(), column.width());
                        Files.write(bin, edited);
                        fixChecksums(files);
                        String what =
                                bin.getFileName() + " column " + c + " value " + at + " := " + describe(column, value);
                        SpectrumModel m;
                        try {
                            m = new ModelReader().read(dir);
                        } catch (InvalidInputException e) {
                            assertThat(e.getMessage())
                                    .as(what)
                                    .contains(bin.getFileName().toString());
                            refused++;
                            continue;
                        } catch (RuntimeException e) {
                            throw new AssertionError(what + ": " + e, e);
                        }
                        try {
                            use(m);
                        } catch (RuntimeException | AssertionError e) {
                            throw new AssertionError(what + " loaded, then: " + e, e);
                        }
                        loaded++;
                    }
                }
            }
            Files.write(bin, original);
            Files.write(files.resolve(Checksums.FILE), sums);
        }
        assertThat(refused).isGreaterThan(100);
        assertThat(loaded).isPositive();
        assertThat(new ModelReader().read(dir)).isEqualTo(before);
    }

    private static String describe(Column c, ByteBuffer v) {
        return switch (c.tag()) {
            case ColumnWriter.INTS -> String.valueOf(v.getInt(0));
            case ColumnWriter.FLOATS -> String.valueOf(v.getFloat(0));
            case ColumnWriter.DOUBLES -> String.valueOf(v.getDouble(0));
            default -> String.valueOf(v.getLong(0));
        };
    }

    /** What the commands do with a model: similar, recommend, segment profiles and rows, predict. */
    static void use(SpectrumModel m) throws IOException {
        for (String code : m.products().codes()) {
            for (ScoredProduct p : m.neighbours().similar(code, 20)) {
                assertThat(Double.isFinite(p.score())).as("similar score").isTrue();
            }
            m.recommender().neighbours().similar(code, 20);
        }
        Recommender r = ModelRecommender.of(m);
        RecommendOptions options =
                new RecommendOptions(10, false, m.recommender().halfLifeDays());
        for (String id : m.customers().rfm().customerIds()) {
            for (Recommendation i : r.forCustomer(id, options).items()) {
                assertThat(Double.isFinite(i.score()))
                        .as("recommendation score")
                        .isTrue();
            }
        }
        r.forBasket(List.of(m.products().code(0)), options);
        m.products().byPopularity();
        Segmentation s = m.segmentation();
        if (s != null) {
            RfmTable rfm = m.customers().rfm();
            SegmentProfiler.profiles(s, rfm, m.customers().countries());
            SegmentProfiler.crossTab(s);
            new SegmentCustomersCsv(rfm, s).write(new StringBuilder(), SegmentCustomersCsv.ALL);
            s.model().predict(new RfmValues(10.0, 2.0, s.model().hasMonetary() ? 100.0 : null));
        }
    }

    @Test
    void anOutOfRangeNeighbourIsRefusedNamingTheFileAndTheValue() throws IOException {
        Path bin = files.resolve("neighbours.bin");
        byte[] b = Files.readAllBytes(bin);
        Column items = columns(b).get(1);
        ByteBuffer.wrap(b).putInt(items.start(), 999);
        Files.write(bin, b);
        fixChecksums(files);
        assertThatThrownBy(() -> new ModelReader().read(dir))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("neighbours.bin")
                .hasMessageContaining("999");
    }

    @Test
    void removingTheSegmentsWithTheirChecksumLinesIsAnIncompleteModel() throws IOException {
        Files.delete(files.resolve("segments.json"));
        Files.delete(files.resolve("segments.bin"));
        fixChecksums(files);
        assertThatThrownBy(() -> new ModelReader().read(dir))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("segments.json")
                .hasMessageContaining("incomplete");
    }

    @Test
    void removingARequiredPartWithItsChecksumLineIsAnIncompleteModel() throws IOException {
        Path meta = files.resolve("metadata.json");
        Files.writeString(meta, Files.readString(meta).replaceAll("(?s),\\s*\"parts\" : \\[.*?\\]", ""));
        Files.delete(files.resolve("histories.bin"));
        fixChecksums(files);
        assertThatThrownBy(() -> new ModelReader().read(dir))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("histories.bin")
                .hasMessageContaining("incomplete");
    }

    @Test
    void aGarbageJsonFileIsAPlainMessageNamingTheFile() throws IOException {
        for (String garbage : new String[] {"[1,2,3]", "{\"options\": 7}", "not json", "{\"names\": [\"a\"]}"}) {
            Files.writeString(files.resolve("segments.json"), garbage, StandardCharsets.UTF_8);
            fixChecksums(files);
            assertThatThrownBy(() -> new ModelReader().read(dir))
                    .as(garbage)
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("segments.json")
                    .hasMessageNotContaining("com.shopperspectrum")
                    .hasMessageNotContaining("deserialize")
                    .hasMessageNotContaining("`");
        }
    }

    @Test
    void aGarbageMetadataFileIsAPlainMessageNamingTheFile() throws IOException {
        Files.writeString(files.resolve("metadata.json"), "{\"formatVersion\": \"three\"}");
        fixChecksums(files);
        assertThatThrownBy(() -> new ModelReader().read(dir))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("metadata.json")
                .hasMessageContaining("formatVersion")
                .hasMessageNotContaining("com.shopperspectrum");
    }
}
