package com.shopperspectrum.core.segment;

import java.util.List;

/**
 * The segment of one (recency, frequency, monetary) triple.
 *
 * @param segment    the k-means segment's name
 * @param cluster    the k-means cluster (the nearest centroid in feature space)
 * @param distances  Euclidean distance in feature space to each centroid, by cluster
 * @param rScore     recency score 1–5 (recent = 5)
 * @param fScore     frequency score 1–5
 * @param mScore     monetary score 1–5, or null when the model has no monetary data
 * @param rfmSegment the named RFM segment ({@link RfmSegment#label()})
 */
public record SegmentPrediction(
        String segment,
        int cluster,
        List<Double> distances,
        int rScore,
        int fScore,
        Integer mScore,
        String rfmSegment) {
    public SegmentPrediction {
        distances = List.copyOf(distances);
    }
}
