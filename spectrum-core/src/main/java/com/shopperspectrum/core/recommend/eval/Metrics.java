package com.shopperspectrum.core.recommend.eval;

import java.util.Arrays;

/** Sums of the per-customer metrics of one model and candidate set. Not thread-safe; merge per thread. */
final class Metrics {
    double hr;
    double precision;
    double recall;
    double ndcg;
    double map;
    int customers;
    final boolean[] recommended;

    Metrics(int products) {
        recommended = new boolean[products];
    }

    /** Adds one customer's ranking against the relevant products (sorted ascending). */
    void add(int[] ranked, int[] relevant, int k) {
        customers++;
        int hits = 0;
        double dcg = 0;
        double ap = 0;
        for (int i = 0; i < Math.min(k, ranked.length); i++) {
            recommended[ranked[i]] = true;
            if (Arrays.binarySearch(relevant, ranked[i]) >= 0) {
                hits++;
                dcg += 1 / log2(i + 2);
                ap += (double) hits / (i + 1);
            }
        }
        double idcg = 0;
        for (int i = 0; i < Math.min(k, relevant.length); i++) {
            idcg += 1 / log2(i + 2);
        }
        hr += hits > 0 ? 1 : 0;
        precision += (double) hits / k;
        recall += (double) hits / relevant.length;
        ndcg += dcg / idcg;
        map += ap / Math.min(k, relevant.length);
    }

    void merge(Metrics o) {
        hr += o.hr;
        precision += o.precision;
        recall += o.recall;
        ndcg += o.ndcg;
        map += o.map;
        customers += o.customers;
        for (int i = 0; i < recommended.length; i++) {
            recommended[i] |= o.recommended[i];
        }
    }

    RankerResult result(String model, String candidates, int catalogue) {
        int n = Math.max(1, customers);
        int covered = 0;
        for (boolean b : recommended) {
            covered += b ? 1 : 0;
        }
        return new RankerResult(
                model,
                candidates,
                customers,
                hr / n,
                precision / n,
                recall / n,
                ndcg / n,
                map / n,
                catalogue == 0 ? 0 : (double) covered / catalogue);
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
