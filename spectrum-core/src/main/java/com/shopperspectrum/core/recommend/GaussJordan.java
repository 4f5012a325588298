package com.shopperspectrum.core.recommend;

import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;

/**
 * In-place inverse of a dense symmetric positive-definite matrix by Gauss–Jordan elimination without
 * pivoting (safe for SPD matrices, whose pivots stay positive). Row-major {@code double[n*n]}; O(n³) time.
 *
 * <p>Blocked for the memory hierarchy. The unblocked algorithm streams the whole matrix through memory once
 * per pivot, which is memory-bound beyond a few hundred products. Here a block of {@link #BLOCK} pivot steps
 * is taken at once: first the block's pivot rows, each saved as it stands right after its own step; then
 * every other row's factors for the block's steps (its values at the pivot columns after the earlier steps
 * of the block, a small triangular computation); then one matrix product subtracts the factors times the
 * saved rows from all rows, tile by tile of columns so that the saved rows stay in the cache and the inner
 * loop vectorises; last, the pivot columns get the values the step-by-step algorithm leaves there (zeroed at
 * their own step). Every element sees the step-by-step arithmetic in the same order, so the result equals
 * the unblocked one (a skipped step's zero may differ in sign). Rows are updated in parallel.
 */
public final class GaussJordan {
    /** Pivot steps per block. */
    static final int BLOCK = 48;
    /** Columns per tile of the block's update: BLOCK saved rows of a tile (8·BLOCK·TILE bytes) stay cached. */
    private static final int TILE = 512;

    private GaussJordan() {}

    /** Replaces {@code a} (n × n, row-major, SPD) by its inverse. */
    public static void invertInPlace(double[] a, int n, boolean parallel) {
        invertInPlace(a, n, parallel, BLOCK);
    }

    /** {@link #invertInPlace(double[], int, boolean)} with {@code block} steps per block (1 = unblocked). */
    public static void invertInPlace(double[] a, int n, boolean parallel, int block) {
        if (block < 1) {
            throw new IllegalArgumentException("block must be at least 1, got " + block);
        }
        if (a.length != (long) n * n) {
            throw new IllegalArgumentException("matrix of " + a.length + " values is not " + n + " x " + n);
        }
        int width = Math.min(block, n);
        double[][] steps = new double[width][n];
        double[] factors = new double[n * width];
        int parts = parallel ? Math.min(n, 4 * Math.max(1, ForkJoinPool.getCommonPoolParallelism())) : 1;
        for (int k0 = 0; k0 < n; k0 += block) {
            Block s = new Block(a, n, k0, Math.min(block, n - k0), steps, factors);
            for (int t = 0; t < s.b; t++) {
                s.pivotStep(t);
            }
            IntStream range = IntStream.range(0, parts);
            (parallel ? range.parallel() : range).forEach(p -> s.update(n * p / parts, n * (p + 1) / parts));
        }
    }

    /** One block of steps {@code k0 .. k0+b-1}. */
    private record Block(double[] a, int n, int k0, int b, double[][] steps, double[] factors) {
        /**
         * Step {@code k0 + t}: brings the pivot row up to date with the block's earlier steps, normalises it
         * and saves it as it stands now (what every other row subtracts at this step).
         */
        void pivotStep(int t) {
            int k = k0 + t;
            oneByOne(k, 0, t);
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
            System.arraycopy(a, rowK, steps[t], 0, n);
        }

        /** Applies the block's steps to rows {@code r0 .. r1-1}. */
        void update(int r0, int r1) {
            for (int i = r0; i < r1; i++) {
                if (isPivotRow(i)) {
                    oneByOne(i, i - k0 + 1, b);
                } else {
                    factors(i);
                }
            }
            int[] rows = IntStream.range(r0, r1).filter(i -> !isPivotRow(i)).toArray();
            for (int j0 = 0; j0 < n; j0 += TILE) {
                int j1 = Math.min(n, j0 + TILE);
                int r = 0;
                for (; r + 2 <= rows.length; r += 2) {
                    subtractTwo(rows[r], rows[r + 1], j0, j1);
                }
                if (r < rows.length) {
                    subtract(rows[r], 0, j0, j1);
                }
            }
            for (int i = r0; i < r1; i++) {
                if (!isPivotRow(i)) {
                    pivotColumns(i);
                }
            }
        }

        private boolean isPivotRow(int i) {
            return i >= k0 && i < k0 + b;
        }

        /** Row i's factor of each step: its value at the pivot column after the block's earlier steps. */
        private void factors(int i) {
            int rowI = i * n;
            int fi = i * b;
            for (int u = 0; u < b; u++) {
                int c = k0 + u;
                double f = a[rowI + c];
                for (int w = 0; w < u; w++) {
                    f = f - factors[fi + w] * steps[w][c];
                }
                factors[fi + u] = f;
            }
        }

        /**
         * {@link #subtract} for two rows at once, four steps at a time: each saved value loaded serves both
         * rows (the loop is bound by loads from the cache, not by arithmetic).
         */
        private void subtractTwo(int i, int i2, int j0, int j1) {
            int rowI = i * n;
            int rowI2 = i2 * n;
            int fi = i * b;
            int fi2 = i2 * b;
            int u = 0;
            for (; u + 4 <= b; u += 4) {
                double f0 = factors[fi + u];
                double f1 = factors[fi + u + 1];
                double f2 = factors[fi + u + 2];
                double f3 = factors[fi + u + 3];
                double g0 = factors[fi2 + u];
                double g1 = factors[fi2 + u + 1];
                double g2 = factors[fi2 + u + 2];
                double g3 = factors[fi2 + u + 3];
                double[] s0 = steps[u];
                double[] s1 = steps[u + 1];
                double[] s2 = steps[u + 2];
                double[] s3 = steps[u + 3];
                for (int j = j0; j < j1; j++) {
                    double x0 = s0[j];
                    double x1 = s1[j];
                    double x2 = s2[j];
                    double x3 = s3[j];
                    a[rowI + j] = a[rowI + j] - f0 * x0 - f1 * x1 - f2 * x2 - f3 * x3;
                    a[rowI2 + j] = a[rowI2 + j] - g0 * x0 - g1 * x1 - g2 * x2 - g3 * x3;
                }
            }
            subtract(i, u, j0, j1);
            subtract(i2, u, j0, j1);
        }

        /**
         * Columns {@code j0 .. j1-1} of row i minus each step's factor (from step {@code from}) times its saved
         * row, in step order.
         */
        private void subtract(int i, int from, int j0, int j1) {
            int rowI = i * n;
            int fi = i * b;
            int u = from;
            for (; u + 4 <= b; u += 4) {
                double f0 = factors[fi + u];
                double f1 = factors[fi + u + 1];
                double f2 = factors[fi + u + 2];
                double f3 = factors[fi + u + 3];
                if (f0 == 0 && f1 == 0 && f2 == 0 && f3 == 0) {
                    continue;
                }
                // separate arrays: C2 vectorises this loop (four offsets into one array it does not)
                double[] s0 = steps[u];
                double[] s1 = steps[u + 1];
                double[] s2 = steps[u + 2];
                double[] s3 = steps[u + 3];
                for (int j = j0; j < j1; j++) {
                    a[rowI + j] = a[rowI + j] - f0 * s0[j] - f1 * s1[j] - f2 * s2[j] - f3 * s3[j];
                }
            }
            for (; u < b; u++) {
                double f = factors[fi + u];
                if (f == 0) {
                    continue;
                }
                double[] s = steps[u];
                for (int j = j0; j < j1; j++) {
                    a[rowI + j] = a[rowI + j] - f * s[j];
                }
            }
        }

        /** The values the step-by-step algorithm leaves at the pivot columns (zeroed at their own step). */
        private void pivotColumns(int i) {
            int rowI = i * n;
            int fi = i * b;
            for (int u = 0; u < b; u++) {
                int c = k0 + u;
                double v = 0.0 - factors[fi + u] * steps[u][c];
                for (int w = u + 1; w < b; w++) {
                    v = v - factors[fi + w] * steps[w][c];
                }
                a[rowI + c] = v;
            }
        }

        /** Steps {@code from .. to-1} on row i one by one (a zero factor skips its step). */
        private void oneByOne(int i, int from, int to) {
            int rowI = i * n;
            for (int t = from; t < to; t++) {
                int k = k0 + t;
                double f = a[rowI + k];
                if (f == 0) {
                    continue;
                }
                a[rowI + k] = 0;
                double[] s = steps[t];
                for (int j = 0; j < n; j++) {
                    a[rowI + j] -= f * s[j];
                }
            }
        }
    }
}
