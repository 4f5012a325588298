package com.shopperspectrum.core.segment;

import com.shopperspectrum.core.data.RecordValues;

/**
 * A fitted k-means partition: the centroids in feature space and how the fit went. Immutable (arrays are
 * copied in and out), so one model can serve many threads.
 *
 * @param centroids  {@code k} rows of {@code d} coordinates
 * @param inertia    sum over the fitted points of the squared Euclidean distance to the nearest centroid
 *                   (scikit-learn's {@code inertia_})
 * @param iterations Lloyd iterations of the kept restart
 * @param restart    index of the kept restart (0-based)
 */
public record KMeansModel(double[][] centroids, double inertia, int iterations, int restart) {
    public KMeansModel {
        if (centroids.length == 0) {
            throw new IllegalArgumentException("a k-means model needs at least one centroid");
        }
        centroids = deepCopy(centroids);
        int d = centroids[0].length;
        for (double[] c : centroids) {
            if (c.length != d) {
                throw new IllegalArgumentException("centroids differ in dimension: " + d + " and " + c.length);
            }
        }
        if (!(inertia >= 0)) {
            throw new IllegalArgumentException("inertia must be >= 0, got " + inertia);
        }
    }

    public int k() {
        return centroids.length;
    }

    public int dimension() {
        return centroids[0].length;
    }

    @Override
    public double[][] centroids() {
        return deepCopy(centroids);
    }

    public double[] centroid(int cluster) {
        return centroids[cluster].clone();
    }

    /** The index of the nearest centroid (the lowest index on a tie). */
    public int nearest(double[] x) {
        return nearest(centroids, x);
    }

    /** Euclidean distance from {@code x} to each centroid. */
    public double[] distances(double[] x) {
        double[] out = new double[centroids.length];
        for (int c = 0; c < out.length; c++) {
            out[c] = Math.sqrt(squaredDistance(x, centroids[c]));
        }
        return out;
    }

    /** The nearest centroid of every point. */
    public int[] assign(double[][] points) {
        int[] labels = new int[points.length];
        for (int i = 0; i < points.length; i++) {
            labels[i] = nearest(points[i]);
        }
        return labels;
    }

    /** The same partition with its clusters renumbered: new cluster {@code i} is old cluster {@code order[i]}. */
    public KMeansModel reorder(int[] order) {
        if (order.length != centroids.length) {
            throw new IllegalArgumentException("order has " + order.length + " entries for " + k() + " clusters");
        }
        double[][] c = new double[order.length][];
        for (int i = 0; i < order.length; i++) {
            c[i] = centroids[order[i]];
        }
        return new KMeansModel(c, inertia, iterations, restart);
    }

    static int nearest(double[][] centroids, double[] x) {
        int best = 0;
        double bestDistance = Double.POSITIVE_INFINITY;
        for (int c = 0; c < centroids.length; c++) {
            double d = squaredDistance(x, centroids[c]);
            if (d < bestDistance) {
                bestDistance = d;
                best = c;
            }
        }
        return best;
    }

    static double squaredDistance(double[] a, double[] b) {
        double sum = 0;
        for (int j = 0; j < a.length; j++) {
            double diff = a[j] - b[j];
            sum += diff * diff;
        }
        return sum;
    }

    static double[][] deepCopy(double[][] rows) {
        double[][] out = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            out[i] = rows[i].clone();
        }
        return out;
    }

    @Override
    public String toString() {
        return "KMeansModel[k=" + k() + ", inertia=" + inertia + ", iterations=" + iterations + ", restart=" + restart
                + "]";
    }

    @Override
    public boolean equals(Object o) {
        return RecordValues.equal(this, o);
    }

    @Override
    public int hashCode() {
        return RecordValues.hash(this);
    }
}
