package com.shopperspectrum.core.model;

import com.shopperspectrum.core.recommend.ItemNeighbours;
import com.shopperspectrum.core.recommend.MatrixOptions;
import com.shopperspectrum.core.recommend.ProductCatalog;
import com.shopperspectrum.core.recommend.SimilarityOptions;

/**
 * The product parts of a model trained from data without a product column (CDNOW's
 * {@code customer_id,date,number_of_cds,dollar_value}): an empty catalogue and no neighbours, so that no
 * placeholder code reaches a page, and the warning that says why. The model then holds the profile, customers,
 * segments, cohorts and customer value; {@link SpectrumModel#hasProducts()} tells the readers.
 */
public final class NoProducts {
    /** Train's warning, which the pages and {@code similar}/{@code recommend} repeat. */
    public static final String WARNING = "no product column in the data: the model has no similar products, "
            + "recommendations or their evaluation, demand series or basket rules (profile, segments, cohorts "
            + "and customer value only); map one with --columns product=HEADER to have them";

    /** What the pages about products say instead (the web app and the report). */
    public static final String NOTE = "Products are not in the data: it has no product column, so this model has "
            + "no product pages, similar products, recommendations, demand series or basket rules. Train with "
            + "--columns product=HEADER to have them.";

    private NoProducts() {}

    /** A catalogue of no products. */
    public static ProductCatalog catalog() {
        return new ProductCatalog(
                new String[0], new String[0], new long[0], new double[0], new int[0], new boolean[0], new int[0]);
    }

    /** Neighbours of no products, with the options train was given. */
    public static ItemNeighbours neighbours(MatrixOptions matrix, SimilarityOptions similarity) {
        return new ItemNeighbours(
                new int[] {0}, new int[0], new float[0], new String[0], new String[0], matrix, similarity);
    }
}
