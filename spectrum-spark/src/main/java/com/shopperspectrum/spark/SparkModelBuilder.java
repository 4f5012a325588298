package com.shopperspectrum.spark;

import com.shopperspectrum.core.baskets.BasketModel;
import com.shopperspectrum.core.clean.NonProductCodes;
import com.shopperspectrum.core.clv.ClvResult;
import com.shopperspectrum.core.cohort.CohortModel;
import com.shopperspectrum.core.data.InvalidInputException;
import com.shopperspectrum.core.inventory.DemandModel;
import com.shopperspectrum.core.inventory.DemandSeries;
import com.shopperspectrum.core.inventory.PricingOptions;
import com.shopperspectrum.core.model.CustomerTable;
import com.shopperspectrum.core.model.ModelMetadata;
import com.shopperspectrum.core.model.ModelOptions;
import com.shopperspectrum.core.model.ModelRecommender;
import com.shopperspectrum.core.model.ModelTrainer;
import com.shopperspectrum.core.model.SpectrumModel;
import com.shopperspectrum.core.profile.DataProfile;
import com.shopperspectrum.core.recommend.ItemNeighbours;
import com.shopperspectrum.core.recommend.PurchaseHistory;
import com.shopperspectrum.core.rfm.RfmTable;
import com.shopperspectrum.core.segment.Segmentation;
import java.util.Objects;

/**
 * Builds the {@link SpectrumModel} on Spark, the counterpart of {@code core.model.ModelTrainer}: the same tables
 * (products, customers, histories), profile, segmentation and item neighbours, equal in content to the embedded
 * engine's on the same data and options, and the same recommender: EASE is fitted on the driver from the collected
 * histories by the embedded engine's routine ({@link ModelRecommender#withEase}; at most 25,000 products, memory permitting). Everything is aggregated on the cluster; only aggregates reach the driver
 * (one row per product, customer, month or country, the (customer, product) histories, and the counts of the
 * frequent basket items and pairs), where core's code
 * applies the rules that the embedded engine applies. The clean lines, and the sales lines of the demand and basket parts, are
 * each computed once and kept in memory (or on the executors' disks) for the dozen aggregations that read them
 * (computing them again meant the cleaning's full-line de-duplication again for each). No offline evaluation (it needs the
 * transactions on the driver): use the embedded engine for {@code --evaluate}.
 */
public final class SparkModelBuilder {
    private final NonProductCodes nonProducts;
    private final ModelOptions options;

    public SparkModelBuilder(NonProductCodes nonProducts, ModelOptions options) {
        this.nonProducts = Objects.requireNonNull(nonProducts, "nonProducts");
        this.options = Objects.requireNonNull(options, "options");
        if (options.evaluationDays() > 0) {
            throw new IllegalArgumentException("--evaluate: the Spark engine does not run the offline evaluation; "
                    + "use --engine embedded (or spectrum evaluate) for it");
        }
    }

    /** The model of {@code raw} cleaned into {@code cleaning}; {@code metadata} is the provenance so far. */
    public SpectrumModel build(TransactionFrame raw, SparkCleaning cleaning, ModelMetadata metadata) {
        TransactionFrame clean =
                cleaning.clean().withRows(cleaning.clean().rows().persist());
        boolean salesRead = options.inventory() != null || options.baskets() != null;
        TransactionFrame sales =
                salesRead ? cleaning.sales().withRows(cleaning.sales().rows().persist()) : cleaning.sales();
        try {
            long t0 = System.nanoTime();
            SparkProducts products = SparkProducts.of(raw, clean, nonProducts);
            SparkRfmResult rfm = new SparkRfm().computeWithFrame(clean, options.asOf());
            CustomerTable customers = SparkCustomers.table(clean, rfm.table());
            RfmTable profileRfm = options.asOf() == null ? rfm.table() : new SparkRfm().compute(clean, null);
            DataProfile profile = SparkProfile.of(cleaning.report(), clean, products, profileRfm);
            PurchaseHistory histories = SparkCustomers.histories(
                    clean,
                    customers,
                    products.table(),
                    profile.lastDate() == null
                            ? 0
                            : (int) profile.lastDate().toLocalDate().toEpochDay());
            long t1 = System.nanoTime();
            ModelMetadata meta = metadata.withTiming("tables", ModelMetadata.millis(t0, t1));
            Segmentation segmentation = null;
            if (options.segments() != null) {
                try {
                    segmentation = new SparkSegmentTrainer().fit(rfm.frame(), rfm.table(), options.segments());
                } catch (IllegalArgumentException e) {
                    meta = meta.withWarning("no segmentation: " + e.getMessage());
                }
            }
            rfm.frame().unpersist();
            long t2 = System.nanoTime();
            ItemNeighbours neighbours = new SparkItemSimilarity(options.matrix(), options.similarity())
                    .neighbours(
                            clean,
                            products.table().codes(),
                            products.table().descriptions(),
                            products.table().nonProducts());
            long t3 = System.nanoTime();
            meta = meta.withTiming("segmentation", ModelMetadata.millis(t1, t2))
                    .withTiming("similarity", ModelMetadata.millis(t2, t3));
            DemandModel demand = null;
            if (options.inventory() != null) {
                DemandSeries series = SparkDemand.series(
                        raw,
                        sales,
                        cleaning.report().options().nonProducts(),
                        options.inventory().period());
                demand = new DemandModel(series, options.inventory(), PricingOptions.DEFAULT);
                long t4 = System.nanoTime();
                meta = meta.withTiming("demand", ModelMetadata.millis(t3, t4));
                t3 = t4;
            }
            BasketModel baskets = null;
            if (options.baskets() != null) {
                try {
                    baskets = SparkBaskets.rules(
                            raw,
                            sales,
                            cleaning.report().options().nonProducts(),
                            options.baskets().withMaxItems(2));
                } catch (IllegalArgumentException e) {
                    meta = meta.withWarning("no basket rules: " + e.getMessage()); // as the embedded engine warns
                }
                long t5 = System.nanoTime();
                meta = meta.withTiming("baskets", ModelMetadata.millis(t3, t5));
                t3 = t5;
            }
            CohortModel cohorts = null;
            if (options.cohorts() != null) {
                try {
                    cohorts = SparkCohorts.part(clean, options.cohorts());
                } catch (IllegalArgumentException e) {
                    meta = meta.withWarning("no cohorts: " + e.getMessage());
                }
                long t4 = System.nanoTime();
                meta = meta.withTiming("cohorts", ModelMetadata.millis(t3, t4));
                t3 = t4;
            }
            ClvResult clv = null;
            if (options.clv() != null) {
                try {
                    clv = SparkClv.analysis(raw, clean, options.clv());
                    meta = ModelTrainer.clvWarnings(meta, clv);
                } catch (IllegalArgumentException | InvalidInputException e) {
                    meta = meta.withWarning("no customer value: " + e.getMessage());
                }
                long t6 = System.nanoTime();
                meta = meta.withTiming("clv", ModelMetadata.millis(t3, t6));
                t3 = t6;
            }
            SpectrumModel model = new SpectrumModel.Builder()
                    .metadata(meta)
                    .profile(profile)
                    .products(products.table())
                    .customers(customers)
                    .histories(histories)
                    .segmentation(segmentation)
                    .neighbours(neighbours)
                    .demand(demand)
                    .baskets(baskets)
                    .cohorts(cohorts)
                    .clv(clv)
                    .build();
            if (options.ease() == null) {
                return model;
            }
            SpectrumModel withEase = ModelRecommender.withEase(model, options.ease());
            return withEase.withMetadata(
                    withEase.metadata().withTiming("recommender", ModelMetadata.millis(t3, System.nanoTime())));
        } finally {
            clean.rows().unpersist();
            if (salesRead) {
                sales.rows().unpersist();
            }
        }
    }
}
