package com.shopperspectrum.core.recommend.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * Ranks products for every test customer with every model and averages the metrics of {@link Metrics}
 * twice: against all products bought in the test period, and against those new to the customer (customers
 * who bought nothing new are left out of the second). Customers are processed in parallel in fixed blocks
 * whose sums are merged in block order, so every run gives the same figures.
 */
public final class Evaluator {
    /** The metrics' cut-off unless told otherwise: the top 10 of each list. */
    public static final int DEFAULT_K = 10;

    private static final int BLOCK = 64;

    private Evaluator() {}

    public static EvaluationReport evaluate(EvaluationData data, List<Ranker> models, int k, String defaultModel) {
        Objects.requireNonNull(data, "data");
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1, got " + k);
        }
        List<RankerResult> results = new ArrayList<>();
        int catalogue = data.candidateCount();
        for (Ranker model : models) {
            Metrics[] all = new Metrics[blocks(data)];
            Metrics[] fresh = new Metrics[all.length];
            IntStream.range(0, all.length).parallel().forEach(b -> {
                all[b] = new Metrics(data.indexSize());
                fresh[b] = new Metrics(data.indexSize());
                for (int t = b * BLOCK; t < Math.min(data.testCustomers.length, (b + 1) * BLOCK); t++) {
                    score(data, model, k, t, all[b], fresh[b]);
                }
            });
            results.add(merge(all, data).result(model.name(), "all", catalogue));
            results.add(merge(fresh, data).result(model.name(), "new", catalogue));
        }
        return new EvaluationReport(data.split, data.until, k, data.testCustomers.length, results, defaultModel);
    }

    private static int blocks(EvaluationData data) {
        return (data.testCustomers.length + BLOCK - 1) / BLOCK;
    }

    private static void score(EvaluationData data, Ranker model, int k, int t, Metrics all, Metrics fresh) {
        int c = data.testCustomers[t];
        int[] truth = data.truth[t];
        all.add(model.recommend(c, k, false), truth, k);
        int[] newTruth =
                Arrays.stream(truth).filter(p -> !data.history.bought(c, p)).toArray();
        if (newTruth.length > 0) {
            fresh.add(model.recommend(c, k, true), newTruth, k);
        }
    }

    private static Metrics merge(Metrics[] parts, EvaluationData data) {
        Metrics m = new Metrics(data.indexSize());
        for (Metrics p : parts) {
            m.merge(p);
        }
        return m;
    }
}
