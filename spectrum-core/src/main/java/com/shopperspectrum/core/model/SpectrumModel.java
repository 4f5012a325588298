package com.shopperspectrum.core.model;

import com.shopperspectrum.core.profile.DataProfile;
import com.shopperspectrum.core.recommend.ItemNeighbours;
import com.shopperspectrum.core.recommend.eval.EvaluationReport;
import com.shopperspectrum.core.segment.Segmentation;
import java.util.Objects;

/**
 * A trained model: one immutable aggregate that serving, reporting and the {@code --model} commands read
 * instead of the transactions. Safe to share across request threads; to update, train a new one and swap.
 *
 * @param metadata     provenance: format and program version, input file hash, options, counts, timings
 * @param profile      the data profile of the training data
 * @param products     the product catalogue, most popular first
 * @param customers    the customer table (RFM, main country)
 * @param histories    what each customer bought (rows aligned with {@code customers} and {@code products})
 * @param segmentation the segment model and each customer's segment (row for row with {@code customers}), or
 *                     null when the data could not be segmented (see the metadata's warnings)
 * @param neighbours   the item neighbours (top-K cosine), in their own dense product indices: what "similar
 *                     products" shows
 * @param recommender  the model of personal recommendations (EASE by default; its neighbours share the product
 *                     indices of {@code neighbours})
 * @param evaluation   the offline evaluation table, or null when none was computed
 */
public record SpectrumModel(
        ModelMetadata metadata,
        DataProfile profile,
        ProductTable products,
        CustomerTable customers,
        PurchaseHistories histories,
        Segmentation segmentation,
        ItemNeighbours neighbours,
        StoredRecommender recommender,
        EvaluationReport evaluation) {
    public SpectrumModel {
        Objects.requireNonNull(metadata, "metadata");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(products, "products");
        Objects.requireNonNull(customers, "customers");
        Objects.requireNonNull(histories, "histories");
        Objects.requireNonNull(neighbours, "neighbours");
        Objects.requireNonNull(recommender, "recommender");
        if (recommender.neighbours() != neighbours
                && !java.util.Arrays.equals(recommender.neighbours().codes(), neighbours.codes())) {
            throw new IllegalArgumentException("the recommender's product indices differ from the neighbours'");
        }
        if (histories.customers() != customers.size()) {
            throw new IllegalArgumentException(
                    "histories hold " + histories.customers() + " customers, the table " + customers.size());
        }
        if (segmentation != null && segmentation.customers().size() != customers.size()) {
            throw new IllegalArgumentException(
                    "segments hold " + segmentation.customers().size() + " customers, the table " + customers.size());
        }
    }

    /** The same model with other metadata (e.g. with the final timings). */
    public SpectrumModel withMetadata(ModelMetadata newMetadata) {
        return new SpectrumModel(
                newMetadata,
                profile,
                products,
                customers,
                histories,
                segmentation,
                neighbours,
                recommender,
                evaluation);
    }

    /** The same model with another recommender (and metadata). */
    public SpectrumModel withRecommender(StoredRecommender newRecommender, ModelMetadata newMetadata) {
        return new SpectrumModel(
                newMetadata,
                profile,
                products,
                customers,
                histories,
                segmentation,
                neighbours,
                newRecommender,
                evaluation);
    }
}
