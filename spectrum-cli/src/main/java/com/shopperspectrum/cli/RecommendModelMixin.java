package com.shopperspectrum.cli;

import com.shopperspectrum.core.model.SpectrumModel;
import com.shopperspectrum.core.model.StoredRecommender;
import com.shopperspectrum.core.recommend.EaseOptions;
import com.shopperspectrum.core.recommend.MatrixOptions;
import com.shopperspectrum.core.recommend.RecommenderDefaults;
import com.shopperspectrum.core.recommend.RecommenderType;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;

/** Which recommender a command trains on a data file: cosine neighbours or EASE regression weights. */
public final class RecommendModelMixin {
    @Option(
            names = "--model-type",
            paramLabel = "TYPE",
            description = "cosine = item-item cosine of --weighting and --scope; ease = EASE regression weights "
                    + "(Steck 2019) on the binary customer matrix (default: ${DEFAULT-VALUE}).")
    RecommenderType type = RecommenderDefaults.MODEL_TYPE;

    @Range(min = 0.001, max = 1e9)
    @Option(
            names = "--ease-lambda",
            paramLabel = "L",
            description = "EASE ridge lambda, 0.001..1000000000 (default: ${DEFAULT-VALUE}).")
    double lambda = RecommenderDefaults.EASE_LAMBDA;

    @Range(min = 1, max = 1_000_000)
    @Option(
            names = "--ease-min-support",
            paramLabel = "N",
            description = "EASE uses products with at least N customers, 1..1000000 (default: ${DEFAULT-VALUE}).")
    int minSupport = RecommenderDefaults.EASE_MIN_SUPPORT;

    @Option(
            names = "--ease-signed",
            negatable = true,
            defaultValue = "" + RecommenderDefaults.EASE_SIGNED,
            fallbackValue = "true",
            description = "Keep each product's K largest EASE weights by magnitude, negative ones included "
                    + "(--no-ease-signed: the K largest positive ones) (default: ${DEFAULT-VALUE}).")
    boolean signed = RecommenderDefaults.EASE_SIGNED;

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

    /** The EASE options given, or null for the cosine (what {@code train} stores as the recommender). */
    EaseOptions easeOptions(int neighbours, boolean includeNonProducts) {
        return type == RecommenderType.EASE
                ? new EaseOptions(lambda, minSupport, neighbours, includeNonProducts, signed)
                : null;
    }

    /** How the text output names the recommender of {@code model} (read from the model, whatever the flags). */
    static String describe(SpectrumModel model) {
        StoredRecommender r = model.recommender();
        if (r.type() == RecommenderType.EASE) {
            double lambda = r.ease().lambda();
            return "EASE model, lambda "
                    + (lambda == Math.rint(lambda) ? String.valueOf((long) lambda) : String.valueOf(lambda));
        }
        MatrixOptions m = model.neighbours().matrixOptions();
        return SimilarCommand.lower(m.scope()) + " scope, " + SimilarCommand.lower(m.weighting()) + " weighting";
    }
}
