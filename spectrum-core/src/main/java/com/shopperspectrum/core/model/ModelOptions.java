package com.shopperspectrum.core.model;

import com.shopperspectrum.core.recommend.EaseOptions;
import com.shopperspectrum.core.recommend.MatrixOptions;
import com.shopperspectrum.core.recommend.RecommenderDefaults;
import com.shopperspectrum.core.recommend.SimilarityOptions;
import com.shopperspectrum.core.segment.SegmentOptions;
import java.time.LocalDate;
import java.util.Objects;

/**
 * How to train a model beyond cleaning: segmentation, item similarity and, optionally, the offline evaluation.
 *
 * @param segments       segmentation options
 * @param asOf           RFM snapshot day, or null for the day after the last purchase
 * @param matrix         purchase-matrix scope and weighting of the item similarity
 * @param similarity     neighbours kept per product, threads, non-products
 * @param evaluationDays length of the evaluation's test period in days (the last days of the data), or 0 for
 *                       no evaluation
 * @param ease           the EASE options of the recommender, or null to recommend with the cosine neighbours
 */
public record ModelOptions(
        SegmentOptions segments,
        LocalDate asOf,
        MatrixOptions matrix,
        SimilarityOptions similarity,
        int evaluationDays,
        EaseOptions ease) {
    /** The commands' defaults, without evaluation. */
    public static final ModelOptions DEFAULT = new ModelOptions(
            SegmentOptions.DEFAULT,
            null,
            MatrixOptions.of(RecommenderDefaults.SCOPE, RecommenderDefaults.WEIGHTING),
            SimilarityOptions.defaults(),
            0,
            RecommenderDefaults.easeOptions(false));

    public ModelOptions {
        Objects.requireNonNull(segments, "segments");
        Objects.requireNonNull(matrix, "matrix");
        Objects.requireNonNull(similarity, "similarity");
        if (evaluationDays < 0) {
            throw new IllegalArgumentException("evaluation days must be >= 0, got " + evaluationDays);
        }
    }
}
