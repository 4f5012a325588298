package com.shopperspectrum.core.clv;

/** Cholesky solve and inverse of the small symmetric matrices of a fit; null when not positive definite. */
final class LinearAlgebra {
    private LinearAlgebra() {}

    /** The lower Cholesky factor of {@code a}, or null when {@code a} is not (numerically) positive definite. */
    static double[][] cholesky(double[][] a) {
        int n = a.length;
        double[][] l = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                double sum = a[i][j];
                for (int k = 0; k < j; k++) {
                    sum -= l[i][k] * l[j][k];
                }
                if (i == j) {
                    if (!(sum > 1e-12 * Math.max(1, Math.abs(a[i][i])))) {
                        return null;
                    }
                    l[i][i] = Math.sqrt(sum);
                } else {
                    l[i][j] = sum / l[j][j];
                }
            }
        }
        return l;
    }

    static double[] solve(double[][] a, double[] b) {
        double[][] l = cholesky(a);
        return l == null ? null : solve(l, b, true);
    }

    private static double[] solve(double[][] l, double[] b, boolean factored) {
        int n = b.length;
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            double sum = b[i];
            for (int k = 0; k < i; k++) {
                sum -= l[i][k] * y[k];
            }
            y[i] = sum / l[i][i];
        }
        double[] x = new double[n];
        for (int i = n - 1; i >= 0; i--) {
            double sum = y[i];
            for (int k = i + 1; k < n; k++) {
                sum -= l[k][i] * x[k];
            }
            x[i] = sum / l[i][i];
        }
        return x;
    }

    static double[][] inverse(double[][] a) {
        double[][] l = cholesky(a);
        if (l == null) {
            return null;
        }
        int n = a.length;
        double[][] inv = new double[n][n];
        for (int j = 0; j < n; j++) {
            double[] e = new double[n];
            e[j] = 1;
            double[] col = solve(l, e, true);
            for (int i = 0; i < n; i++) {
                inv[i][j] = col[i];
            }
        }
        return inv;
    }
}
