package com.shopperspectrum.core.segment;

import com.shopperspectrum.core.rfm.RfmTable;

/**
 * Fits a {@link SegmentModel} to an RFM table: scales the features ({@link Scaler}), chooses k when asked
 * ({@link KSelector}), runs k-means ({@link KMeansTrainer}), names and renumbers the clusters
 * ({@link ClusterNamer}) and fits the RFM quintiles ({@link RfmQuintiles}). Without monetary data (no prices)
 * it segments on recency and frequency only.
 */
public final class SegmentTrainer {
    private final KMeansTrainer kmeans = new KMeansTrainer();
    private final KSelector selector = new KSelector();

    /** Refuses a table that cannot be segmented with these options (both engines check the same way). */
    public static void checkSegmentable(RfmTable rfm, SegmentOptions options) {
        int n = rfm.size();
        if (n == 0) {
            throw new IllegalArgumentException("no customers to segment (is the clean data empty?)");
        }
        if (options.k() > n) {
            throw new IllegalArgumentException(
                    "k must be at most the number of customers (" + n + "), got " + options.k());
        }
    }

    public Segmentation fit(RfmTable rfm, SegmentOptions options) {
        checkSegmentable(rfm, options);
        double[][] raw = RfmFeatures.rows(rfm);
        Scaler scaler = Scaler.fit(raw, options.transform());
        double[][] points = scaler.transformAll(raw);
        KSelection selection = options.autoK() ? selector.select(points, options.kmeans(KSelector.MIN_K)) : null;
        int k = selection == null ? options.k() : selection.chosen();
        KMeansModel fitted = kmeans.fit(points, options.kmeans(k));
        ClusterNamer.Naming naming = ClusterNamer.name(fitted.centroids());
        KMeansModel ordered = fitted.reorder(naming.order());
        int[] labels = ordered.assign(points);
        // the k-selection table already scored this very fit (same options and seed): don't pay O(n²) twice
        double silhouette = selection != null
                ? score(selection, k).silhouette()
                : ClusterQuality.silhouette(points, labels, k, options.seed());
        RfmQuintiles quintiles =
                RfmQuintiles.fit(column(raw, 0), column(raw, 1), rfm.hasMonetary() ? column(raw, 2) : null);
        SegmentModel model = new SegmentModel(
                options, scaler, ordered, java.util.List.of(naming.names()), quintiles, silhouette, selection);
        return new Segmentation(model, CustomerSegments.score(model, raw, labels));
    }

    private static KScore score(KSelection selection, int k) {
        return selection.scores().stream().filter(s -> s.k() == k).findFirst().orElseThrow();
    }

    private static double[] column(double[][] rows, int j) {
        double[] out = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            out[i] = rows[i][j];
        }
        return out;
    }
}
