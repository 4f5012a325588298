package com.shopperspectrum.core.model;

import com.shopperspectrum.core.clean.Cleaner;
import com.shopperspectrum.core.clean.CleaningOptions;
import com.shopperspectrum.core.clean.CleaningResult;
import com.shopperspectrum.core.clean.NonProductCodes;
import com.shopperspectrum.core.data.TransactionTable;
import com.shopperspectrum.core.inventory.DemandModel;
import com.shopperspectrum.core.inventory.DemandSeries;
import com.shopperspectrum.core.inventory.InventoryOptions;
import com.shopperspectrum.core.inventory.PricingOptions;
import com.shopperspectrum.core.profile.Profiler;
import com.shopperspectrum.core.recommend.CosineItemSimilarity;
import com.shopperspectrum.core.recommend.EaseOptions;
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

    public SpectrumModel train(CleaningResult cleaning, ModelMetadata metadata) {
        TransactionTable clean = cleaning.clean();
        long t0 = System.nanoTime();
        ProductCatalog products = ProductCatalog.of(clean, nonProducts);
        RfmTable rfm = new RfmCalculator().compute(clean, options.asOf());
        CustomerTable customers = new CustomerTable(rfm, CustomerCountries.of(clean, rfm));
        PurchaseHistory histories =
                PurchaseHistory.of(clean, customerRows(clean, rfm), rfm.size(), products.rowsOf(clean.products()));
        var profile = new Profiler().profile(cleaning);
        long t1 = System.nanoTime();
        ModelMetadata meta = metadata.withTiming("tables", ModelMetadata.millis(t0, t1));
        Segmentation segmentation = null;
        if (options.segments() != null) {
            try {
                segmentation = new SegmentTrainer().fit(rfm, options.segments());
            } catch (IllegalArgumentException e) {
                meta = meta.withWarning("no segmentation: " + e.getMessage());
            }
        }
        long t2 = System.nanoTime();
        ItemNeighbours neighbours = new CosineItemSimilarity(options.similarity(), threads)
                .neighbours(PurchaseMatrix.of(clean, products, options.matrix()), products);
        long t3 = System.nanoTime();
        EvaluationReport evaluation = null;
        if (options.evaluationDays() > 0) {
            try {
                evaluation = evaluate(clean);
            } catch (IllegalArgumentException e) {
                meta = meta.withWarning("no evaluation: " + e.getMessage());
            }
        }
        long t4 = System.nanoTime();
        meta = meta.withTiming("segmentation", ModelMetadata.millis(t1, t2))
                .withTiming("similarity", ModelMetadata.millis(t2, t3));
        if (options.evaluationDays() > 0) {
            meta = meta.withTiming("evaluation", ModelMetadata.millis(t3, t4));
        }
        SpectrumModel model = new SpectrumModel.Builder()
                .metadata(meta)
                .profile(profile)
                .products(products)
                .customers(customers)
                .histories(histories)
                .segmentation(segmentation)
                .neighbours(neighbours)
                .evaluation(evaluation)
                .demand(demand(cleaning))
                .build();
        if (options.ease() == null) {
            return model;
        }
        SpectrumModel withEase = ModelRecommender.withEase(model, options.ease());
        return withEase.withMetadata(
                withEase.metadata().withTiming("recommender", ModelMetadata.millis(t4, System.nanoTime())));
    }

    /** The demand series of the sales lines (with the lines without a customer), or null when left out. */
    private DemandModel demand(CleaningResult cleaning) {
        InventoryOptions inventory = options.inventory();
        if (inventory == null) {
            return null;
        }
        CleaningOptions rules = cleaning.report().options();
        DemandSeries series =
                DemandSeries.of(new Cleaner(rules).sales(cleaning.raw()), rules.nonProducts(), inventory.period());
        return new DemandModel(series, inventory, PricingOptions.DEFAULT);
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
