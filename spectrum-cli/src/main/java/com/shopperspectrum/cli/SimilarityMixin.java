package com.shopperspectrum.cli;

import com.shopperspectrum.core.data.TransactionTable;
import com.shopperspectrum.core.recommend.CosineItemSimilarity;
import com.shopperspectrum.core.recommend.ItemNeighbours;
import com.shopperspectrum.core.recommend.MatrixOptions;
import com.shopperspectrum.core.recommend.ProductCatalog;
import com.shopperspectrum.core.recommend.PurchaseMatrix;
import com.shopperspectrum.core.recommend.RecommenderDefaults;
import com.shopperspectrum.core.recommend.Scope;
import com.shopperspectrum.core.recommend.SimilarityOptions;
import com.shopperspectrum.core.recommend.Weighting;
import picocli.CommandLine.Option;

/** How product similarity is computed; mixed into {@code similar} and {@code recommend}. */
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

    @Option(
            names = "--neighbours",
            paramLabel = "K",
            description = "Neighbours kept per product for recommendations; similar keeps at least -n "
                    + "(default: " + RecommenderDefaults.NEIGHBOURS + " for cosine, "
                    + RecommenderDefaults.EASE_NEIGHBOURS
                    + " for ease).")
    Integer neighbours;

    @Option(
            names = "--include-non-products",
            description = "Also list non-merchandise codes (postage, fees, vouchers; see --non-products).")
    boolean includeNonProducts;

    /** Takes the options a stored model's neighbours were computed with (so outputs describe that model). */
    void adopt(ItemNeighbours stored) {
        scope = stored.matrixOptions().scope();
        weighting = stored.matrixOptions().weighting();
        neighbours = stored.similarityOptions().neighbours();
        includeNonProducts = stored.similarityOptions().includeNonProducts();
    }

    /** Neighbours of every product, keeping at least {@code atLeast} (a top-n needs K &ge; n). */
    ItemNeighbours fit(TransactionTable clean, ProductCatalog catalog, int atLeast) {
        int k = neighbours(RecommenderDefaults.NEIGHBOURS);
        PurchaseMatrix matrix = PurchaseMatrix.of(clean, catalog, MatrixOptions.of(scope, weighting));
        SimilarityOptions options = new SimilarityOptions(
                Math.max(k, atLeast), Runtime.getRuntime().availableProcessors(), includeNonProducts);
        return new CosineItemSimilarity(options).neighbours(matrix, catalog);
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
