package com.shopperspectrum.core.segment;

import java.util.SplittableRandom;

/**
 * K-means++ seeding (Arthur &amp; Vassilvitskii, "k-means++: The Advantages of Careful Seeding", SODA 2007):
 * the first centre is a uniformly random point, each next one is drawn with probability proportional to the
 * squared distance to the nearest centre chosen so far. In the greedy variant the authors mention in their
 * conclusion (and scikit-learn uses by default), each step draws {@code 2 + floor(ln k)} candidates and keeps
 * the one that lowers the potential (the sum of those squared distances) most.
 */
final class KMeansPlusPlus {
    private KMeansPlusPlus() {}

    static double[][] seed(double[][] points, int k, SplittableRandom random) {
        int n = points.length;
        int trials = 2 + (int) Math.floor(Math.log(k));
        double[][] centres = new double[k][];
        centres[0] = points[random.nextInt(n)].clone();
        double[] closest = new double[n];
        double potential = 0;
        for (int i = 0; i < n; i++) {
            closest[i] = KMeansModel.squaredDistance(points[i], centres[0]);
            potential += closest[i];
        }
        double[] cumulative = new double[n];
        double[] candidateClosest = new double[n];
        double[] bestClosest = new double[n];
        for (int c = 1; c < k; c++) {
            prefixSums(closest, cumulative);
            int best = -1;
            double bestPotential = Double.POSITIVE_INFINITY;
            for (int t = 0; t < trials; t++) {
                int candidate = draw(cumulative, potential, random);
                double candidatePotential = 0;
                for (int i = 0; i < n; i++) {
                    candidateClosest[i] =
                            Math.min(closest[i], KMeansModel.squaredDistance(points[i], points[candidate]));
                    candidatePotential += candidateClosest[i];
                }
                if (candidatePotential < bestPotential) {
                    bestPotential = candidatePotential;
                    best = candidate;
                    System.arraycopy(candidateClosest, 0, bestClosest, 0, n);
                }
            }
            centres[c] = points[best].clone();
            System.arraycopy(bestClosest, 0, closest, 0, n);
            potential = bestPotential;
        }
        return centres;
    }

    private static void prefixSums(double[] values, double[] out) {
        double sum = 0;
        for (int i = 0; i < values.length; i++) {
            sum += values[i];
            out[i] = sum;
        }
    }

    /** A point index drawn with probability proportional to its squared distance; uniform when all are 0. */
    private static int draw(double[] cumulative, double potential, SplittableRandom random) {
        int n = cumulative.length;
        double total = cumulative[n - 1];
        if (!(total > 0) || !(potential > 0)) {
            return random.nextInt(n);
        }
        double target = random.nextDouble() * total;
        int lo = 0;
        int hi = n - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] > target) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }
}
