package com.shopperspectrum.core.recommend.eval;

import com.shopperspectrum.core.recommend.Product;
import com.shopperspectrum.core.recommend.PurchaseHistory;
import com.shopperspectrum.core.recommend.TopK;
import java.util.Arrays;

/**
 * EASE, the linear item–item model of Steck, "Embarrassingly Shallow Autoencoders for Sparse Data", WWW 2019,
 * in closed form: with X the binary customer × product matrix of the training period,
 * {@code P = (XᵀX + λI)⁻¹} and {@code B = I − P·diag(1/diag(P))}, i.e. {@code B_ij = −P_ij / P_jj} off the
 * diagonal and 0 on it; a customer's scores are {@code x_u · B}. The dense n × n inverse limits it to a few
 * thousand products, so only merchandise products bought by at least {@code minSupport} customers take part
 * (the others are never recommended; a list is completed from the popularity order).
 */
public final class EaseModel implements RankingModel {
    private final String name;
    private final EvaluationData data;
    private final int[] local;
    private final int[] global;
    private final float[] b;
    private final int[] fallback;

    private EaseModel(String name, EvaluationData data, int[] local, int[] global, float[] b, int[] fallback) {
        this.name = name;
        this.data = data;
        this.local = local;
        this.global = global;
        this.b = b;
        this.fallback = fallback;
    }

    /** Fits B with ridge {@code lambda} on products with at least {@code minSupport} customers. */
    public static EaseModel fit(EvaluationData data, double lambda, int minSupport, int[] fallback) {
        if (!(lambda > 0)) {
            throw new IllegalArgumentException("EASE lambda must be positive, got " + lambda);
        }
        int[] global = data.catalog.byPopularity().stream()
                .filter(p -> !p.nonProduct() && p.customers() >= minSupport).mapToInt(Product::index).toArray();
        Arrays.sort(global);
        int[] local = new int[data.catalog.indexSize()];
        Arrays.fill(local, -1);
        for (int i = 0; i < global.length; i++) {
            local[global[i]] = i;
        }
        int n = global.length;
        double[] g = gram(data.history, local, n);
        for (int i = 0; i < n; i++) {
            g[i * n + i] += lambda;
        }
        GaussJordan.invertInPlace(g, n, true);
        float[] b = new float[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                b[i * n + j] = i == j ? 0f : (float) (-g[i * n + j] / g[j * n + j]);
            }
        }
        String name = "ease-l" + (lambda == Math.rint(lambda) ? String.valueOf((long) lambda) : String.valueOf(lambda));
        return new EaseModel(name, data, local, global, b, fallback.clone());
    }

    private static double[] gram(PurchaseHistory h, int[] local, int n) {
        double[] g = new double[n * n];
        int[] row = new int[64];
        for (int c = 0; c < h.customers(); c++) {
            int m = 0;
            if (row.length < h.size(c)) {
                row = new int[h.size(c)];
            }
            for (int k = 0; k < h.size(c); k++) {
                int l = local[h.item(c, k)];
                if (l >= 0) {
                    row[m++] = l;
                }
            }
            for (int x = 0; x < m; x++) {
                int base = row[x] * n;
                for (int y = 0; y < m; y++) {
                    g[base + row[y]] += 1;
                }
            }
        }
        return g;
    }

    @Override
    public String name() { return name; }

    /** Number of products in the model. */
    public int products() { return global.length; }

    @Override
    public int[] recommend(int customer, int k, boolean newOnly) {
        PurchaseHistory h = data.history;
        int n = global.length;
        double[] score = new double[n];
        for (int t = 0; t < h.size(customer); t++) {
            int l = local[h.item(customer, t)];
            if (l >= 0) {
                for (int j = 0; j < n; j++) {
                    score[j] += b[l * n + j];
                }
            }
        }
        TopK top = new TopK(k);
        for (int j = 0; j < n; j++) {
            if (!(newOnly && h.bought(customer, global[j]))) {
                top.offer(global[j], score[j]);
            }
        }
        int[] ranked = new int[top.size()];
        top.drainInto(ranked, new double[ranked.length], 0);
        return Fill.from(ranked, fallback, k, p -> newOnly && h.bought(customer, p));
    }
}
