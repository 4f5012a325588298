package com.shopperspectrum.core.model;

import com.shopperspectrum.core.baskets.BasketModel;
import com.shopperspectrum.core.clv.ClvResult;
import com.shopperspectrum.core.cohort.CohortModel;
import com.shopperspectrum.core.inventory.DemandModel;
import com.shopperspectrum.core.profile.DataProfile;
import com.shopperspectrum.core.recommend.ItemNeighbours;
import com.shopperspectrum.core.recommend.ProductCatalog;
import com.shopperspectrum.core.recommend.PurchaseHistory;
import com.shopperspectrum.core.recommend.eval.EvaluationReport;
import com.shopperspectrum.core.segment.Segmentation;
import java.util.Objects;

/**
 * A trained model: one immutable aggregate that serving, reporting and the {@code --model} commands read
 * instead of the transactions. Safe to share across request threads; to update, train a new one and swap.
 *
 * @param metadata     provenance: format and program version, input file hash, options, counts, timings
 * @param profile      the data profile of the training data
 * @param products     the product catalogue: a product's row is its index in every other part
 * @param customers    the customer table (RFM, main country)
 * @param histories    what each customer bought (rows aligned with {@code customers}, items are product rows)
 * @param segmentation the segment model and each customer's segment (row for row with {@code customers}), or
 *                     null when the data could not be segmented (see the metadata's warnings)
 * @param neighbours   the item neighbours (top-K cosine) by product row: what "similar products" shows
 * @param recommender  the model of personal recommendations (EASE by default), by product row
 * @param evaluation   the offline evaluation table, or null when none was computed
 * @param demand       the per-product demand series for inventory and pricing, or null when left out
 * @param cohorts      the cohort triangle, default migration and monthly segment series, or null when left out
 * @param baskets      the pair rules of the baskets ("bought together"), or null when left out
 * @param clv          the customer-lifetime-value analysis (fits, trust, per-customer values), or null when left out
 */
public record SpectrumModel(
        ModelMetadata metadata,
        DataProfile profile,
        ProductCatalog products,
        CustomerTable customers,
        PurchaseHistory histories,
        Segmentation segmentation,
        ItemNeighbours neighbours,
        StoredRecommender recommender,
        EvaluationReport evaluation,
        DemandModel demand,
        CohortModel cohorts,
        BasketModel baskets,
        ClvResult clv) {
    public SpectrumModel {
        Objects.requireNonNull(metadata, "metadata");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(products, "products");
        Objects.requireNonNull(customers, "customers");
        Objects.requireNonNull(histories, "histories");
        Objects.requireNonNull(neighbours, "neighbours");
        Objects.requireNonNull(recommender, "recommender");
        if (neighbours.size() != products.size() || recommender.neighbours().size() != products.size()) {
            throw new IllegalArgumentException(
                    "the catalogue has " + products.size() + " products, the neighbours " + neighbours.size()
                            + " and the recommender " + recommender.neighbours().size());
        }
        if (histories.maxItem() >= products.size()) {
            throw new IllegalArgumentException(
                    "a history holds product row " + histories.maxItem() + " of " + products.size());
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

    /**
     * False for a model trained from data without a product column ({@link NoProducts}): its catalogue is empty
     * and it has no similar products or recommendations, which the pages and commands say instead of failing.
     */
    public boolean hasProducts() {
        return !profile.noProductColumn();
    }

    /** A builder holding this model's parts, to change some of them. */
    public Builder toBuilder() {
        return new Builder()
                .metadata(metadata)
                .profile(profile)
                .products(products)
                .customers(customers)
                .histories(histories)
                .segmentation(segmentation)
                .neighbours(neighbours)
                .recommender(recommender)
                .evaluation(evaluation)
                .demand(demand)
                .cohorts(cohorts)
                .baskets(baskets)
                .clv(clv);
    }

    /** The same model with other metadata (e.g. with the final timings). */
    public SpectrumModel withMetadata(ModelMetadata newMetadata) {
        return toBuilder().metadata(newMetadata).build();
    }

    /** The same model with another recommender (and metadata). */
    public SpectrumModel withRecommender(StoredRecommender newRecommender, ModelMetadata newMetadata) {
        return toBuilder().recommender(newRecommender).metadata(newMetadata).build();
    }

    /**
     * The one place a model is assembled from its parts (the trainers, the Spark engine and the reader): a part
     * that is left unset is null, which the constructor refuses for the required ones. A new model part is one
     * field and one setter here, not a new argument at every call site.
     */
    public static final class Builder {
        private ModelMetadata metadata;
        private DataProfile profile;
        private ProductCatalog products;
        private CustomerTable customers;
        private PurchaseHistory histories;
        private Segmentation segmentation;
        private ItemNeighbours neighbours;
        private StoredRecommender recommender;
        private EvaluationReport evaluation;
        private DemandModel demand;
        private CohortModel cohorts;
        private BasketModel baskets;
        private ClvResult clv;

        public Builder metadata(ModelMetadata value) {
            metadata = value;
            return this;
        }

        public Builder profile(DataProfile value) {
            profile = value;
            return this;
        }

        public Builder products(ProductCatalog value) {
            products = value;
            return this;
        }

        public Builder customers(CustomerTable value) {
            customers = value;
            return this;
        }

        public Builder histories(PurchaseHistory value) {
            histories = value;
            return this;
        }

        public Builder segmentation(Segmentation value) {
            segmentation = value;
            return this;
        }

        /** The item neighbours; also the recommender (cosine) until {@link #recommender} sets another. */
        public Builder neighbours(ItemNeighbours value) {
            neighbours = value;
            return this;
        }

        public Builder recommender(StoredRecommender value) {
            recommender = value;
            return this;
        }

        public Builder evaluation(EvaluationReport value) {
            evaluation = value;
            return this;
        }

        public Builder demand(DemandModel value) {
            demand = value;
            return this;
        }

        public Builder cohorts(CohortModel value) {
            cohorts = value;
            return this;
        }

        public Builder baskets(BasketModel value) {
            baskets = value;
            return this;
        }

        public Builder clv(ClvResult value) {
            clv = value;
            return this;
        }

        public SpectrumModel build() {
            StoredRecommender served =
                    recommender != null || neighbours == null ? recommender : StoredRecommender.cosine(neighbours);
            return new SpectrumModel(
                    metadata,
                    profile,
                    products,
                    customers,
                    histories,
                    segmentation,
                    neighbours,
                    served,
                    evaluation,
                    demand,
                    cohorts,
                    baskets,
                    clv);
        }
    }
}
