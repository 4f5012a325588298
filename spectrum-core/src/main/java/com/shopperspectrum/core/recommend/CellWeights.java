package com.shopperspectrum.core.recommend;

/** The formulas of {@link Weighting}, applied to summed quantities and line counts of CSR cells. */
final class CellWeights {
    private CellWeights() {}

    static float[] weigh(MatrixOptions o, int rows, int cols, int[] rowPtr, int[] col, float[] qty, float[] cnt) {
        return switch (o.weighting()) {
            case QUANTITY -> qty;
            case BINARY -> binary(cnt.length);
            case TFIDF -> tfidf(rows, cols, rowPtr, col, cnt);
            case BM25 -> bm25(o, rows, cols, rowPtr, col, cnt);
        };
    }

    private static float[] binary(int n) {
        float[] w = new float[n];
        java.util.Arrays.fill(w, 1f);
        return w;
    }

    /** Number of products with at least one purchase. */
    private static int activeProducts(int cols, int[] col) {
        boolean[] seen = new boolean[cols];
        int n = 0;
        for (int c : col) {
            if (!seen[c]) {
                seen[c] = true;
                n++;
            }
        }
        return n;
    }

    private static float[] tfidf(int rows, int cols, int[] rowPtr, int[] col, float[] cnt) {
        int n = activeProducts(cols, col);
        float[] w = new float[cnt.length];
        for (int u = 0; u < rows; u++) {
            int df = rowPtr[u + 1] - rowPtr[u];
            double idf = Math.log((1.0 + n) / (1.0 + df)) + 1.0;
            for (int k = rowPtr[u]; k < rowPtr[u + 1]; k++) {
                w[k] = (float) (Math.sqrt(cnt[k]) * idf);
            }
        }
        return w;
    }

    private static float[] bm25(MatrixOptions o, int rows, int cols, int[] rowPtr, int[] col, float[] cnt) {
        int n = activeProducts(cols, col);
        double[] len = new double[cols];
        double total = 0;
        for (int k = 0; k < col.length; k++) {
            len[col[k]] += cnt[k];
            total += cnt[k];
        }
        double avg = n == 0 ? 1 : total / n;
        double k1 = o.k1();
        double b = o.b();
        float[] w = new float[cnt.length];
        for (int u = 0; u < rows; u++) {
            int df = rowPtr[u + 1] - rowPtr[u];
            double idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
            for (int k = rowPtr[u]; k < rowPtr[u + 1]; k++) {
                double c = cnt[k];
                w[k] = (float) (idf * c * (k1 + 1) / (c + k1 * (1 - b + b * len[col[k]] / avg)));
            }
        }
        return w;
    }
}
