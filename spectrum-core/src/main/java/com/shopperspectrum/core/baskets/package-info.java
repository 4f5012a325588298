/**
 * Basket analysis: association rules "a basket with A also has B" (Agrawal, Imieliński &amp; Swami 1993) with
 * support, confidence, lift, leverage (Piatetsky-Shapiro 1991) and conviction (Brin, Motwani, Ullman &amp; Tsur
 * 1997).
 *
 * <p>{@link Baskets} turns the sales lines (every line the cleaning keeps, lines without a customer id included:
 * they are real orders) into a sparse basket × item matrix: one basket per invoice or per customer and day, items
 * by stock code or by trimmed description, non-products left out of the items unless asked. {@link ItemsetMiner}
 * finds every itemset of up to four items in at least the minimum number of baskets, exactly: pairs by sparse
 * counting over the matrix, larger itemsets by Eclat's tid-list intersections (Zaki 2000), an exact equivalent of
 * FP-growth (Han, Pei &amp; Yin 2000). {@link RuleMiner} turns the itemsets into {@link AssociationRule}s and, when
 * nothing passes, says what each threshold removed and which value to try. Pure arithmetic: no IO.
 */
package com.shopperspectrum.core.baskets;
