package com.shopperspectrum.core.segment;

/**
 * The quality of the best k-means fit for one {@code k}.
 *
 * @param k             number of clusters
 * @param inertia       sum of squared distances to the nearest centroid (lower is better; always falls with k)
 * @param silhouette    mean silhouette (higher is better), see {@link ClusterQuality}
 * @param daviesBouldin Davies–Bouldin index (lower is better), see {@link ClusterQuality}
 */
public record KScore(int k, double inertia, double silhouette, double daviesBouldin) {
    public KScore {
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1, got " + k);
        }
        if (!(inertia >= 0)) {
            throw new IllegalArgumentException("inertia must be >= 0, got " + inertia);
        }
    }
}
