package com.shopperspectrum.core.recommend;

/**
 * Keeps the best {@code k} (item, score) pairs offered: higher score first, then lower item index, so the
 * kept set and its order never depend on the order of offers. A binary min-heap on primitive arrays whose
 * root is the worst kept pair. Not thread-safe: one per worker.
 */
public final class TopK {
    private final int k;
    private final int[] item;
    private final double[] score;
    private int size;

    public TopK(int k) {
        this.k = k;
        item = new int[k];
        score = new double[k];
    }

    public void clear() {
        size = 0;
    }

    public int size() {
        return size;
    }

    /**
     * The score an offer must reach to be considered: the worst kept score once {@code k} pairs are kept (an
     * offer below it is never kept, one equal to it may be, by item), else minus infinity. Lets a caller skip
     * {@link #offer} for most candidates of a long row. Plus infinity when {@code k} is 0 (nothing is kept).
     */
    public double threshold() {
        if (k == 0) {
            return Double.POSITIVE_INFINITY;
        }
        return size < k ? Double.NEGATIVE_INFINITY : score[0];
    }

    /** True when (a, sa) ranks below (b, sb). */
    private static boolean worse(double sa, int a, double sb, int b) {
        return sa < sb || (sa == sb && a > b);
    }

    public void offer(int it, double s) {
        if (k == 0) {
            return;
        }
        if (size < k) {
            item[size] = it;
            score[size] = s;
            up(size++);
        } else if (worse(score[0], item[0], s, it)) {
            item[0] = it;
            score[0] = s;
            down(0);
        }
    }

    private void up(int i) {
        while (i > 0) {
            int p = (i - 1) / 2;
            if (!worse(score[i], item[i], score[p], item[p])) {
                return;
            }
            swap(i, p);
            i = p;
        }
    }

    private void down(int i) {
        while (true) {
            int l = 2 * i + 1;
            int r = l + 1;
            int m = i;
            if (l < size && worse(score[l], item[l], score[m], item[m])) {
                m = l;
            }
            if (r < size && worse(score[r], item[r], score[m], item[m])) {
                m = r;
            }
            if (m == i) {
                return;
            }
            swap(i, m);
            i = m;
        }
    }

    private void swap(int a, int b) {
        int ti = item[a];
        item[a] = item[b];
        item[b] = ti;
        double ts = score[a];
        score[a] = score[b];
        score[b] = ts;
    }

    /** Writes the kept pairs best first into the arrays at {@code at} and empties the heap; returns the count. */
    public int drainInto(int[] items, double[] scores, int at) {
        int n = size;
        for (int i = n - 1; i >= 0; i--) {
            items[at + i] = item[0];
            scores[at + i] = score[0];
            size--;
            if (size > 0) {
                item[0] = item[size];
                score[0] = score[size];
                down(0);
            }
        }
        return n;
    }
}
