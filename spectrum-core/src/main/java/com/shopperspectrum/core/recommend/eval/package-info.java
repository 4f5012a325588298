/**
 * Offline evaluation of recommenders on a time split: fit on the transactions before a date, rank products
 * for every customer who buys after it and has a history, and compare the top k with what they bought.
 *
 * <p>Metrics (binary relevance, cut at k): hit rate, precision, recall, NDCG (Järvelin and Kekäläinen,
 * "Cumulated gain-based evaluation of IR techniques", TOIS 2002), MAP (average precision normalised by
 * min(k, relevant)) and catalogue coverage, each reported over all test purchases and over products new to
 * the customer. Models: popularity and repeat-purchase baselines, item–item cosine
 * ({@link com.shopperspectrum.core.recommend.CosineItemSimilarity}) and EASE (Steck, "Embarrassingly Shallow
 * Autoencoders for Sparse Data", WWW 2019).
 */
package com.shopperspectrum.core.recommend.eval;
