package com.shopperspectrum.core.segment;

import java.util.SplittableRandom;

/** Generated point sets for k-means tests. */
final class Blobs {
    private Blobs() {}

    /** {@code n} points uniform in the unit cube of {@code d} dimensions. */
    static double[][] random(int n, int d, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[][] points = new double[n][d];
        for (double[] p : points) {
            for (int j = 0; j < d; j++) {
                p[j] = random.nextDouble();
            }
        }
        return points;
    }

    /** {@code perBlob} points around each of {@code k} centres 100 apart, spread at most 1 from the centre. */
    static double[][] separated(int k, int perBlob, int d, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[][] points = new double[k * perBlob][d];
        for (int i = 0; i < points.length; i++) {
            int blob = i % k;
            for (int j = 0; j < d; j++) {
                points[i][j] = (j == blob % d ? 100.0 * (blob + 1) : 0) + random.nextDouble() - 0.5;
            }
        }
        return points;
    }
}
