package com.shopperspectrum.core.model;

import com.shopperspectrum.core.baskets.BasketModel;
import com.shopperspectrum.core.baskets.BasketOptions;
import com.shopperspectrum.core.baskets.Baskets;
import com.shopperspectrum.core.baskets.CountryRules;
import com.shopperspectrum.core.clean.Cleaner;
import com.shopperspectrum.core.clean.CleaningOptions;
import com.shopperspectrum.core.clean.CleaningResult;
import com.shopperspectrum.core.clean.NonProductCodes;
import com.shopperspectrum.core.clv.ClvAnalysis;
import com.shopperspectrum.core.clv.ClvResult;
import com.shopperspectrum.core.cohort.CohortModel;
import com.shopperspectrum.core.data.InvalidInputException;
import com.shopperspectrum.core.data.TransactionTable;
import com.shopperspectrum.core.inventory.DemandModel;
import com.shopperspectrum.core.inventory.DemandSeries;
import com.shopperspectrum.core.inventory.InventoryOptions;
import com.shopperspectrum.core.inventory.PricingOptions;
import com.shopperspectrum.core.profile.DataProfile;
import com.shopperspectrum.core.profile.Profiler;
import com.shopperspectrum.core.recommend.CosineItemSimilarity;
import com.shopperspectrum.core.recommend.EaseOptions;
import com.shopperspectrum.core.recommend.EaseRegression;
import com.shopperspectrum.core.recommend.ItemNeighbours;
import com.shopperspectrum.core.recommend.ProductCatalog;
import com.shopperspectrum.core.recommend.PurchaseHistory;
import com.shopperspectrum.core.recommend.PurchaseMatrix;
import com.shopperspectrum.core.recommend.RecommenderDefaults;
import com.shopperspectrum.core.recommend.eval.EvaluationData;
import com.shopperspectrum.core.recommend.eval.EvaluationReport;
import com.shopperspectrum.core.recommend.eval.EvaluationSettings;
import com.shopperspectrum.core.recommend.eval.Evaluator;
import com.shopperspectrum.core.recommend.eval.StandardRankers;
import com.shopperspectrum.core.rfm.RfmCalculator;
import com.shopperspectrum.core.rfm.RfmTable;
import com.shopperspectrum.core.segment.CustomerCountries;
import com.shopperspectrum.core.segment.SegmentTrainer;
import com.shopperspectrum.core.segment.Segmentation;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * Builds a {@link SpectrumModel} from cleaned transactions: profile, product catalogue (popularity = distinct
 * customers), customer table (RFM, country), purchase histories, segmentation (k-means on RFM, see
 * {@link SegmentTrainer}), item neighbours (top-K cosine, Sarwar et al. 2001, see {@link CosineItemSimilarity}),
 * the recommender (EASE unless the options say cosine, see {@link ModelRecommender#withEase}) and, when asked,
 * the offline evaluation. Parts whose options are null are left out (see {@link ModelOptions}). The similarity
 * kernel runs on one thread per available processor, a run-time setting that is not part of the model.
 * Deterministic: the same data and options give equal models. The
 * caller supplies the provenance (file hash, options), which core cannot know; stage timings are added here.
 */
public final class ModelTrainer {
    private final NonProductCodes nonProducts;
    private final ModelOptions options;
    private final int threads = CosineItemSimilarity.allProcessors();

    /**
     * @param nonProducts the codes the cleaning options call non-merchandise
     * @param options     what to train; the parts whose options are null (or 0) are left out
     */
    public ModelTrainer(NonProductCodes nonProducts, ModelOptions options) {
        this.nonProducts = nonProducts;
        this.options = options;
    }

    /**
     * Trains the model. After the tables (catalogue, RFM, histories) the parts that depend only on them run at
     * the same time: segmentation, similarity, the EASE fit, the evaluation, the cohort and customer-value parts, and, from the start, the profile and
     * the demand series. Each part is computed exactly as it would be alone (the results do not depend on the
     * order), and warnings are added in one fixed order; the stage timings are each stage's own elapsed time, so
     * they overlap.
     */
    public SpectrumModel train(CleaningResult cleaning, ModelMetadata metadata) {
        ExecutorService pool = Executors.newFixedThreadPool(STAGES, ModelTrainer::stageThread);
        try {
            return train(cleaning, metadata, pool);
        } finally {
            pool.shutdownNow();
        }
    }

    private SpectrumModel train(CleaningResult cleaning, ModelMetadata metadata, ExecutorService pool) {
        TransactionTable clean = cleaning.clean();
        // without a product column the parts about products (similar products, recommendations, their
        // evaluation, demand, baskets) are left out: the catalogue is empty and the warnings say so
        boolean items = clean.hasProducts();
        long t0 = System.nanoTime();
        Future<DataProfile> profile = pool.submit(() -> new Profiler().profile(cleaning));
        // the sales lines (with the lines without a customer) once, for the demand series and the baskets
        Future<TransactionTable> sales = !items || options.inventory() == null && options.baskets() == null
                ? null
                : pool.submit(() -> new Cleaner(cleaning.report().options()).sales(cleaning.raw()));
        Future<DemandModel> demand =
                items ? pool.submit(() -> demand(join(sales), cleaning.report().options())) : null;
        Future<Stage<BasketModel>> baskets = !items || options.baskets() == null
                ? null
                : pool.submit(() ->
                        Stage.run(() -> baskets(join(sales), cleaning.report().options())));
        ProductCatalog products = items ? ProductCatalog.of(clean, nonProducts) : NoProducts.catalog();
        RfmTable rfm = new RfmCalculator().compute(clean, options.asOf());
        CustomerTable customers = new CustomerTable(rfm, CustomerCountries.of(clean, rfm));
        PurchaseHistory histories =
                PurchaseHistory.of(clean, customerRows(clean, rfm), rfm.size(), products.rowsOf(clean.products()));
        ModelMetadata meta = metadata.withTiming("tables", ModelMetadata.millis(t0, System.nanoTime()));
        Future<Stage<Segmentation>> segmentation = options.segments() == null
                ? null
                : pool.submit(() -> Stage.run(() -> new SegmentTrainer().fit(rfm, options.segments())));
        Future<Stage<ItemNeighbours>> neighbours = items
                ? pool.submit(() -> Stage.timed(() -> new CosineItemSimilarity(options.similarity(), threads)
                        .neighbours(PurchaseMatrix.of(clean, products, options.matrix()), products)))
                : null;
        Future<Stage<EvaluationReport>> evaluation =
                items && options.evaluationDays() > 0 ? pool.submit(() -> Stage.run(() -> evaluate(clean))) : null;
        Future<Stage<FittedEase>> ease = !items || options.ease() == null
                ? null
                : pool.submit(() -> Stage.run(() -> FittedEase.of(histories, products, options.ease())));
        Future<Stage<CohortModel>> cohortStage = options.cohorts() == null
                ? null
                : pool.submit(() -> Stage.run(() -> cohorts(clean, rfm, segmentation)));
        Future<Stage<ClvResult>> clvStage =
                options.clv() == null ? null : pool.submit(() -> Stage.run(() -> clv(cleaning)));

        Stage<Segmentation> segments = join(segmentation);
        if (segments != null) {
            meta = meta.withTiming("segmentation", segments.millis());
            if (segments.failure() != null) {
                meta = meta.withWarning("no segmentation: " + segments.failure());
            }
        }
        Stage<ItemNeighbours> similar = items
                ? join(neighbours)
                : new Stage<>(NoProducts.neighbours(options.matrix(), options.similarity()), null, 0);
        if (items) {
            meta = meta.withTiming("similarity", similar.millis());
        } else {
            meta = meta.withWarning(NoProducts.WARNING);
        }
        Stage<EvaluationReport> evaluated = join(evaluation);
        if (evaluated != null) {
            meta = meta.withTiming("evaluation", evaluated.millis());
            if (evaluated.failure() != null) {
                meta = meta.withWarning("no evaluation: " + evaluated.failure());
            }
        }
        Stage<CohortModel> cohorts = join(cohortStage);
        if (cohorts != null) {
            meta = meta.withTiming("cohorts", cohorts.millis());
            if (cohorts.failure() != null) {
                meta = meta.withWarning("no cohorts: " + cohorts.failure());
            }
        }
        Stage<BasketModel> basketRules = join(baskets);
        if (basketRules != null) {
            meta = meta.withTiming("baskets", basketRules.millis());
            if (basketRules.failure() != null) {
                meta = meta.withWarning("no basket rules: " + basketRules.failure());
            }
        }
        Stage<ClvResult> clv = join(clvStage);
        if (clv != null) {
            meta = meta.withTiming("clv", clv.millis());
            meta = clv.failure() != null
                    ? meta.withWarning("no customer value: " + clv.failure())
                    : clvWarnings(meta, clv.value());
        }
        SpectrumModel model = new SpectrumModel.Builder()
                .metadata(meta)
                .profile(join(profile))
                .products(products)
                .customers(customers)
                .histories(histories)
                .segmentation(segments == null ? null : segments.value())
                .neighbours(similar.value())
                .evaluation(evaluated == null ? null : evaluated.value())
                .demand(join(demand))
                .cohorts(cohorts == null ? null : cohorts.value())
                .baskets(basketRules == null ? null : basketRules.value())
                .clv(clv == null ? null : clv.value())
                .build();
        if (ease == null) {
            return model;
        }
        Stage<FittedEase> fit = join(ease);
        SpectrumModel withEase = fit.value() == null
                ? ModelRecommender.withEase(model, options.ease(), null, fit.failure())
                : ModelRecommender.withEase(
                        model, options.ease(), fit.value().fit(), fit.value().neighbours(), null);
        return withEase.withMetadata(withEase.metadata().withTiming("recommender", fit.millis()));
    }

    /**
     * The cohort part. Its migration's segmentation is the fit as of the default B with the cohort options; when
     * train's own segmentation is that fit (the same options on the RFM as of the same day), it is reused rather
     * than fitted a second time (the same deterministic fit on the same table, so the part is the same).
     */
    private CohortModel cohorts(TransactionTable clean, RfmTable rfm, Future<Stage<Segmentation>> segmentation) {
        Stage<Segmentation> own =
                options.cohorts().equals(options.segments()) && rfm.snapshot().equals(CohortModel.defaultTo(clean))
                        ? join(segmentation)
                        : null;
        if (own == null || own.value() == null) {
            return CohortModel.of(clean, options.cohorts());
        }
        return CohortModel.of(clean, options.cohorts(), rfm, own.value());
    }

    /** An EASE fit and its neighbours, both computed in the fit's stage. */
    private record FittedEase(EaseRegression fit, ItemNeighbours neighbours) {
        static FittedEase of(PurchaseHistory histories, ProductCatalog products, EaseOptions options) {
            EaseRegression fit = EaseRegression.fit(histories, products, options);
            return new FittedEase(fit, fit.neighbours());
        }
    }

    /**
     * At most this many stages run at once (profile, demand, baskets, segmentation, similarity, EASE, evaluation,
     * cohorts, customer value).
     */
    private static final int STAGES = 9;

    private static Thread stageThread(Runnable r) {
        Thread t = new Thread(r, "spectrum-train-stage");
        t.setDaemon(true);
        return t;
    }

    /**
     * A stage's value, or the message of the {@link IllegalArgumentException} that says why the data do not allow
     * it (the caller turns it into a warning), and its elapsed time.
     */
    private record Stage<T>(T value, String failure, long millis) {
        /** The value and elapsed time of a stage that must succeed (what it throws ends the training). */
        static <T> Stage<T> timed(Supplier<T> work) {
            long start = System.nanoTime();
            T value = work.get();
            return new Stage<>(value, null, ModelMetadata.millis(start, System.nanoTime()));
        }

        /** The value of a stage the data may refuse, or the reason it was refused. */
        static <T> Stage<T> run(Supplier<T> work) {
            long start = System.nanoTime();
            try {
                T value = work.get();
                return new Stage<>(value, null, ModelMetadata.millis(start, System.nanoTime()));
            } catch (IllegalArgumentException e) {
                return new Stage<>(null, e.getMessage(), ModelMetadata.millis(start, System.nanoTime()));
            }
        }
    }

    /** The result of a stage (null for a stage left out), rethrowing what it threw as it was thrown. */
    private static <T> T join(Future<T> stage) {
        if (stage == null) {
            return null;
        }
        try {
            return stage.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("training was interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }

    /** The demand series of the sales lines (with the lines without a customer), or null when left out. */
    private DemandModel demand(TransactionTable sales, CleaningOptions rules) {
        InventoryOptions inventory = options.inventory();
        if (inventory == null) {
            return null;
        }
        DemandSeries series = DemandSeries.of(sales, rules.nonProducts(), inventory.period());
        return new DemandModel(series, inventory, PricingOptions.DEFAULT);
    }

    /** The CLV analysis of the cleaning's purchases, as {@code spectrum clv FILE} computes it with these options. */
    private ClvResult clv(CleaningResult cleaning) {
        try {
            return ClvAnalysis.run(cleaning, options.clv());
        } catch (InvalidInputException e) {
            throw new IllegalArgumentException(e.getMessage(), e); // the data refuse the part: a warning
        }
    }

    /** The CLV part's warnings, and why it is not trustworthy, as the model's warnings (both engines). */
    public static ModelMetadata clvWarnings(ModelMetadata meta, ClvResult r) {
        ModelMetadata m = meta;
        if (!r.trustworthy()) {
            m = m.withWarning("customer value not trustworthy (no P(alive) or CLV): " + String.join("; ", r.reasons()));
        }
        for (String w : r.warnings()) {
            m = m.withWarning("customer value: " + w);
        }
        return m;
    }

    /** The pair rules of the invoices' baskets of the sales lines (items by stock code, non-products left out). */
    private BasketModel baskets(TransactionTable sales, CleaningOptions rules) {
        BasketOptions basketOptions = BasketOptions.DEFAULT.withNonProducts(rules.nonProducts());
        try {
            Baskets b = Baskets.of(sales, basketOptions);
            return BasketModel.mine(b, options.baskets(), basketOptions)
                    .withCountries(CountryRules.of(sales, basketOptions, options.baskets()));
        } catch (com.shopperspectrum.core.data.InvalidInputException e) {
            throw new IllegalArgumentException(e.getMessage(), e); // the data refuses the part: a warning
        }
    }

    /** The customer table row of every customer id of {@code t} (-1 for ids without an RFM row). */
    private static int[] customerRows(TransactionTable t, RfmTable rfm) {
        int[] rowOf = new int[t.customers().size()];
        Arrays.fill(rowOf, -1);
        for (int i = 0; i < rfm.size(); i++) {
            rowOf[t.customers().indexOf(rfm.customerId(i))] = i;
        }
        return rowOf;
    }

    private EvaluationReport evaluate(TransactionTable clean) {
        LocalDate split = EvaluationData.lastDays(clean, options.evaluationDays());
        EvaluationData data = EvaluationData.split(clean, nonProducts, split, null);
        EaseOptions ease = options.ease();
        EvaluationSettings settings = new EvaluationSettings(
                options.similarity().neighbours(),
                RecommenderDefaults.HALF_LIFE_DAYS,
                ease == null ? RecommenderDefaults.EASE_LAMBDA : ease.lambda(),
                ease == null ? RecommenderDefaults.EASE_MIN_SUPPORT : ease.minSupport(),
                threads,
                ease == null ? RecommenderDefaults.EASE_NEIGHBOURS : ease.neighbours(),
                ease == null ? RecommenderDefaults.EASE_SIGNED : ease.signed());
        String served = ease == null
                ? RecommenderDefaults.cosineName(options.matrix())
                : RecommenderDefaults.easeName(ease.lambda(), ease.neighbours(), ease.signed());
        return Evaluator.evaluate(data, StandardRankers.fit(data, settings), Evaluator.DEFAULT_K, served);
    }
}
