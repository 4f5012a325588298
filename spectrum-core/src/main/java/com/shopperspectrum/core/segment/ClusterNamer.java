package com.shopperspectrum.core.segment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Business names for k-means clusters, from their centroids in feature space (z-scores of the transformed
 * recency, frequency and, when available, monetary value; feature 0 is recency, 1 frequency, 2 monetary).
 * The transforms are monotone, so "higher centroid coordinate" means "higher typical value" in RFM units too.
 *
 * <p>Rules, applied in order (deterministic; they depend only on the centroids, so the same partition found
 * from another seed gets the same names):
 * <ol>
 *   <li>The four tiers are, in order, <b>High-Value</b> (high frequency and monetary value, low recency),
 *       <b>Regular</b>, <b>Occasional</b> and <b>At-Risk</b> (long recency). How many clusters each tier gets:
 *       k = 1: one cluster, "All Customers"; k = 2: High-Value and At-Risk; k = 3: High-Value, Regular and
 *       At-Risk; k &ge; 4: tier t (0..3) gets {@code floor((t+1)k/4) - floor(tk/4)} clusters, so each tier has
 *       at least one (k = 4: one each).</li>
 *   <li>At-Risk takes the clusters with the highest recency coordinate.</li>
 *   <li>The other clusters are ranked by their value score, frequency + monetary coordinates (frequency alone
 *       without monetary data), highest first (ties: lower recency, then lower index), and fill High-Value,
 *       Regular and Occasional in that order.</li>
 *   <li>When a tier has several clusters they are numbered in rank order: "High-Value", "High-Value 2", ...
 *       (for At-Risk, "At-Risk 2" has the longer recency).</li>
 * </ol>
 * Clusters are then renumbered in tier order (High-Value first, At-Risk last), so cluster numbers are stable
 * across seeds too.
 */
public final class ClusterNamer {
    public static final String HIGH_VALUE = "High-Value";
    public static final String REGULAR = "Regular";
    public static final String OCCASIONAL = "Occasional";
    public static final String AT_RISK = "At-Risk";
    public static final String ALL = "All Customers";
    private static final String[] TIERS = {HIGH_VALUE, REGULAR, OCCASIONAL, AT_RISK};

    private ClusterNamer() {}

    /**
     * The naming of the given centroids.
     *
     * @return {@code order[i]} is the old index of new cluster {@code i}; {@code names[i]} is its name
     */
    public static Naming name(double[][] centroids) {
        int k = centroids.length;
        if (k == 1) {
            return new Naming(new int[] {0}, new String[] {ALL});
        }
        int[] counts = tierCounts(k);
        List<Integer> byRecency = new ArrayList<>(indices(k));
        byRecency.sort(
                Comparator.<Integer>comparingDouble(c -> -centroids[c][0]).thenComparingInt(c -> c));
        List<Integer> atRisk = new ArrayList<>(byRecency.subList(0, counts[3]));
        atRisk.sort(Comparator.<Integer>comparingDouble(c -> centroids[c][0]).thenComparingInt(c -> c));
        List<Integer> rest = new ArrayList<>(byRecency.subList(counts[3], k));
        rest.sort(Comparator.<Integer>comparingDouble(c -> -value(centroids[c]))
                .thenComparingDouble(c -> centroids[c][0])
                .thenComparingInt(c -> c));
        int[] order = new int[k];
        String[] names = new String[k];
        int next = 0;
        int taken = 0;
        for (int tier = 0; tier < 3; tier++) {
            for (int i = 0; i < counts[tier]; i++) {
                order[next] = rest.get(taken++);
                names[next++] = numbered(TIERS[tier], i);
            }
        }
        for (int i = 0; i < atRisk.size(); i++) {
            order[next] = atRisk.get(i);
            names[next++] = numbered(AT_RISK, i);
        }
        return new Naming(order, names);
    }

    static int[] tierCounts(int k) {
        if (k == 2) {
            return new int[] {1, 0, 0, 1};
        }
        if (k == 3) {
            return new int[] {1, 1, 0, 1};
        }
        int[] counts = new int[4];
        for (int t = 0; t < 4; t++) {
            counts[t] = Math.floorDiv((t + 1) * k, 4) - Math.floorDiv(t * k, 4);
        }
        return counts;
    }

    private static double value(double[] centroid) {
        double v = 0;
        for (int j = 1; j < centroid.length; j++) {
            v += centroid[j];
        }
        return v;
    }

    private static String numbered(String name, int i) {
        return i == 0 ? name : name + " " + (i + 1);
    }

    private static List<Integer> indices(int k) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            out.add(i);
        }
        return out;
    }

    /**
     * A naming: new cluster {@code i} is old cluster {@code order[i]} and is called {@code names[i]}.
     *
     * @param order old cluster index of each new cluster
     * @param names name of each new cluster
     */
    public record Naming(int[] order, String[] names) {
        public Naming {
            order = order.clone();
            names = names.clone();
        }

        @Override
        public int[] order() {
            return order.clone();
        }

        @Override
        public String[] names() {
            return names.clone();
        }
    }
}
