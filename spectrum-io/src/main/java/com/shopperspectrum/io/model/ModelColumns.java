package com.shopperspectrum.io.model;

import com.shopperspectrum.core.model.CustomerTable;
import com.shopperspectrum.core.recommend.ItemNeighbours;
import com.shopperspectrum.core.recommend.MatrixOptions;
import com.shopperspectrum.core.recommend.ProductCatalog;
import com.shopperspectrum.core.recommend.PurchaseHistory;
import com.shopperspectrum.core.recommend.SimilarityOptions;
import com.shopperspectrum.core.rfm.RfmTable;
import com.shopperspectrum.core.segment.CustomerSegments;
import com.shopperspectrum.core.segment.RfmSegment;
import com.shopperspectrum.core.segment.SegmentModel;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/**
 * The parts of a model stored as column files, read back and validated: every index within its range (product
 * rows, customer rows, clusters, named segments, CSR offsets), every count and score in its domain, every number
 * finite, so that nothing read from disk can fail later inside a command. A value outside is an error naming the
 * file, the row and the value ({@link ColumnReader#corrupt}); the core constructors check lengths and order.
 */
final class ModelColumns {
    /** Snapshot days outside these years are not a day of retail data (and outside what dates can hold). */
    private static final long FIRST_DAY = LocalDate.of(1900, 1, 1).toEpochDay();

    private static final long LAST_DAY = LocalDate.of(2999, 12, 31).toEpochDay();

    private ModelColumns() {}

    static ProductCatalog products(ColumnReader in) {
        String[] codes = in.strings();
        String[] descriptions = in.strings();
        long[] quantities = in.longs();
        double[] revenues = in.doubles();
        int[] customers = in.ints();
        boolean[] nonProducts = in.booleans();
        int[] ranks = in.ints();
        in.end();
        for (int i = 0; i < codes.length; i++) {
            if (codes[i] == null || codes[i].isBlank()) {
                throw in.corrupt("product row " + i + " has no stock code");
            }
        }
        for (int i = 0; i < revenues.length; i++) {
            if (Double.isInfinite(revenues[i])) {
                throw in.corrupt("revenue of product row " + i + " is " + revenues[i]);
            }
        }
        nonNegative(in, customers, "customer count of product row");
        return guarded(
                in, () -> new ProductCatalog(codes, descriptions, quantities, revenues, customers, nonProducts, ranks));
    }

    static CustomerTable customers(ColumnReader in) {
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
        if (snapshot[0] < FIRST_DAY || snapshot[0] > LAST_DAY) {
            throw in.corrupt("snapshot day " + snapshot[0] + " is outside the years 1900..2999");
        }
        if (snapshot[1] != 0 && snapshot[1] != 1) {
            throw in.corrupt("monetary flag is " + snapshot[1] + ", expected 0 or 1");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < ids.length; i++) {
            if (ids[i] == null || !seen.add(ids[i].trim())) {
                throw in.corrupt("customer row " + i + " has "
                        + (ids[i] == null ? "no id" : "the id '" + ids[i] + "' of an earlier row"));
            }
        }
        nonNegative(in, recency, "recency of customer row");
        nonNegative(in, frequency, "frequency of customer row");
        for (int i = 0; i < monetary.length; i++) {
            if (Double.isInfinite(monetary[i]) || (snapshot[1] == 1 && Double.isNaN(monetary[i]))) {
                throw in.corrupt("monetary value of customer row " + i + " is " + monetary[i]);
            }
        }
        return guarded(
                in,
                () -> new CustomerTable(
                        new RfmTable(
                                ids, recency, frequency, monetary, LocalDate.ofEpochDay(snapshot[0]), snapshot[1] == 1),
                        countries));
    }

    /** Histories of {@code customers} customer rows over {@code products} product rows. */
    static PurchaseHistory histories(ColumnReader in, int customers, int products) {
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
        if (offsets.length != customers + 1) {
            throw in.corrupt("history offsets: " + offsets.length + " values, expected " + (customers + 1)
                    + " (one per customer row of " + ModelWriter.CUSTOMERS + ", plus one)");
        }
        within(in, items, 0, products - 1, "product row of history entry");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i] < 1) {
                throw in.corrupt("history entry " + i + " has " + lines[i] + " lines, expected at least 1");
            }
        }
        for (int i = 0; i < lastDays.length; i++) {
            if (lastDays[i] > lastDayOfData[0] || lastDays[i] < FIRST_DAY) {
                throw in.corrupt("history entry " + i + " was last bought on day " + lastDays[i] + ", outside "
                        + FIRST_DAY + ".." + lastDayOfData[0] + " (the last day of the data)");
            }
        }
        return guarded(in, () -> new PurchaseHistory(offsets, items, lines, units, lastDays, lastDayOfData[0]));
    }

    /** The segments of {@code customers} customer rows under {@code model}. */
    static CustomerSegments segments(ColumnReader in, SegmentModel model, int customers) {
        int[] clusters = in.ints();
        int[] r = in.ints();
        int[] f = in.ints();
        int[] m = in.ints();
        int[] ordinals = in.ints();
        in.end();
        if (clusters.length != customers) {
            throw in.corrupt("segments of " + clusters.length + " customers, but " + ModelWriter.CUSTOMERS + " has "
                    + customers);
        }
        within(in, clusters, 0, model.k() - 1, "cluster of customer row");
        within(in, r, 1, 5, "R score of customer row");
        within(in, f, 1, 5, "F score of customer row");
        within(in, m, model.hasMonetary() ? 1 : 0, model.hasMonetary() ? 5 : 0, "M score of customer row");
        RfmSegment[] all = RfmSegment.values();
        within(in, ordinals, 0, all.length - 1, "named segment of customer row");
        RfmSegment[] named = new RfmSegment[ordinals.length];
        for (int i = 0; i < ordinals.length; i++) {
            named[i] = all[ordinals[i]];
        }
        return guarded(in, () -> new CustomerSegments(clusters, r, f, m, named));
    }

    /** Top-K neighbours (the cosine's or the recommender's) over the catalogue's rows. */
    static ItemNeighbours neighbours(
            ColumnReader in,
            MatrixOptions matrix,
            SimilarityOptions similarity,
            String[] codes,
            String[] descriptions) {
        int[] offsets = in.ints();
        int[] items = in.ints();
        float[] scores = in.floats();
        in.end();
        if (offsets.length != codes.length + 1 || offsets[0] != 0) {
            throw in.corrupt("neighbour offsets: " + offsets.length + " values starting at "
                    + (offsets.length == 0 ? "nothing" : offsets[0]) + ", expected " + (codes.length + 1)
                    + " starting at 0 (one per product row of " + ModelWriter.PRODUCTS + ", plus one)");
        }
        within(in, items, 0, codes.length - 1, "neighbour product row at position");
        for (int i = 0; i < scores.length; i++) {
            if (!Float.isFinite(scores[i])) {
                throw in.corrupt("neighbour score at position " + i + " is " + scores[i]);
            }
        }
        return guarded(in, () -> new ItemNeighbours(offsets, items, scores, codes, descriptions, matrix, similarity));
    }

    private static void nonNegative(ColumnReader in, int[] values, String what) {
        within(in, values, 0, Integer.MAX_VALUE, what);
    }

    private static void within(ColumnReader in, int[] values, int min, int max, String what) {
        for (int i = 0; i < values.length; i++) {
            if (values[i] < min || values[i] > max) {
                throw in.corrupt(what + " " + i + " is " + values[i] + ", outside " + min + ".."
                        + (max == Integer.MAX_VALUE ? "" : String.valueOf(max)));
            }
        }
    }

    /** A core constructor's own checks (lengths, order), as an error naming the file. */
    private static <T> T guarded(ColumnReader in, java.util.function.Supplier<T> build) {
        try {
            return build.get();
        } catch (IllegalArgumentException | NullPointerException e) {
            throw in.corrupt(String.valueOf(e.getMessage()));
        }
    }
}
