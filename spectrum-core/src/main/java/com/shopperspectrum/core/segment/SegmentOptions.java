package com.shopperspectrum.core.segment;

import java.util.Objects;

/**
 * How to segment customers.
 *
 * @param k             number of clusters, or {@link #AUTO_K} to choose it with {@link KSelector}
 * @param transform     feature transform before z-scoring
 * @param restarts      k-means++ restarts, the lowest inertia kept
 * @param seed          random seed (the same seed gives the same segments on any number of threads)
 * @param maxIterations maximum Lloyd iterations per restart
 * @param tolerance     convergence tolerance, see {@link KMeansOptions#tolerance()}
 */
public record SegmentOptions(
        int k, FeatureTransform transform, int restarts, long seed, int maxIterations, double tolerance) {
    /** The value of {@code k} that asks for the automatic choice. */
    public static final int AUTO_K = 0;
    /** The four business segments. */
    public static final int DEFAULT_K = 4;
    /** The defaults: k = 4, log transform, 10 restarts, seed 42. */
    public static final SegmentOptions DEFAULT = new SegmentOptions(
            DEFAULT_K,
            FeatureTransform.LOG,
            KMeansOptions.DEFAULT_RESTARTS,
            KMeansOptions.DEFAULT_SEED,
            KMeansOptions.DEFAULT_MAX_ITERATIONS,
            KMeansOptions.DEFAULT_TOLERANCE);

    public SegmentOptions {
        Objects.requireNonNull(transform, "transform");
        if (k < 0) {
            throw new IllegalArgumentException("k must be at least 1 (or auto), got " + k);
        }
        kmeans(Math.max(k, 1), restarts, seed, maxIterations, tolerance);
    }

    public boolean autoK() {
        return k == AUTO_K;
    }

    /** The k-means options for a given k. */
    public KMeansOptions kmeans(int forK) {
        return kmeans(forK, restarts, seed, maxIterations, tolerance);
    }

    private static KMeansOptions kmeans(int k, int restarts, long seed, int maxIterations, double tolerance) {
        return new KMeansOptions(k, restarts, seed, maxIterations, tolerance);
    }

    public SegmentOptions withK(int newK) {
        return new SegmentOptions(newK, transform, restarts, seed, maxIterations, tolerance);
    }

    public SegmentOptions withTransform(FeatureTransform newTransform) {
        return new SegmentOptions(k, newTransform, restarts, seed, maxIterations, tolerance);
    }

    public SegmentOptions withSeed(long newSeed) {
        return new SegmentOptions(k, transform, restarts, newSeed, maxIterations, tolerance);
    }

    public SegmentOptions withRestarts(int newRestarts) {
        return new SegmentOptions(k, transform, newRestarts, seed, maxIterations, tolerance);
    }
}
