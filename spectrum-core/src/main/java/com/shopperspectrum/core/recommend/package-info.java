/**
 * Product recommendations by item-based collaborative filtering (Sarwar, Karypis, Konstan and Riedl,
 * "Item-based collaborative filtering recommendation algorithms", WWW 2001).
 *
 * <p>The pipeline: {@link com.shopperspectrum.core.recommend.ProductCatalog} (what each stock code is and how
 * popular it is) and {@link com.shopperspectrum.core.recommend.PurchaseMatrix} (customer or invoice × product,
 * sparse, weighted) are built from the clean transactions; {@link com.shopperspectrum.core.recommend.CosineItemSimilarity}
 * turns the matrix into the top-K neighbours of every product
 * ({@link com.shopperspectrum.core.recommend.ItemNeighbours}); {@link com.shopperspectrum.core.recommend.Recommender}
 * sums the neighbours of a customer's purchases into personal suggestions with an explanation.
 * {@link com.shopperspectrum.core.recommend.EaseRegression} (Steck, "Embarrassingly Shallow Autoencoders for
 * Sparse Data", WWW 2019) is the alternative model: its positive regression weights become neighbours too, so
 * the same recommender serves it ({@link com.shopperspectrum.core.recommend.RecommenderType}). Its one dense
 * step, the inverse of the Gram matrix plus λI, is an {@link com.shopperspectrum.core.recommend.SpdInverse}:
 * native LAPACK's Cholesky inverse ({@link com.shopperspectrum.core.recommend.NativeSpdInverse}, the system's
 * OpenBLAS) when it loads, else the Java {@link com.shopperspectrum.core.recommend.GaussJordanInverse}.
 *
 * <p>Inside, products are the rows of the {@link com.shopperspectrum.core.recommend.ProductCatalog} — one index
 * space for the matrix columns, the neighbours, the {@link com.shopperspectrum.core.recommend.PurchaseHistory} and
 * the stored model — and customers and invoices are dense int indices (the
 * {@link com.shopperspectrum.core.data.TransactionTable}'s dictionary ids, or the model's customer rows); results
 * leave as records carrying stock codes.
 */
package com.shopperspectrum.core.recommend;
