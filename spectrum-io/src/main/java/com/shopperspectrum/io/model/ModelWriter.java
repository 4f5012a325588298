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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import java.util.stream.IntStream;

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

    /**
     * Writes the model. The parts are independent, so their bytes are made at the same time, and each file is
     * written, forced to the disk and checksummed at the same time (the bytes, the file names and their order
     * in {@code metadata.json} and the checksums are the same as one after the other).
     */
    public void write(SpectrumModel model, Path dir) throws IOException {
        Map<String, Supplier<byte[]>> parts = new LinkedHashMap<>();
        parts.put(PROFILE, () -> profile(model.profile()));
        parts.put(PRODUCTS, () -> products(model.products()));
        parts.put(CUSTOMERS, () -> customers(model.customers()));
        parts.put(HISTORIES, () -> histories(model.histories()));
        if (model.segmentation() != null) {
            parts.put(SEGMENT_MODEL, () -> json(model.segmentation().model()));
            parts.put(SEGMENTS, () -> segments(model.segmentation().customers()));
        }
        parts.put(
                NEIGHBOUR_OPTIONS,
                () -> json(new NeighbourOptions(
                        model.neighbours().matrixOptions(), model.neighbours().similarityOptions())));
        parts.put(NEIGHBOURS, () -> neighbours(model.neighbours()));
        StoredRecommender r = model.recommender();
        parts.put(RECOMMENDER_OPTIONS, () -> json(new RecommenderOptions(r.type(), r.ease(), r.halfLifeDays())));
        if (r.type() != RecommenderType.COSINE) {
            parts.put(
                    RECOMMENDER,
                    () -> new ColumnWriter()
                            .ints(r.neighbours().offsets())
                            .ints(r.neighbours().items())
                            .floats(r.neighbours().scores())
                            .finish());
        }
        if (model.evaluation() != null) {
            parts.put(EVALUATION, () -> json(model.evaluation()));
        }
        if (model.demand() != null) {
            parts.put(
                    DEMAND_OPTIONS,
                    () -> json(new DemandOptions(
                            model.demand().inventory(), model.demand().pricing())));
            parts.put(DEMAND, () -> demand(model.demand().series()));
        }
        if (model.cohorts() != null) {
            parts.put(COHORTS, () -> json(CohortColumns.part(model.cohorts())));
            parts.put(COHORT_STATES, () -> CohortColumns.states(model.cohorts()));
        }
        if (model.baskets() != null) {
            parts.put(BASKETS, () -> json(model.baskets()));
        }
        if (model.clv() != null) {
            parts.put(CLV, () -> json(ClvColumns.part(model.clv())));
            parts.put(CLV_CUSTOMERS, () -> ClvColumns.customers(model.clv()));
        }
        List<String> names = new ArrayList<>();
        names.add(METADATA);
        names.addAll(parts.keySet());
        byte[][] bytes = inParallel(
                names.size(),
                i -> i == 0
                        ? metadata(model, parts.keySet())
                        : parts.get(names.get(i)).get(),
                byte[][]::new);
        try {
            ModelDirectory.replace(dir, temp -> {
                String[] sums = inParallel(
                        names.size(),
                        i -> {
                            try {
                                AtomicDirectory.writeSynced(temp.resolve(names.get(i)), bytes[i]);
                            } catch (IOException e) {
                                throw new UncheckedIOException(e);
                            }
                            return Checksums.sha256(bytes[i]);
                        },
                        String[]::new);
                Map<String, String> checksums = new LinkedHashMap<>();
                for (int i = 0; i < names.size(); i++) {
                    checksums.put(names.get(i), sums[i]);
                }
                AtomicDirectory.writeSynced(
                        temp.resolve(Checksums.FILE),
                        Checksums.format(checksums).getBytes(StandardCharsets.UTF_8));
            });
        } catch (UncheckedIOException e) {
            IOException cause = ioCause(e);
            throw new IOException("cannot write the model to " + dir + ": " + IoErrors.describe(cause), cause);
        } catch (IOException e) {
            throw new IOException("cannot write the model to " + dir + ": " + IoErrors.describe(e), e);
        }
    }

    /** {@code task(0..n-1)} on the common pool, the results in index order. */
    private static <T> T[] inParallel(int n, IntFunction<T> task, IntFunction<T[]> array) {
        T[] out = array.apply(n);
        IntStream.range(0, n).parallel().forEach(i -> out[i] = task.apply(i));
        return out;
    }

    /** The I/O error a parallel task wrapped (the pool may wrap the task's exception once more). */
    private static IOException ioCause(UncheckedIOException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof IOException io) {
                return io;
            }
        }
        return new IOException(e.getMessage(), e);
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
