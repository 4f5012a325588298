package com.shopperspectrum.cli;

import com.shopperspectrum.core.data.TransactionTable;
import com.shopperspectrum.core.model.StoredRecommender;
import com.shopperspectrum.core.recommend.EaseOptions;
import com.shopperspectrum.core.recommend.EaseRegression;
import com.shopperspectrum.core.recommend.ItemNeighbours;
import com.shopperspectrum.core.recommend.ProductCatalog;
import com.shopperspectrum.core.recommend.PurchaseHistory;
import com.shopperspectrum.core.recommend.RecommenderDefaults;
import com.shopperspectrum.core.recommend.RecommenderType;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;

/** Which model {@code recommend} sums: cosine neighbours or EASE regression weights. */
public final class RecommendModelMixin {
    @Option(
            names = "--model-type",
            paramLabel = "TYPE",
            description = "cosine = item-item cosine of --weighting and --scope; ease = EASE regression weights "
                    + "(Steck 2019) on the binary customer matrix (default: ${DEFAULT-VALUE}).")
    RecommenderType type = RecommenderDefaults.MODEL_TYPE;

    @Option(names = "--ease-lambda", paramLabel = "L", description = "EASE ridge lambda (default: ${DEFAULT-VALUE}).")
    double lambda = RecommenderDefaults.EASE_LAMBDA;

    @Option(
            names = "--ease-min-support",
            paramLabel = "N",
            description = "EASE uses products with at least N customers (default: ${DEFAULT-VALUE}).")
    int minSupport = RecommenderDefaults.EASE_MIN_SUPPORT;

    @Option(
            names = "--ease-signed",
            negatable = true,
            defaultValue = "" + RecommenderDefaults.EASE_SIGNED,
            fallbackValue = "true",
            description = "Keep each product's K largest EASE weights by magnitude, negative ones included "
                    + "(--no-ease-signed: the K largest positive ones) (default: ${DEFAULT-VALUE}).")
    boolean signed = RecommenderDefaults.EASE_SIGNED;

    private StoredRecommender stored;

    /** Rejects options that the chosen model type (or a stored model) would ignore. */
    void check(ParseResult given, boolean storedModel) {
        if (storedModel
                && (given.hasMatchedOption("--model-type")
                        || given.hasMatchedOption("--ease-lambda")
                        || given.hasMatchedOption("--ease-min-support")
                        || given.hasMatchedOption("--ease-signed"))) {
            throw new IllegalArgumentException("--model-type and the --ease options apply to --data; "
                    + "a stored model recommends with the model it was trained with (see: spectrum train --help)");
        }
        if (type == RecommenderType.EASE
                && (given.hasMatchedOption("--weighting") || given.hasMatchedOption("--scope"))) {
            throw new IllegalArgumentException("--weighting and --scope apply to --model-type cosine; "
                    + "--model-type ease always uses the binary customer matrix");
        }
        if (type == RecommenderType.COSINE
                && (given.hasMatchedOption("--ease-lambda")
                        || given.hasMatchedOption("--ease-min-support")
                        || given.hasMatchedOption("--ease-signed"))) {
            throw new IllegalArgumentException("the --ease options apply to --model-type ease");
        }
    }

    /** The neighbours of the chosen model type. */
    ItemNeighbours fit(TransactionTable clean, ProductCatalog catalog, SimilarityMixin similarity) {
        if (type == RecommenderType.COSINE) {
            return similarity.fit(clean, catalog, 1);
        }
        EaseOptions options =
                easeOptions(similarity.neighbours(RecommenderDefaults.EASE_NEIGHBOURS), similarity.includeNonProducts);
        return EaseRegression.fit(PurchaseHistory.of(clean, catalog), catalog, options)
                .neighbours();
    }

    /** The EASE options given, or null for the cosine (what {@code train} stores as the recommender). */
    EaseOptions easeOptions(int neighbours, boolean includeNonProducts) {
        return type == RecommenderType.EASE
                ? new EaseOptions(lambda, minSupport, neighbours, includeNonProducts, signed)
                : null;
    }

    /** Describe and weigh as the stored model's recommender does. */
    void useStored(StoredRecommender stored) {
        this.stored = stored;
        type = stored.type();
        if (stored.ease() != null) {
            lambda = stored.ease().lambda();
        }
    }

    double defaultHalfLife() {
        return stored != null ? stored.halfLifeDays() : RecommenderDefaults.halfLifeDays(type);
    }

    /** How the text output names the model. */
    String describe(SimilarityMixin similarity) {
        return type == RecommenderType.EASE
                ? "EASE model, lambda "
                        + (lambda == Math.rint(lambda) ? String.valueOf((long) lambda) : String.valueOf(lambda))
                : SimilarCommand.lower(similarity.scope) + " scope, " + SimilarCommand.lower(similarity.weighting)
                        + " weighting";
    }
}
