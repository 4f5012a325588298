package com.shopperspectrum.core.recommend;

import java.util.stream.IntStream;

/**
 * In-place inverse of a dense symmetric positive-definite matrix by Gauss–Jordan elimination without
 * pivoting (safe for SPD matrices, whose pivots stay positive). Row-major {@code double[n*n]}; each pivot
 * step updates the other rows in parallel. O(n³) time, no extra memory: a few thousand products take
 * seconds.
 */
public final class GaussJordan {
    private GaussJordan() {
    }

    /** Replaces {@code a} (n × n, row-major, SPD) by its inverse. */
    public static void invertInPlace(double[] a, int n, boolean parallel) {
        if (a.length != (long) n * n) {
            throw new IllegalArgumentException("matrix of " + a.length + " values is not " + n + " x " + n);
        }
        for (int k = 0; k < n; k++) {
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
            final int kk = k;
            IntStream rows = IntStream.range(0, n);
            (parallel ? rows.parallel() : rows).forEach(i -> eliminate(a, n, kk, i));
        }
    }

    private static void eliminate(double[] a, int n, int k, int i) {
        if (i == k) {
            return;
        }
        int rowI = i * n;
        int rowK = k * n;
        double f = a[rowI + k];
        if (f == 0) {
            return;
        }
        a[rowI + k] = 0;
        for (int j = 0; j < n; j++) {
            a[rowI + j] -= f * a[rowK + j];
        }
    }
}
