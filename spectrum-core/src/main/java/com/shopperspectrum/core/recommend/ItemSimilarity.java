package com.shopperspectrum.core.recommend;

/** Turns a purchase matrix into the nearest neighbours of every product. */
public interface ItemSimilarity {
    /** The top neighbours of every product of {@code catalog}, from the columns of {@code matrix}. */
    ItemNeighbours neighbours(PurchaseMatrix matrix, ProductCatalog catalog);
}
