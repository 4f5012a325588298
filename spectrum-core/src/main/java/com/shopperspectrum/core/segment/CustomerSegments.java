package com.shopperspectrum.core.segment;

import com.shopperspectrum.core.data.RecordValues;

/**
 * The segment of every customer of an RFM table, row for row: k-means cluster, RFM scores and named RFM
 * segment. Arrays are copied in and out.
 *
 * @param clusters    k-means cluster per customer
 * @param rScores     recency score per customer (recent = 5)
 * @param fScores     frequency score per customer
 * @param mScores     monetary score per customer (0 when monetary data is unavailable)
 * @param rfmSegments named RFM segment per customer
 */
public record CustomerSegments(int[] clusters, int[] rScores, int[] fScores, int[] mScores, RfmSegment[] rfmSegments) {
    public CustomerSegments {
        int n = clusters.length;
        if (rScores.length != n || fScores.length != n || mScores.length != n || rfmSegments.length != n) {
            throw new IllegalArgumentException("customer segment columns differ in length");
        }
        clusters = clusters.clone();
        rScores = rScores.clone();
        fScores = fScores.clone();
        mScores = mScores.clone();
        rfmSegments = rfmSegments.clone();
    }

    public int size() {
        return clusters.length;
    }

    public int cluster(int row) {
        return clusters[row];
    }

    public int rScore(int row) {
        return rScores[row];
    }

    public int fScore(int row) {
        return fScores[row];
    }

    public int mScore(int row) {
        return mScores[row];
    }

    public RfmSegment rfmSegment(int row) {
        return rfmSegments[row];
    }

    @Override
    public int[] clusters() {
        return clusters.clone();
    }

    @Override
    public int[] rScores() {
        return rScores.clone();
    }

    @Override
    public int[] fScores() {
        return fScores.clone();
    }

    @Override
    public int[] mScores() {
        return mScores.clone();
    }

    @Override
    public RfmSegment[] rfmSegments() {
        return rfmSegments.clone();
    }

    @Override
    public String toString() {
        return "CustomerSegments[customers=" + size() + "]";
    }

    /**
     * The per-customer result of a fitted model: the given cluster labels plus the RFM quintile scores and named
     * RFM segment of each raw (recency, frequency, monetary) row. Shared by the embedded and the Spark engine.
     */
    public static CustomerSegments score(SegmentModel model, double[][] raw, int[] labels) {
        int n = raw.length;
        int[] r = new int[n];
        int[] f = new int[n];
        int[] m = new int[n];
        RfmSegment[] named = new RfmSegment[n];
        RfmQuintiles q = model.quintiles();
        for (int i = 0; i < n; i++) {
            r[i] = q.recencyScore(raw[i][0]);
            f[i] = q.frequencyScore(raw[i][1]);
            m[i] = model.hasMonetary() ? q.monetaryScore(raw[i][2]) : 0;
            named[i] = RfmSegment.of(r[i], f[i], m[i]);
        }
        return new CustomerSegments(labels, r, f, m, named);
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
