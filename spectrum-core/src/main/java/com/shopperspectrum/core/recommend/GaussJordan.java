package com.shopperspectrum.core.recommend;

import java.util.stream.IntStream;

/**
 * In-place inverse of a dense symmetric positive-definite matrix by Gauss–Jordan elimination without
 * pivoting (safe for SPD matrices, whose pivots stay positive). Row-major {@code double[n*n]}; O(n³) time.
 *
 * <p>Blocked for the memory hierarchy: the unblocked algorithm streams the whole matrix through memory once
 * per pivot (n passes over 8n² bytes, memory-bound beyond a few hundred products). Here the pivot rows of a
 * block of {@link #BLOCK} steps are computed first (each as it stands right after its own step, kept in a
 * buffer), then every other row takes the block's steps one after another while it stays in cache. Every
 * element sees exactly the operations of the unblocked algorithm in the same order, so the result is
 * bit-for-bit the same; only the memory traffic falls by the block size. The rows are updated in parallel.
 */
public final class GaussJordan {
    /** Pivot steps per block: their saved rows (8·BLOCK·n bytes) should stay in the cache. */
    static final int BLOCK = 48;

    private GaussJordan() {
    }

    /** Replaces {@code a} (n × n, row-major, SPD) by its inverse. */
    public static void invertInPlace(double[] a, int n, boolean parallel) {
        invertInPlace(a, n, parallel, BLOCK);
    }

    static void invertInPlace(double[] a, int n, boolean parallel, int block) {
        if (a.length != (long) n * n) {
            throw new IllegalArgumentException("matrix of " + a.length + " values is not " + n + " x " + n);
        }
        double[] steps = new double[Math.min(block, n) * n];
        for (int k0 = 0; k0 < n; k0 += block) {
            int b = Math.min(block, n - k0);
            for (int t = 0; t < b; t++) {
                pivotStep(a, n, k0, t, steps);
            }
            int first = k0;
            IntStream rows = IntStream.range(0, n);
            (parallel ? rows.parallel() : rows).forEach(i -> {
                boolean pivotRow = i >= first && i < first + b;
                eliminate(a, n, first, pivotRow ? i - first + 1 : 0, b, steps, i);
            });
        }
    }

    /**
     * Step {@code k0 + t}: brings the pivot row up to date with the block's earlier steps, normalises it and
     * saves it as it stands now (what every other row subtracts at this step).
     */
    private static void pivotStep(double[] a, int n, int k0, int t, double[] steps) {
        int k = k0 + t;
        eliminate(a, n, k0, 0, t, steps, k);
        int rowK = k * n;
        double pivot = a[rowK + k];
        if (!(pivot > 0) || Double.isInfinite(pivot)) {
            throw new IllegalArgumentException("matrix is not positive definite: pivot " + k + " is " + pivot);
        }
        double inv = 1.0 / pivot;
        a[rowK + k] = 1.0;
        for (int j = 0; j < n; j++) {
            a[rowK + j] *= inv;
        }
        System.arraycopy(a, rowK, steps, t * n, n);
    }

    /** Applies the block's steps {@code from .. to-1} (saved pivot rows) to row {@code i}, in order. */
    private static void eliminate(double[] a, int n, int k0, int from, int to, double[] steps, int i) {
        int rowI = i * n;
        for (int t = from; t < to; t++) {
            int k = k0 + t;
            double f = a[rowI + k];
            if (f == 0) {
                continue;
            }
            a[rowI + k] = 0;
            int rowK = t * n;
            for (int j = 0; j < n; j++) {
                a[rowI + j] -= f * steps[rowK + j];
            }
        }
    }
}
