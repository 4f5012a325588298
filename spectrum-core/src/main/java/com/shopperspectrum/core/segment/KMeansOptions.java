package com.shopperspectrum.core.segment;

/**
 * Hyper-parameters of {@link KMeansTrainer}, validated here so that a bad value fails before any work with a
 * message naming the parameter and its value. Whether {@code k} fits the data ({@code k <= n}) is checked by
 * the trainer, which knows {@code n}.
 *
 * @param k             number of clusters, at least 1
 * @param restarts      independent k-means++ seedings; the fit with the lowest inertia is kept (at least 1)
 * @param seed          seed of the random generator; restart {@code r} derives its generator from
 *                      {@code seed} and {@code r}, so results do not depend on the number of threads
 * @param maxIterations maximum Lloyd iterations (centroid updates) per restart, at least 1
 * @param tolerance     convergence threshold relative to the data: a restart stops when the squared
 *                      centroid shift of an iteration is at most {@code tolerance} × the mean feature variance
 *                      (scikit-learn's rule); 0 means "until the assignments no longer change"
 */
public record KMeansOptions(int k, int restarts, long seed, int maxIterations, double tolerance) {
    public static final int DEFAULT_RESTARTS = 10;
    public static final long DEFAULT_SEED = 42L;
    public static final int DEFAULT_MAX_ITERATIONS = 300;
    public static final double DEFAULT_TOLERANCE = 1e-4;

    public KMeansOptions {
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1, got " + k);
        }
        if (restarts < 1) {
            throw new IllegalArgumentException("restarts must be at least 1, got " + restarts);
        }
        if (maxIterations < 1) {
            throw new IllegalArgumentException("maxIterations must be at least 1, got " + maxIterations);
        }
        if (!(tolerance >= 0) || !Double.isFinite(tolerance)) {
            throw new IllegalArgumentException("tolerance must be a finite number >= 0, got " + tolerance);
        }
    }

    /** {@code k} clusters with the default restarts (10), seed (42), iterations (300) and tolerance (1e-4). */
    public static KMeansOptions of(int k) {
        return new KMeansOptions(k, DEFAULT_RESTARTS, DEFAULT_SEED, DEFAULT_MAX_ITERATIONS, DEFAULT_TOLERANCE);
    }

    /** The same options with another {@code k}. */
    public KMeansOptions withK(int newK) {
        return new KMeansOptions(newK, restarts, seed, maxIterations, tolerance);
    }

    /** The same options with another seed. */
    public KMeansOptions withSeed(long newSeed) {
        return new KMeansOptions(k, restarts, newSeed, maxIterations, tolerance);
    }
}
