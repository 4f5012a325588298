package com.shopperspectrum.core.segment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Fits k-means: k-means++ seeding ({@link KMeansPlusPlus}; Arthur &amp; Vassilvitskii 2007) followed by Lloyd's
 * iterations (Lloyd, "Least squares quantization in PCM", 1982), repeated {@code restarts} times; the fit with
 * the lowest inertia is kept (ties: the lowest restart index).
 *
 * <p>Restarts run in parallel, but restart {@code r} draws from its own generator derived from
 * {@code (seed, r)} and the reduction is by (inertia, restart), so the result is the same for any number of
 * threads. An iteration assigns every point to its nearest centroid and moves each centroid to the mean of
 * its points; a cluster that loses all its points is moved onto the point farthest from its centroid (as
 * scikit-learn does). Iterations stop when no assignment changes, when the centroids move less than the
 * tolerance ({@link KMeansOptions#tolerance()}), or after {@code maxIterations}; the final assignment always
 * uses the final centroids, so the reported inertia is exactly that of nearest-centroid assignment.
 */
public final class KMeansTrainer {

    /** Fits {@code points} (n rows of d features, all finite). */
    public KMeansModel fit(double[][] points, KMeansOptions options) {
        validate(points, options);
        return IntStream.range(0, options.restarts())
                .parallel()
                .mapToObj(r -> fitOnce(points, options, r).model())
                .min(Comparator.comparingDouble(KMeansModel::inertia).thenComparingInt(KMeansModel::restart))
                .orElseThrow();
    }

    /** One restart: seeding from {@code (seed, restart)} and Lloyd's iterations, with the inertia trace. */
    Run fitOnce(double[][] points, KMeansOptions options, int restart) {
        SplittableRandom random = new SplittableRandom(options.seed() * 0x9E3779B97F4A7C15L + restart);
        double[][] seeds = KMeansPlusPlus.seed(points, options.k(), random);
        return lloyd(points, seeds, options, restart);
    }

    /** Lloyd's iterations from the given centroids. */
    static Run lloyd(double[][] points, double[][] initial, KMeansOptions options, int restart) {
        int n = points.length;
        int k = initial.length;
        double threshold = options.tolerance() * meanVariance(points);
        double[][] centroids = KMeansModel.deepCopy(initial);
        int[] labels = new int[n];
        java.util.Arrays.fill(labels, -1);
        double[] distance = new double[n];
        List<Double> trace = new ArrayList<>();
        int iterations = 0;
        boolean converged = false;
        while (true) {
            int changed = assignStep(points, centroids, labels, distance);
            trace.add(sum(distance));
            if (changed == 0 || converged || iterations == options.maxIterations()) {
                break;
            }
            double[][] next = updateStep(points, labels, distance, k, centroids);
            converged = shift(centroids, next) <= threshold;
            centroids = next;
            iterations++;
        }
        double inertia = trace.get(trace.size() - 1);
        return new Run(
                new KMeansModel(centroids, inertia, iterations, restart),
                labels,
                trace.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /** Assigns each point to its nearest centroid; returns how many assignments changed. */
    private static int assignStep(double[][] points, double[][] centroids, int[] labels, double[] distance) {
        int changed = 0;
        for (int i = 0; i < points.length; i++) {
            int best = 0;
            double bestDistance = Double.POSITIVE_INFINITY;
            for (int c = 0; c < centroids.length; c++) {
                double d = KMeansModel.squaredDistance(points[i], centroids[c]);
                if (d < bestDistance) {
                    bestDistance = d;
                    best = c;
                }
            }
            if (labels[i] != best) {
                labels[i] = best;
                changed++;
            }
            distance[i] = bestDistance;
        }
        return changed;
    }

    /** Cluster means; an empty cluster takes the farthest point not yet taken by another empty cluster. */
    private static double[][] updateStep(
            double[][] points, int[] labels, double[] distance, int k, double[][] previous) {
        int d = points[0].length;
        double[][] sums = new double[k][d];
        int[] counts = new int[k];
        for (int i = 0; i < points.length; i++) {
            counts[labels[i]]++;
            double[] s = sums[labels[i]];
            for (int j = 0; j < d; j++) {
                s[j] += points[i][j];
            }
        }
        boolean[] taken = new boolean[points.length];
        for (int c = 0; c < k; c++) {
            if (counts[c] == 0) {
                int far = farthest(distance, taken);
                taken[far] = true;
                sums[c] = far < 0 ? previous[c].clone() : points[far].clone();
                counts[c] = 1;
            }
            for (int j = 0; j < d; j++) {
                sums[c][j] /= counts[c];
            }
        }
        return sums;
    }

    private static int farthest(double[] distance, boolean[] taken) {
        int best = -1;
        for (int i = 0; i < distance.length; i++) {
            if (!taken[i] && (best < 0 || distance[i] > distance[best])) {
                best = i;
            }
        }
        return best;
    }

    private static double shift(double[][] a, double[][] b) {
        double total = 0;
        for (int c = 0; c < a.length; c++) {
            total += KMeansModel.squaredDistance(a[c], b[c]);
        }
        return total;
    }

    private static double meanVariance(double[][] points) {
        int n = points.length;
        int d = points[0].length;
        double total = 0;
        for (int j = 0; j < d; j++) {
            double mean = 0;
            for (double[] p : points) {
                mean += p[j];
            }
            mean /= n;
            double squares = 0;
            for (double[] p : points) {
                squares += (p[j] - mean) * (p[j] - mean);
            }
            total += squares / n;
        }
        return total / d;
    }

    private static double sum(double[] values) {
        double s = 0;
        for (double v : values) {
            s += v;
        }
        return s;
    }

    private static void validate(double[][] points, KMeansOptions options) {
        if (options.k() > points.length) {
            throw new IllegalArgumentException(
                    "k must be at most the number of points (" + points.length + "), got " + options.k());
        }
        int d = points[0].length;
        for (int i = 0; i < points.length; i++) {
            if (points[i].length != d) {
                throw new IllegalArgumentException(
                        "point " + i + " has " + points[i].length + " features, " + "expected " + d);
            }
            for (int j = 0; j < d; j++) {
                if (!Double.isFinite(points[i][j])) {
                    throw new IllegalArgumentException(
                            "point " + i + ", feature " + j + " is not finite: " + points[i][j]);
                }
            }
        }
    }

    /** One restart's result: the model, the final labels, and the inertia after every assignment step. */
    record Run(KMeansModel model, int[] labels, double[] inertiaTrace) {}
}
