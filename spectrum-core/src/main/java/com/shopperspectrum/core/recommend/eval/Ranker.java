package com.shopperspectrum.core.recommend.eval;

/** A fitted model that ranks products (dense indices) for a customer (dense index); thread-safe. */
public interface Ranker {
    /** The name in the evaluation table, e.g. {@code cosine-bm25-customer}. */
    String name();

    /**
     * The best {@code k} products for {@code customer}, best first. With {@code newOnly}, products the
     * customer bought in the training period are left out.
     */
    int[] recommend(int customer, int k, boolean newOnly);
}
