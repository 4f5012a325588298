package com.shopperspectrum.io.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.shopperspectrum.core.data.InvalidInputException;
import com.shopperspectrum.core.inventory.DemandModel;
import com.shopperspectrum.core.inventory.DemandSeries;
import com.shopperspectrum.core.inventory.Period;
import com.shopperspectrum.core.model.CustomerTable;
import com.shopperspectrum.core.model.ModelMetadata;
import com.shopperspectrum.core.model.SpectrumModel;
import com.shopperspectrum.core.model.StoredRecommender;
import com.shopperspectrum.core.profile.DataProfile;
import com.shopperspectrum.core.recommend.EaseRegression;
import com.shopperspectrum.core.recommend.ItemNeighbours;
import com.shopperspectrum.core.recommend.ProductCatalog;
import com.shopperspectrum.core.recommend.PurchaseHistory;
import com.shopperspectrum.core.recommend.RecommenderType;
import com.shopperspectrum.core.recommend.eval.EvaluationReport;
import com.shopperspectrum.core.rfm.RfmTable;
import com.shopperspectrum.core.segment.CustomerSegments;
import com.shopperspectrum.core.segment.RfmSegment;
import com.shopperspectrum.core.segment.SegmentModel;
import com.shopperspectrum.core.segment.Segmentation;
import com.shopperspectrum.io.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;

/**
 * Loads a model directory written by {@link ModelWriter}. Every file is checked against the {@code checksums}
 * file before it is parsed, and the format version against {@link ModelMetadata#FORMAT_VERSION}; any mismatch,
 * missing or truncated file is an {@link InvalidInputException} naming the file, never a half-loaded model.
 */
public final class ModelReader {

    public SpectrumModel read(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new InvalidInputException(
                    "model directory not found: " + dir + " (create one with: spectrum train FILE -o " + dir + ")",
                    "model");
        }
        Path sumsFile = dir.resolve(Checksums.FILE);
        Map<String, String> sums = Checksums.parse(new String(bytes(sumsFile), StandardCharsets.UTF_8), sumsFile);
        ModelMetadata metadata = json(dir, ModelWriter.METADATA, sums, ModelMetadata.class);
        if (metadata.formatVersion() != ModelMetadata.FORMAT_VERSION) {
            throw new InvalidInputException(
                    dir.resolve(ModelWriter.METADATA) + ": model format version "
                            + metadata.formatVersion() + " is not supported by this program (it reads version "
                            + ModelMetadata.FORMAT_VERSION + "); retrain with: spectrum train FILE -o " + dir,
                    ModelWriter.METADATA);
        }
        DataProfile profile = json(dir, ModelWriter.PROFILE, sums, DataProfile.class);
        ProductCatalog products = products(columns(dir, ModelWriter.PRODUCTS, sums));
        CustomerTable customers = customers(columns(dir, ModelWriter.CUSTOMERS, sums));
        PurchaseHistory histories = histories(columns(dir, ModelWriter.HISTORIES, sums));
        Segmentation segmentation = null;
        if (sums.containsKey(ModelWriter.SEGMENT_MODEL) || sums.containsKey(ModelWriter.SEGMENTS)) {
            segmentation = new Segmentation(
                    json(dir, ModelWriter.SEGMENT_MODEL, sums, SegmentModel.class),
                    segments(columns(dir, ModelWriter.SEGMENTS, sums)));
        }
        ModelWriter.NeighbourOptions options =
                json(dir, ModelWriter.NEIGHBOUR_OPTIONS, sums, ModelWriter.NeighbourOptions.class);
        ItemNeighbours neighbours = neighbours(columns(dir, ModelWriter.NEIGHBOURS, sums), options, products);
        StoredRecommender recommender = recommender(dir, sums, neighbours);
        EvaluationReport evaluation = sums.containsKey(ModelWriter.EVALUATION)
                ? json(dir, ModelWriter.EVALUATION, sums, EvaluationReport.class)
                : null;
        DemandModel demand = sums.containsKey(ModelWriter.DEMAND) || sums.containsKey(ModelWriter.DEMAND_OPTIONS)
                ? demand(dir, sums)
                : null;
        try {
            return new SpectrumModel.Builder()
                    .metadata(metadata)
                    .profile(profile)
                    .products(products)
                    .customers(customers)
                    .histories(histories)
                    .segmentation(segmentation)
                    .neighbours(neighbours)
                    .recommender(recommender)
                    .evaluation(evaluation)
                    .demand(demand)
                    .build();
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("model " + dir + " is inconsistent: " + e.getMessage(), "model", e);
        }
    }

    private static DemandModel demand(Path dir, Map<String, String> sums) {
        ModelWriter.DemandOptions options =
                json(dir, ModelWriter.DEMAND_OPTIONS, sums, ModelWriter.DemandOptions.class);
        ColumnReader in = columns(dir, ModelWriter.DEMAND, sums);
        long[] head = in.longs();
        String[] codes = in.strings();
        String[] descriptions = in.strings();
        int[] first = in.ints();
        int[] offsets = in.ints();
        double[] units = in.doubles();
        double[] revenue = in.doubles();
        in.end();
        try {
            if (head.length != 2
                    || head[0] < 0
                    || head[0] >= Period.values().length
                    || offsets.length != codes.length + 1
                    || offsets[codes.length] != units.length
                    || units.length != revenue.length) {
                throw new IllegalArgumentException("the series' lengths do not fit together");
            }
            double[][] u = new double[codes.length][];
            double[][] r = new double[codes.length][];
            for (int p = 0; p < codes.length; p++) {
                if (offsets[p] < 0 || offsets[p] > offsets[p + 1]) {
                    throw new IllegalArgumentException("series offset " + offsets[p] + " of product " + p);
                }
                u[p] = Arrays.copyOfRange(units, offsets[p], offsets[p + 1]);
                r[p] = Arrays.copyOfRange(revenue, offsets[p], offsets[p + 1]);
            }
            DemandSeries series = DemandSeries.restore(
                    Period.values()[(int) head[0]], (int) head[1], codes, descriptions, first, u, r);
            return new DemandModel(series, options.inventory(), options.pricing());
        } catch (IllegalArgumentException | NullPointerException e) {
            Path file = dir.resolve(ModelWriter.DEMAND);
            throw new InvalidInputException(
                    "model file " + file + " is not valid: " + e.getMessage(), ModelWriter.DEMAND, e);
        }
    }

    private static ProductCatalog products(ColumnReader in) {
        ProductCatalog t = new ProductCatalog(
                in.strings(), in.strings(), in.longs(), in.doubles(), in.ints(), in.booleans(), in.ints());
        in.end();
        return t;
    }

    private static CustomerTable customers(ColumnReader in) {
        String[] ids = in.strings();
        int[] recency = in.ints();
        int[] frequency = in.ints();
        double[] monetary = in.doubles();
        long[] snapshot = in.longs();
        String[] countries = in.strings();
        in.end();
        if (snapshot.length != 2) {
            throw in.corrupt("snapshot column has " + snapshot.length + " values, expected 2");
        }
        RfmTable rfm =
                new RfmTable(ids, recency, frequency, monetary, LocalDate.ofEpochDay(snapshot[0]), snapshot[1] == 1);
        return new CustomerTable(rfm, countries);
    }

    private static PurchaseHistory histories(ColumnReader in) {
        int[] offsets = in.ints();
        int[] items = in.ints();
        int[] lines = in.ints();
        int[] units = in.ints();
        int[] lastDays = in.ints();
        int[] lastDayOfData = in.ints();
        in.end();
        if (lastDayOfData.length != 1) {
            throw in.corrupt("last-day column has " + lastDayOfData.length + " values, expected 1");
        }
        return new PurchaseHistory(offsets, items, lines, units, lastDays, lastDayOfData[0]);
    }

    private static CustomerSegments segments(ColumnReader in) {
        int[] clusters = in.ints();
        int[] r = in.ints();
        int[] f = in.ints();
        int[] m = in.ints();
        int[] ordinals = in.ints();
        in.end();
        RfmSegment[] all = RfmSegment.values();
        RfmSegment[] named = new RfmSegment[ordinals.length];
        for (int i = 0; i < ordinals.length; i++) {
            if (ordinals[i] < 0 || ordinals[i] >= all.length) {
                throw in.corrupt("named segment " + ordinals[i] + " of customer row " + i + " is out of range");
            }
            named[i] = all[ordinals[i]];
        }
        return new CustomerSegments(clusters, r, f, m, named);
    }

    private static ItemNeighbours neighbours(
            ColumnReader in, ModelWriter.NeighbourOptions options, ProductCatalog products) {
        ItemNeighbours n = new ItemNeighbours(
                in.ints(),
                in.ints(),
                in.floats(),
                products.codes(),
                products.descriptions(),
                options.matrix(),
                options.similarity());
        in.end();
        return n;
    }

    private static StoredRecommender recommender(Path dir, Map<String, String> sums, ItemNeighbours cosine) {
        ModelWriter.RecommenderOptions o =
                json(dir, ModelWriter.RECOMMENDER_OPTIONS, sums, ModelWriter.RecommenderOptions.class);
        if (o.type() == null) {
            throw new InvalidInputException(
                    "model file " + dir.resolve(ModelWriter.RECOMMENDER_OPTIONS) + " is not valid: no type",
                    ModelWriter.RECOMMENDER_OPTIONS);
        }
        try {
            ItemNeighbours neighbours = cosine;
            if (o.type() != RecommenderType.COSINE && o.ease() != null) {
                ColumnReader in = columns(dir, ModelWriter.RECOMMENDER, sums);
                neighbours = new ItemNeighbours(
                        in.ints(),
                        in.ints(),
                        in.floats(),
                        cosine.codes(),
                        cosine.descriptions(),
                        EaseRegression.MATRIX,
                        EaseRegression.similarityOptions(o.ease()));
                in.end();
            }
            return new StoredRecommender(o.type(), o.ease(), o.halfLifeDays(), neighbours);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(
                    "model " + dir + " has an inconsistent recommender: " + e.getMessage(),
                    ModelWriter.RECOMMENDER_OPTIONS,
                    e);
        }
    }

    private static <T> T json(Path dir, String name, Map<String, String> sums, Class<T> type) {
        Path file = dir.resolve(name);
        try {
            return Json.mapper().readValue(verified(file, sums), type);
        } catch (JsonProcessingException e) {
            throw new InvalidInputException("model file " + file + " is not valid: " + e.getOriginalMessage(), name, e);
        } catch (IOException e) {
            throw new InvalidInputException("cannot read model file " + file + ": " + e.getMessage(), name, e);
        }
    }

    private static ColumnReader columns(Path dir, String name, Map<String, String> sums) {
        Path file = dir.resolve(name);
        byte[] bytes = verified(file, sums);
        try {
            return new ColumnReader(file, bytes);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("model file " + file + " is corrupt: " + e.getMessage(), name, e);
        }
    }

    private static byte[] verified(Path file, Map<String, String> sums) {
        String name = file.getFileName().toString();
        String expected = sums.get(name);
        if (expected == null) {
            throw new InvalidInputException(
                    "model file " + file + " is not listed in " + Checksums.FILE + ": the model is incomplete", name);
        }
        byte[] bytes = bytes(file);
        String actual = Checksums.sha256(bytes);
        if (!actual.equals(expected)) {
            throw new InvalidInputException(
                    "model file " + file + " is corrupt: its SHA-256 " + actual + " does not match " + expected + " in "
                            + Checksums.FILE + " (" + bytes.length + " bytes)",
                    name);
        }
        return bytes;
    }

    private static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(
                    "model file " + file + " is missing: the model is incomplete",
                    file.getFileName().toString(),
                    e);
        } catch (IOException e) {
            throw new InvalidInputException(
                    "cannot read model file " + file + ": " + e.getMessage(),
                    file.getFileName().toString(),
                    e);
        }
    }
}
