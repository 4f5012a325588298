package com.shopperspectrum.io.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.shopperspectrum.core.inventory.DemandSeries;
import com.shopperspectrum.core.inventory.InventoryOptions;
import com.shopperspectrum.core.inventory.PricingOptions;
import com.shopperspectrum.core.model.CustomerTable;
import com.shopperspectrum.core.model.SpectrumModel;
import com.shopperspectrum.core.model.StoredRecommender;
import com.shopperspectrum.core.recommend.EaseOptions;
import com.shopperspectrum.core.recommend.ItemNeighbours;
import com.shopperspectrum.core.recommend.MatrixOptions;
import com.shopperspectrum.core.recommend.ProductCatalog;
import com.shopperspectrum.core.recommend.PurchaseHistory;
import com.shopperspectrum.core.recommend.RecommenderType;
import com.shopperspectrum.core.recommend.SimilarityOptions;
import com.shopperspectrum.core.rfm.RfmTable;
import com.shopperspectrum.core.segment.CustomerSegments;
import com.shopperspectrum.core.segment.RfmSegment;
import com.shopperspectrum.io.IoErrors;
import com.shopperspectrum.io.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes a {@link SpectrumModel} as a model directory (layout in the package description), atomically through
 * {@link ModelDirectory}: an existing model at the same place is replaced only once the new one is complete and on
 * disk, and a directory that is not a model this program wrote is refused, so a mistyped {@code -o} cannot delete
 * a user's files.
 */
public final class ModelWriter {
    static final String METADATA = "metadata.json";
    /** The property of metadata.json that lists the model's files. */
    static final String PARTS = "parts";

    static final String PROFILE = "profile.json";
    static final String PRODUCTS = "products.bin";
    static final String CUSTOMERS = "customers.bin";
    static final String HISTORIES = "histories.bin";
    static final String SEGMENT_MODEL = "segments.json";
    static final String SEGMENTS = "segments.bin";
    static final String NEIGHBOUR_OPTIONS = "neighbours.json";
    static final String NEIGHBOURS = "neighbours.bin";
    static final String RECOMMENDER_OPTIONS = "recommender.json";
    static final String RECOMMENDER = "recommender.bin";
    static final String EVALUATION = "evaluation.json";
    static final String DEMAND_OPTIONS = "demand.json";
    static final String DEMAND = "demand.bin";
    static final String COHORTS = "cohorts.json";
    static final String COHORT_STATES = "cohorts.bin";
    static final String BASKETS = "baskets.json";
    static final String CLV = "clv.json";
    static final String CLV_CUSTOMERS = "clv.bin";

    public void write(SpectrumModel model, Path dir) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(PROFILE, profile(model.profile()));
        files.put(PRODUCTS, products(model.products()));
        files.put(CUSTOMERS, customers(model.customers()));
        files.put(HISTORIES, histories(model.histories()));
        if (model.segmentation() != null) {
            files.put(SEGMENT_MODEL, json(model.segmentation().model()));
            files.put(SEGMENTS, segments(model.segmentation().customers()));
        }
        files.put(
                NEIGHBOUR_OPTIONS,
                json(new NeighbourOptions(
                        model.neighbours().matrixOptions(), model.neighbours().similarityOptions())));
        files.put(NEIGHBOURS, neighbours(model.neighbours()));
        StoredRecommender r = model.recommender();
        files.put(RECOMMENDER_OPTIONS, json(new RecommenderOptions(r.type(), r.ease(), r.halfLifeDays())));
        if (r.type() != RecommenderType.COSINE) {
            files.put(
                    RECOMMENDER,
                    new ColumnWriter()
                            .ints(r.neighbours().offsets())
                            .ints(r.neighbours().items())
                            .floats(r.neighbours().scores())
                            .finish());
        }
        if (model.evaluation() != null) {
            files.put(EVALUATION, json(model.evaluation()));
        }
        if (model.demand() != null) {
            files.put(
                    DEMAND_OPTIONS,
                    json(new DemandOptions(
                            model.demand().inventory(), model.demand().pricing())));
            files.put(DEMAND, demand(model.demand().series()));
        }
        if (model.cohorts() != null) {
            files.put(COHORTS, json(CohortColumns.part(model.cohorts())));
            files.put(COHORT_STATES, CohortColumns.states(model.cohorts()));
        }
        if (model.baskets() != null) {
            files.put(BASKETS, json(model.baskets()));
        }
        if (model.clv() != null) {
            files.put(CLV, json(ClvColumns.part(model.clv())));
            files.put(CLV_CUSTOMERS, ClvColumns.customers(model.clv()));
        }
        Map<String, byte[]> all = new LinkedHashMap<>();
        all.put(METADATA, metadata(model, files.keySet()));
        all.putAll(files);
        try {
            ModelDirectory.replace(dir, temp -> {
                Map<String, String> sums = new LinkedHashMap<>();
                for (Map.Entry<String, byte[]> f : all.entrySet()) {
                    AtomicDirectory.writeSynced(temp.resolve(f.getKey()), f.getValue());
                    sums.put(f.getKey(), Checksums.sha256(f.getValue()));
                }
                AtomicDirectory.writeSynced(
                        temp.resolve(Checksums.FILE), Checksums.format(sums).getBytes(StandardCharsets.UTF_8));
            });
        } catch (IOException e) {
            throw new IOException("cannot write the model to " + dir + ": " + IoErrors.describe(e), e);
        }
    }

    /**
     * metadata.json: the model's metadata and the list of its files ({@code parts}), so that a reader knows every
     * part this model has, whatever {@code checksums} says.
     */
    private static byte[] metadata(SpectrumModel model, Iterable<String> parts) {
        ObjectNode node = Json.mapper().valueToTree(model.metadata());
        ArrayNode list = node.putArray(PARTS);
        list.add(METADATA);
        parts.forEach(list::add);
        try {
            return Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * profile.json: the profile, without {@code noProductColumn} when false, so that a model with products is
     * the file earlier readers (which refuse unknown fields) read.
     */
    static byte[] profile(com.shopperspectrum.core.profile.DataProfile profile) {
        com.fasterxml.jackson.databind.node.ObjectNode tree = Json.mapper().valueToTree(profile);
        if (!profile.noProductColumn()) {
            tree.remove("noProductColumn");
        }
        return json(tree);
    }

    private static byte[] json(Object value) {
        try {
            return Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] products(ProductCatalog p) {
        return new ColumnWriter()
                .strings(p.codes())
                .strings(p.descriptions())
                .longs(p.quantities())
                .doubles(p.revenues())
                .ints(p.customerCounts())
                .booleans(p.nonProducts())
                .ints(p.ranks())
                .finish();
    }

    static byte[] customers(CustomerTable c) {
        RfmTable rfm = c.rfm();
        return new ColumnWriter()
                .strings(rfm.customerIds())
                .ints(rfm.recencies())
                .ints(rfm.frequencies())
                .doubles(rfm.monetaries())
                .longs(new long[] {rfm.snapshot().toEpochDay(), rfm.hasMonetary() ? 1 : 0})
                .strings(c.countries())
                .finish();
    }

    static byte[] histories(PurchaseHistory h) {
        return new ColumnWriter()
                .ints(h.offsets())
                .ints(h.items())
                .ints(h.lines())
                .ints(h.units())
                .ints(h.lastDays())
                .ints(new int[] {h.lastDayOfData()})
                .finish();
    }

    static byte[] segments(CustomerSegments c) {
        RfmSegment[] named = c.rfmSegments();
        int[] ordinals = new int[named.length];
        for (int i = 0; i < named.length; i++) {
            ordinals[i] = named[i].ordinal();
        }
        return new ColumnWriter()
                .ints(c.clusters())
                .ints(c.rScores())
                .ints(c.fScores())
                .ints(c.mScores())
                .ints(ordinals)
                .finish();
    }

    static byte[] neighbours(ItemNeighbours n) {
        return new ColumnWriter()
                .ints(n.offsets())
                .ints(n.items())
                .floats(n.scores())
                .finish();
    }

    /** The options the neighbours were computed with (stored beside them as JSON). */
    /** The demand series: period and last period, then per product code, description, first period, series. */
    static byte[] demand(DemandSeries d) {
        int[] offsets = new int[d.size() + 1];
        for (int p = 0; p < d.size(); p++) {
            offsets[p + 1] = offsets[p] + d.lastPeriod() - d.firstPeriod(p) + 1;
        }
        double[] units = new double[offsets[d.size()]];
        double[] revenue = new double[offsets[d.size()]];
        for (int p = 0; p < d.size(); p++) {
            System.arraycopy(d.units(p), 0, units, offsets[p], offsets[p + 1] - offsets[p]);
            System.arraycopy(d.revenue(p), 0, revenue, offsets[p], offsets[p + 1] - offsets[p]);
        }
        return new ColumnWriter()
                .longs(new long[] {d.period().ordinal(), d.lastPeriod()})
                .strings(d.codes())
                .strings(d.descriptions())
                .ints(d.firstPeriods())
                .ints(offsets)
                .doubles(units)
                .doubles(revenue)
                .finish();
    }

    /** The options of the analyses run on the demand series. */
    record DemandOptions(InventoryOptions inventory, PricingOptions pricing) {}

    record NeighbourOptions(MatrixOptions matrix, SimilarityOptions similarity) {}

    /** The recommender's type, options and half-life; the cosine recommender reuses {@code neighbours.bin}. */
    record RecommenderOptions(RecommenderType type, EaseOptions ease, double halfLifeDays) {}
}
