package com.shopperspectrum.core.segment;

import java.util.SplittableRandom;

/**
 * Internal validity indices of a partition, with Euclidean distances in feature space.
 * <ul>
 *   <li><b>Silhouette</b> (Rousseeuw, "Silhouettes: a graphical aid to the interpretation and validation of
 *       cluster analysis", 1987): mean over points of {@code (b - a) / max(a, b)}, where {@code a} is the mean
 *       distance to the other points of its cluster and {@code b} the smallest mean distance to another
 *       cluster; 0 for a point alone in its cluster (scikit-learn's convention). Higher is better, in [-1, 1].
 *       Exact (O(n²)) up to {@link #EXACT_SILHOUETTE_LIMIT} points; beyond, computed on a seeded uniform
 *       sample of that many points without replacement (distances within the sample).</li>
 *   <li><b>Davies–Bouldin</b> (Davies &amp; Bouldin, "A cluster separation measure", 1979): mean over clusters
 *       of the largest {@code (s_i + s_j) / d(c_i, c_j)}, where {@code s_i} is the mean distance of cluster
 *       i's points to its centroid. Lower is better.</li>
 * </ul>
 */
public final class ClusterQuality {
    /** Largest number of points whose silhouette is computed exactly. */
    public static final int EXACT_SILHOUETTE_LIMIT = 20_000;

    private ClusterQuality() {}

    /** The mean silhouette; NaN when there are fewer than 2 clusters. Sampling (if any) uses {@code seed}. */
    public static double silhouette(double[][] points, int[] labels, int k, long seed) {
        return silhouette(points, labels, k, seed, EXACT_SILHOUETTE_LIMIT);
    }

    static double silhouette(double[][] points, int[] labels, int k, long seed, int exactLimit) {
        if (k < 2) {
            return Double.NaN;
        }
        int[] rows = points.length <= exactLimit ? identity(points.length) : sample(points.length, exactLimit, seed);
        int m = rows.length;
        int[] sizes = new int[k];
        for (int r : rows) {
            sizes[labels[r]]++;
        }
        // sums[i * k + c]: total distance from sampled point i to the sampled points of cluster c (each pair once)
        double[] sums = new double[m * k];
        for (int i = 0; i < m; i++) {
            double[] p = points[rows[i]];
            int li = labels[rows[i]];
            for (int j = i + 1; j < m; j++) {
                double d = Math.sqrt(KMeansModel.squaredDistance(p, points[rows[j]]));
                sums[i * k + labels[rows[j]]] += d;
                sums[j * k + li] += d;
            }
        }
        double total = 0;
        double[] own = new double[k];
        for (int i = 0; i < m; i++) {
            System.arraycopy(sums, i * k, own, 0, k);
            total += pointSilhouette(labels[rows[i]], own, sizes);
        }
        return total / m;
    }

    private static double pointSilhouette(int own, double[] sums, int[] sizes) {
        if (sizes[own] <= 1) {
            return 0;
        }
        double a = sums[own] / (sizes[own] - 1);
        double b = Double.POSITIVE_INFINITY;
        for (int c = 0; c < sums.length; c++) {
            if (c != own && sizes[c] > 0) {
                b = Math.min(b, sums[c] / sizes[c]);
            }
        }
        if (b == Double.POSITIVE_INFINITY) {
            return 0;
        }
        double max = Math.max(a, b);
        return max == 0 ? 0 : (b - a) / max;
    }

    /** The Davies–Bouldin index; NaN when there are fewer than 2 clusters. */
    public static double daviesBouldin(double[][] points, int[] labels, double[][] centroids) {
        int k = centroids.length;
        if (k < 2) {
            return Double.NaN;
        }
        double[] spread = new double[k];
        int[] sizes = new int[k];
        for (int i = 0; i < points.length; i++) {
            spread[labels[i]] += Math.sqrt(KMeansModel.squaredDistance(points[i], centroids[labels[i]]));
            sizes[labels[i]]++;
        }
        for (int c = 0; c < k; c++) {
            spread[c] = sizes[c] == 0 ? 0 : spread[c] / sizes[c];
        }
        double total = 0;
        for (int i = 0; i < k; i++) {
            double worst = 0;
            for (int j = 0; j < k; j++) {
                double separation = Math.sqrt(KMeansModel.squaredDistance(centroids[i], centroids[j]));
                if (j != i && separation > 0) {
                    worst = Math.max(worst, (spread[i] + spread[j]) / separation);
                }
            }
            total += worst;
        }
        return total / k;
    }

    private static int[] identity(int n) {
        int[] rows = new int[n];
        for (int i = 0; i < n; i++) {
            rows[i] = i;
        }
        return rows;
    }

    /** {@code m} distinct indices of {@code 0..n-1} by a partial Fisher–Yates shuffle, sorted. */
    private static int[] sample(int n, int m, long seed) {
        int[] all = identity(n);
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < m; i++) {
            int j = i + random.nextInt(n - i);
            int t = all[i];
            all[i] = all[j];
            all[j] = t;
        }
        int[] rows = java.util.Arrays.copyOf(all, m);
        java.util.Arrays.sort(rows);
        return rows;
    }
}
