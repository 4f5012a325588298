package com.shopperspectrum.io.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.shopperspectrum.core.baskets.BasketModel;
import com.shopperspectrum.core.clv.ClvResult;
import com.shopperspectrum.core.cohort.CohortModel;
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
import com.shopperspectrum.core.recommend.RecommenderType;
import com.shopperspectrum.core.recommend.eval.EvaluationReport;
import com.shopperspectrum.core.segment.SegmentModel;
import com.shopperspectrum.core.segment.Segmentation;
import com.shopperspectrum.io.IoErrors;
import com.shopperspectrum.io.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;

/**
 * Loads a model directory written by {@link ModelWriter} (the versioned layout of {@link ModelDirectory}, or the
 * single directory of earlier versions). Every file is checked against the {@code checksums} file before it is
 * parsed, the format version against {@link ModelMetadata#FORMAT_VERSION}, the presence of every part the model
 * has ({@link ModelParts}) and every index and value of the column files ({@link ModelColumns}); any mismatch,
 * missing, truncated or out-of-range content is an {@link InvalidInputException} naming the file and the value,
 * never a half-loaded model. A model replaced by a {@code train} while it is read is read again.
 */
public final class ModelReader {

    /** The model of {@code dir} (the versioned layout, or the single directory of earlier versions). */
    public SpectrumModel read(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new InvalidInputException(
                    "model directory not found: " + dir + " (create one with: spectrum train FILE -o " + dir + ")",
                    "model");
        }
        for (int attempt = 1; ; attempt++) {
            Path files = ModelDirectory.files(dir);
            try {
                return read(dir, files);
            } catch (InvalidInputException e) {
                if (attempt >= 3 || files.equals(filesNow(dir))) {
                    throw e;
                }
                // a train replaced the model while it was read: read the new one
            }
        }
    }

    private static Path filesNow(Path dir) {
        try {
            return ModelDirectory.files(dir);
        } catch (InvalidInputException e) {
            return null;
        }
    }

    private SpectrumModel read(Path dir, Path files) {
        Path sumsFile = files.resolve(Checksums.FILE);
        Map<String, String> sums = Checksums.parse(new String(bytes(sumsFile), StandardCharsets.UTF_8), sumsFile);
        Path metaFile = files.resolve(ModelWriter.METADATA);
        ObjectNode metaTree = json(files, ModelWriter.METADATA, sums, ObjectNode.class);
        JsonNode listed = metaTree.remove(ModelWriter.PARTS);
        ModelMetadata metadata = convert(metaTree, ModelMetadata.class, metaFile);
        if (metadata.formatVersion() != ModelMetadata.FORMAT_VERSION) {
            throw new InvalidInputException(
                    metaFile + ": model format version "
                            + metadata.formatVersion() + " is not supported by this program (it reads version "
                            + ModelMetadata.FORMAT_VERSION + "); retrain with: spectrum train FILE -o " + dir,
                    ModelWriter.METADATA);
        }
        Set<String> parts = ModelParts.required(metadata, listed, sums, metaFile);
        ModelParts.checkPresent(files, parts, sums);
        // each part goes into the model as it is read
        SpectrumModel.Builder model = new SpectrumModel.Builder().metadata(metadata);
        model.profile(json(files, ModelWriter.PROFILE, sums, DataProfile.class));
        ProductCatalog products = ModelColumns.products(columns(files, ModelWriter.PRODUCTS, sums));
        model.products(products);
        CustomerTable customers = ModelColumns.customers(columns(files, ModelWriter.CUSTOMERS, sums));
        model.customers(customers);
        model.histories(
                ModelColumns.histories(columns(files, ModelWriter.HISTORIES, sums), customers.size(), products.size()));
        if (parts.contains(ModelWriter.SEGMENT_MODEL)) {
            SegmentModel segmentModel = json(files, ModelWriter.SEGMENT_MODEL, sums, SegmentModel.class);
            model.segmentation(new Segmentation(
                    segmentModel,
                    ModelColumns.segments(columns(files, ModelWriter.SEGMENTS, sums), segmentModel, customers.size())));
        }
        ModelWriter.NeighbourOptions options =
                json(files, ModelWriter.NEIGHBOUR_OPTIONS, sums, ModelWriter.NeighbourOptions.class);
        ItemNeighbours neighbours = ModelColumns.neighbours(
                columns(files, ModelWriter.NEIGHBOURS, sums),
                options.matrix(),
                options.similarity(),
                products.codes(),
                products.descriptions());
        model.neighbours(neighbours).recommender(recommender(files, sums, neighbours));
        if (parts.contains(ModelWriter.EVALUATION)) {
            model.evaluation(json(files, ModelWriter.EVALUATION, sums, EvaluationReport.class));
        }
        if (parts.contains(ModelWriter.DEMAND)) {
            model.demand(demand(files, sums));
        }
        if (parts.contains(ModelWriter.COHORTS)) {
            model.cohorts(cohorts(files, sums));
        }
        if (parts.contains(ModelWriter.BASKETS)) {
            model.baskets(json(files, ModelWriter.BASKETS, sums, BasketModel.class));
        }
        if (parts.contains(ModelWriter.CLV)) {
            model.clv(clv(files, sums));
        }
        try {
            return model.build();
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("model " + files + " is inconsistent: " + e.getMessage(), "model", e);
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
            if (options.inventory() == null || options.pricing() == null) {
                throw new IllegalArgumentException(
                        ModelWriter.DEMAND_OPTIONS + " lacks the inventory or pricing options");
            }
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
            DemandSeries series =
                    new DemandSeries(Period.values()[(int) head[0]], (int) head[1], codes, descriptions, first, u, r);
            return new DemandModel(series, options.inventory(), options.pricing());
        } catch (IllegalArgumentException e) {
            Path file = dir.resolve(ModelWriter.DEMAND);
            throw new InvalidInputException(
                    "model file " + file + " is not valid: " + e.getMessage(), ModelWriter.DEMAND, e);
        }
    }

    private static CohortModel cohorts(Path dir, Map<String, String> sums) {
        CohortColumns.Part part = json(dir, ModelWriter.COHORTS, sums, CohortColumns.Part.class);
        ColumnReader in = columns(dir, ModelWriter.COHORT_STATES, sums);
        try {
            return CohortColumns.read(part, in);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(
                    "model file " + dir.resolve(ModelWriter.COHORT_STATES) + " is not valid: " + e.getMessage(),
                    ModelWriter.COHORT_STATES,
                    e);
        }
    }

    private static ClvResult clv(Path dir, Map<String, String> sums) {
        ClvColumns.Part part = json(dir, ModelWriter.CLV, sums, ClvColumns.Part.class);
        ColumnReader in = columns(dir, ModelWriter.CLV_CUSTOMERS, sums);
        try {
            return ClvColumns.read(part, in);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(
                    "model files " + dir.resolve(ModelWriter.CLV) + " and " + ModelWriter.CLV_CUSTOMERS
                            + " do not fit together: " + e.getMessage(),
                    ModelWriter.CLV_CUSTOMERS,
                    e);
        }
    }

    private static StoredRecommender recommender(Path dir, Map<String, String> sums, ItemNeighbours cosine) {
        ModelWriter.RecommenderOptions o =
                json(dir, ModelWriter.RECOMMENDER_OPTIONS, sums, ModelWriter.RecommenderOptions.class);
        if (o.type() == RecommenderType.EASE && o.ease() == null) {
            throw new InvalidInputException(
                    "model file " + dir.resolve(ModelWriter.RECOMMENDER_OPTIONS) + " is not valid: type EASE without "
                            + "its options",
                    ModelWriter.RECOMMENDER_OPTIONS);
        }
        if (o.type() == null) {
            throw new InvalidInputException(
                    "model file " + dir.resolve(ModelWriter.RECOMMENDER_OPTIONS) + " is not valid: no type",
                    ModelWriter.RECOMMENDER_OPTIONS);
        }
        try {
            ItemNeighbours neighbours = cosine;
            if (o.type() != RecommenderType.COSINE && o.ease() != null) {
                neighbours = ModelColumns.neighbours(
                        columns(dir, ModelWriter.RECOMMENDER, sums),
                        EaseRegression.MATRIX,
                        EaseRegression.similarityOptions(o.ease()),
                        cosine.codes(),
                        cosine.descriptions());
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
            throw new InvalidInputException("model file " + file + " is not valid: " + JsonErrors.describe(e), name, e);
        } catch (IOException e) {
            throw new InvalidInputException("cannot read model file " + file + ": " + IoErrors.reason(e), name, e);
        }
    }

    private static <T> T convert(JsonNode tree, Class<T> type, Path file) {
        try {
            return Json.mapper().treeToValue(tree, type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new InvalidInputException(
                    "model file " + file + " is not valid: " + JsonErrors.describe(e),
                    file.getFileName().toString(),
                    e);
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
                    "cannot read model file " + file + ": " + IoErrors.reason(e),
                    file.getFileName().toString(),
                    e);
        }
    }
}
