package com.shopperspectrum.cli;

import com.shopperspectrum.core.recommend.MatrixOptions;
import com.shopperspectrum.core.recommend.RecommenderDefaults;
import com.shopperspectrum.core.recommend.Scope;
import com.shopperspectrum.core.recommend.SimilarityOptions;
import com.shopperspectrum.core.recommend.Weighting;
import picocli.CommandLine.Option;

/** How product similarity is computed when a command trains on a data file; mixed into {@code similar} and others. */
public final class SimilarityMixin {
    @Option(
            names = "--weighting",
            paramLabel = "W",
            description = "Cell weighting: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}; quantity is the "
                    + "original method).")
    Weighting weighting = RecommenderDefaults.WEIGHTING;

    @Option(
            names = "--scope",
            paramLabel = "S",
            description = "customer = bought by the same customer, invoice = bought in the same order "
                    + "(default: ${DEFAULT-VALUE}).")
    Scope scope = RecommenderDefaults.SCOPE;

    @Range(min = 1, max = 1000)
    @Option(
            names = "--neighbours",
            paramLabel = "K",
            description = "Neighbours kept per product for recommendations, 1..1000; similar keeps at least -n "
                    + "(default: " + RecommenderDefaults.COSINE_NEIGHBOURS + " for cosine, "
                    + RecommenderDefaults.EASE_NEIGHBOURS
                    + " for ease).")
    Integer neighbours;

    @Option(
            names = "--include-non-products",
            description = "Also list non-merchandise codes (postage, fees, vouchers; see --non-products).")
    boolean includeNonProducts;

    /** The purchase matrix of the item similarity. */
    MatrixOptions matrix() {
        return MatrixOptions.of(scope, weighting);
    }

    /** The cosine neighbours' options, keeping at least {@code atLeast} (a top-n needs K &ge; n). */
    SimilarityOptions similarity(int atLeast) {
        return new SimilarityOptions(
                Math.max(neighbours(RecommenderDefaults.COSINE_NEIGHBOURS), atLeast), includeNonProducts);
    }

    /** The given --neighbours, or {@code defaultK}. */
    int neighbours(int defaultK) {
        int k = neighbours == null ? defaultK : neighbours;
        if (k < 1) {
            throw new IllegalArgumentException("--neighbours must be at least 1, got " + k);
        }
        return k;
    }
}
