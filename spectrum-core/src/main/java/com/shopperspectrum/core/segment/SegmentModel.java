package com.shopperspectrum.core.segment;

import com.shopperspectrum.core.data.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A fitted customer segmentation: the feature scaler, the k-means centroids (clusters numbered in name order,
 * see {@link ClusterNamer}), their names, the RFM quintile boundaries, the options it was fitted with, its
 * quality and, when k was chosen automatically, the k-selection table. Immutable and made only of records,
 * lists and arrays (copied in and out), so it can be shared by any number of threads and written to JSON.
 *
 * @param options    the options of the fit
 * @param scaler     turns raw (recency, frequency[, monetary]) into features
 * @param clusters   the k-means centroids in feature space and the inertia of the fit
 * @param names      the segment name of each cluster
 * @param quintiles  the RFM quintile boundaries of the fitted customers
 * @param silhouette the mean silhouette of the fitted customers (NaN for k = 1)
 * @param kSelection the k-selection table, or null when k was given
 */
public record SegmentModel(
        SegmentOptions options,
        Scaler scaler,
        KMeansModel clusters,
        List<String> names,
        RfmQuintiles quintiles,
        double silhouette,
        KSelection kSelection) {
    public SegmentModel {
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(scaler, "scaler");
        Objects.requireNonNull(clusters, "clusters");
        Objects.requireNonNull(quintiles, "quintiles");
        names = List.copyOf(names);
        if (names.size() != clusters.k()) {
            throw new IllegalArgumentException(names.size() + " names for " + clusters.k() + " clusters");
        }
        if (scaler.dimension() != clusters.dimension()) {
            throw new IllegalArgumentException(
                    "scaler has " + scaler.dimension() + " features, centroids have " + clusters.dimension());
        }
        if (quintiles.hasMonetary() != (scaler.dimension() == 3)) {
            throw new IllegalArgumentException("quintiles and features disagree on monetary data");
        }
    }

    public int k() {
        return clusters.k();
    }

    /** False when the fitted data had no prices: segments use recency and frequency only. */
    public boolean hasMonetary() {
        return scaler.dimension() == 3;
    }

    public double inertia() {
        return clusters.inertia();
    }

    /** The segment, cluster, distances, scores and named RFM segment of one customer's values. */
    public SegmentPrediction predict(RfmValues values) {
        Objects.requireNonNull(values, "values");
        if (hasMonetary() && values.monetary() == null) {
            throw new InvalidInputException("monetary is missing", "monetary");
        }
        double[] features = scaler.transform(
                raw(values.recency(), values.frequency(), values.monetary() == null ? 0 : values.monetary()));
        int cluster = clusters.nearest(features);
        List<Double> distances = new ArrayList<>();
        for (double d : clusters.distances(features)) {
            distances.add(d);
        }
        int r = quintiles.recencyScore(values.recency());
        int f = quintiles.frequencyScore(values.frequency());
        Integer m = hasMonetary() ? quintiles.monetaryScore(values.monetary()) : null;
        return new SegmentPrediction(
                names.get(cluster),
                cluster,
                distances,
                r,
                f,
                m,
                RfmSegment.of(r, f, m == null ? 0 : m).label());
    }

    /** The raw feature row of a triple: (R, F, M), or (R, F) without monetary data. */
    double[] raw(double recency, double frequency, double monetary) {
        return hasMonetary() ? new double[] {recency, frequency, monetary} : new double[] {recency, frequency};
    }
}
