package com.shopperspectrum.core.recommend;

/**
 * How a cell of the {@link PurchaseMatrix} is weighted. Let {@code q(u,i)} be the summed quantity and
 * {@code c(u,i)} the number of clean lines of product {@code i} in row {@code u} (a customer or an invoice).
 *
 * <p>For item–item similarity a product is a document and the rows that bought it are its terms, so the
 * inverse document frequency damps <em>heavy buyers</em> (a row that bought many products says little about
 * any pair of them) and the length normalisation damps <em>very popular products</em>. (Weighting columns
 * by an idf over products would not change a cosine at all: a per-column factor cancels.) With
 * {@code N} = number of products with a purchase, {@code df(u)} = distinct products in row {@code u},
 * {@code len(i)} = Σ<sub>u</sub> c(u,i) and {@code avglen} its mean over products:
 * <ul>
 *   <li>{@link #QUANTITY}: {@code w = q(u,i)} — the original method (pandas pivot table of summed quantity);</li>
 *   <li>{@link #BINARY}: {@code w = 1} — bought or not;</li>
 *   <li>{@link #TFIDF}: {@code w = sqrt(c) · (ln((1+N)/(1+df(u))) + 1)} — square-rooted term frequency and
 *       the smoothed idf of scikit-learn's TfidfTransformer;</li>
 *   <li>{@link #BM25}: {@code w = idf(u) · c·(k1+1) / (c + k1·(1 − b + b·len(i)/avglen))} with
 *       {@code idf(u) = ln(1 + (N − df(u) + 0.5)/(df(u) + 0.5))}, the Okapi BM25 term weight of Robertson and
 *       Zaragoza, "The Probabilistic Relevance Framework: BM25 and Beyond", Foundations and Trends in
 *       Information Retrieval 3(4), 2009; {@code k1} and {@code b} come from {@link MatrixOptions}.</li>
 * </ul>
 * Every weight is non-negative, so cosines lie in [0, 1].
 */
public enum Weighting {
    QUANTITY,
    BINARY,
    BM25,
    TFIDF
}
