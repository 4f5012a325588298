package com.shopperspectrum.core.cohort;

import com.shopperspectrum.core.data.CountGrid;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Each customer's k-means segment and named RFM segment at every point of the month-end series (the day after
 * each month end, the last point B), scored with the segmentation fitted as of B as the series is: what the
 * migration from any month end to B and "At-Risk since …" are read from. Rows are the customers of the state as of
 * B (customer-id order); -1 marks a customer who was not yet a customer at that point. Immutable.
 *
 * @param points   the states' days, ascending, the last one B
 * @param clusters per point, each row's cluster (or -1)
 * @param rfm      per point, each row's {@link com.shopperspectrum.core.segment.RfmSegment} ordinal (or -1)
 */
public record CustomerMonths(List<LocalDate> points, int[][] clusters, int[][] rfm) {
    public CustomerMonths {
        points = List.copyOf(points);
        Objects.requireNonNull(clusters, "clusters");
        Objects.requireNonNull(rfm, "rfm");
        if (clusters.length != points.size() || rfm.length != points.size()) {
            throw new IllegalArgumentException(
                    points.size() + " points, " + clusters.length + " cluster columns, " + rfm.length + " RFM columns");
        }
        clusters = CountGrid.copy(clusters);
        rfm = CountGrid.copy(rfm);
        for (int p = 0; p < points.size(); p++) {
            if (clusters[p].length != clusters[0].length || rfm[p].length != clusters[0].length) {
                throw new IllegalArgumentException("point " + points.get(p) + " has " + clusters[p].length
                        + " clusters and " + rfm[p].length + " RFM segments for " + clusters[0].length + " customers");
            }
        }
    }

    /** The customers (rows). */
    public int size() {
        return clusters.length == 0 ? 0 : clusters[0].length;
    }

    /** The index of the point {@code day}, or -1. */
    public int point(LocalDate day) {
        return points.indexOf(day);
    }

    /** Row {@code row}'s cluster at point {@code p}, or -1 when not yet a customer. */
    public int cluster(int p, int row) {
        return clusters[p][row];
    }

    /** Row {@code row}'s named RFM segment ordinal at point {@code p}, or -1. */
    public int rfmSegment(int p, int row) {
        return rfm[p][row];
    }

    /**
     * The first point from which row {@code row} has been in its segment at B without a break (B itself when it
     * moved into it in the last month).
     */
    public LocalDate since(int row) {
        int last = points.size() - 1;
        int now = clusters[last][row];
        int p = last;
        while (p > 0 && clusters[p - 1][row] == now) {
            p--;
        }
        return points.get(p);
    }

    @Override
    public int[][] clusters() {
        return CountGrid.copy(clusters);
    }

    @Override
    public int[][] rfm() {
        return CountGrid.copy(rfm);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CustomerMonths m
                && points.equals(m.points)
                && Arrays.deepEquals(clusters, m.clusters)
                && Arrays.deepEquals(rfm, m.rfm);
    }

    @Override
    public int hashCode() {
        return Objects.hash(points, Arrays.deepHashCode(clusters), Arrays.deepHashCode(rfm));
    }
}
