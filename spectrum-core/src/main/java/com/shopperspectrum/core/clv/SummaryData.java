package com.shopperspectrum.core.clv;

import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The distinct (x, t_x, T) of a summary with their counts, sorted by x: the likelihood is a sum over customers
 * that depends on nothing else, so equal customers are evaluated once (on CDNOW 2,357 customers become fewer
 * rows) and the terms that depend on x alone once per x.
 */
final class SummaryData {
    private final int[] x;
    private final double[] tx;
    private final double[] bigT;
    private final double[] weight;

    private SummaryData(int[] x, double[] tx, double[] bigT, double[] weight) {
        this.x = x;
        this.tx = tx;
        this.bigT = bigT;
        this.weight = weight;
    }

    static SummaryData of(CustomerSummary s) {
        Map<String, double[]> groups = new LinkedHashMap<>();
        for (int i = 0; i < s.size(); i++) {
            double[] key = {s.x(i), s.tx(i), s.bigT(i), 0};
            groups.computeIfAbsent(s.x(i) + ":" + s.tx(i) + ":" + s.bigT(i), k -> key)[3]++;
        }
        double[][] rows = groups.values().toArray(double[][]::new);
        Arrays.sort(rows, Comparator.comparingDouble((double[] r) -> r[0]).thenComparingDouble(r -> r[1]));
        int n = rows.length;
        int[] x = new int[n];
        double[] tx = new double[n];
        double[] bigT = new double[n];
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = (int) rows[i][0];
            tx[i] = rows[i][1];
            bigT[i] = rows[i][2];
            w[i] = rows[i][3];
        }
        return new SummaryData(x, tx, bigT, w);
    }

    int size() {
        return x.length;
    }

    int x(int i) {
        return x[i];
    }

    double tx(int i) {
        return tx[i];
    }

    double bigT(int i) {
        return bigT[i];
    }

    double weight(int i) {
        return weight[i];
    }
}
