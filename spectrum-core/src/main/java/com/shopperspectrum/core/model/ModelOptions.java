package com.shopperspectrum.core.model;

import com.shopperspectrum.core.baskets.RuleOptions;
import com.shopperspectrum.core.clv.ClvOptions;
import com.shopperspectrum.core.inventory.InventoryOptions;
import com.shopperspectrum.core.recommend.EaseOptions;
import com.shopperspectrum.core.recommend.MatrixOptions;
import com.shopperspectrum.core.recommend.RecommenderDefaults;
import com.shopperspectrum.core.recommend.SimilarityOptions;
import com.shopperspectrum.core.segment.SegmentOptions;
import java.time.LocalDate;
import java.util.Objects;

/**
 * How to train a model beyond cleaning: segmentation, item similarity and, optionally, the recommender and the
 * offline evaluation. The optional parts are left out by their null (or 0) option: a command that needs only the
 * neighbours ({@code similar --data FILE}) trains without segmentation, EASE or evaluation, so it stays quick.
 *
 * @param segments       segmentation options, or null for no segmentation (the model then has none)
 * @param asOf           RFM snapshot day, or null for the day after the last purchase
 * @param matrix         purchase-matrix scope and weighting of the item similarity
 * @param similarity     neighbours kept per product, non-products
 * @param evaluationDays length of the evaluation's test period in days (the last days of the data), or 0 for
 *                       no evaluation
 * @param ease           the EASE options of the recommender, or null to recommend with the cosine neighbours
 * @param inventory      the demand series' and inventory analysis' options, or null for no demand part
 * @param cohorts        the segmentation options of the cohort part's default migration (the options
 *                       {@code migration} fits with by default), or null for no cohort part
 * @param baskets        the thresholds of the basket part's pair rules, or null for no basket part
 * @param clv            the customer-lifetime-value options of the CLV part, or null for no CLV part
 */
public record ModelOptions(
        SegmentOptions segments,
        LocalDate asOf,
        MatrixOptions matrix,
        SimilarityOptions similarity,
        int evaluationDays,
        EaseOptions ease,
        InventoryOptions inventory,
        SegmentOptions cohorts,
        RuleOptions baskets,
        ClvOptions clv) {
    /** The commands' defaults, without evaluation. */
    public static final ModelOptions DEFAULT = new ModelOptions(
            SegmentOptions.DEFAULT,
            null,
            MatrixOptions.of(RecommenderDefaults.SCOPE, RecommenderDefaults.WEIGHTING),
            SimilarityOptions.DEFAULT,
            0,
            RecommenderDefaults.easeOptions(false),
            null,
            null,
            null,
            null);

    /** The options of the first parts; the later ones ({@code withInventory}, …) are left out until set. */
    public ModelOptions(
            SegmentOptions segments,
            LocalDate asOf,
            MatrixOptions matrix,
            SimilarityOptions similarity,
            int evaluationDays,
            EaseOptions ease) {
        this(segments, asOf, matrix, similarity, evaluationDays, ease, null, null, null, null);
    }

    /** The same options with the demand part's (null: left out). */
    public ModelOptions withInventory(InventoryOptions value) {
        return new ModelOptions(segments, asOf, matrix, similarity, evaluationDays, ease, value, cohorts, baskets, clv);
    }

    /** The same options with the basket part's thresholds (null: left out). */
    public ModelOptions withBaskets(RuleOptions value) {
        return new ModelOptions(
                segments, asOf, matrix, similarity, evaluationDays, ease, inventory, cohorts, value, clv);
    }

    /** The same options with the cohort part's migration segmentation (null: the part is left out). */
    public ModelOptions withCohorts(SegmentOptions value) {
        return new ModelOptions(
                segments, asOf, matrix, similarity, evaluationDays, ease, inventory, value, baskets, clv);
    }

    /** The same options with the CLV part's (null: left out). */
    public ModelOptions withClv(ClvOptions value) {
        return new ModelOptions(
                segments, asOf, matrix, similarity, evaluationDays, ease, inventory, cohorts, baskets, value);
    }

    public ModelOptions {
        Objects.requireNonNull(matrix, "matrix");
        Objects.requireNonNull(similarity, "similarity");
        if (evaluationDays < 0) {
            throw new IllegalArgumentException("evaluation days must be >= 0, got " + evaluationDays);
        }
    }
}
