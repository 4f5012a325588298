package com.shopperspectrum.core.recommend;

import java.util.Arrays;
import java.util.function.IntPredicate;

/**
 * Scores candidates for a weighted set of products by their kept neighbours:
 * {@code score(j) = Σ_p w(p) · sim(p, j)} over the set's products {@code p} whose top-K neighbours include
 * {@code j} (the item-based prediction of Sarwar et al. 2001 without the normalising denominator, which
 * would favour products with a single strong neighbour). Holds a dense accumulator: not thread-safe, one per
 * thread.
 */
public final class NeighbourScorer {
    private final ItemNeighbours neighbours;
    private final double[] acc;
    private final int[] stamp;
    private final int[] touched;
    private int epoch;

    public NeighbourScorer(ItemNeighbours neighbours) {
        this.neighbours = neighbours;
        acc = new double[neighbours.size()];
        stamp = new int[neighbours.size()];
        touched = new int[neighbours.size()];
    }

    /**
     * Ranks the candidates of {@code items[0..count)} with {@code weights}, skipping {@code excluded} ones,
     * into {@code top} (cleared first). Returns the number of candidates with a positive score.
     */
    public int rank(int[] items, double[] weights, int count, IntPredicate excluded, TopK top) {
        if (++epoch == Integer.MAX_VALUE) {
            Arrays.fill(stamp, 0);
            epoch = 1;
        }
        int n = 0;
        for (int t = 0; t < count; t++) {
            int p = items[t];
            for (int r = 0; r < neighbours.count(p); r++) {
                int j = neighbours.neighbour(p, r);
                if (stamp[j] != epoch) {
                    stamp[j] = epoch;
                    acc[j] = 0;
                    touched[n++] = j;
                }
                acc[j] += weights[t] * neighbours.score(p, r);
            }
        }
        top.clear();
        int positive = 0;
        for (int t = 0; t < n; t++) {
            int j = touched[t];
            if (acc[j] > 0 && !excluded.test(j)) {
                top.offer(j, acc[j]);
                positive++;
            }
        }
        return positive;
    }
}
