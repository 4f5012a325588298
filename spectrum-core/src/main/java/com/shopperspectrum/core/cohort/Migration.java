package com.shopperspectrum.core.cohort;

import com.shopperspectrum.core.segment.RfmSegment;
import com.shopperspectrum.core.segment.SegmentModel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The customers' movement from A to B: both states scored with the segmentation fitted as of B (its scaler,
 * centroids, names and RFM quintile boundaries), so that a change of segment is a change of the customer, not of
 * the model. Every customer as of A is a customer as of B (a purchase before A is before B). Immutable.
 *
 * @param options the dates and segmentation options
 * @param model   the segmentation fitted as of B
 * @param from    the state as of A
 * @param to      the state as of B (its segments are those of the fit)
 */
public record Migration(MigrationOptions options, SegmentModel model, SegmentState from, SegmentState to) {
    public Migration {
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }

    /** The k-means segments: rows as of A (and "not yet a customer"), columns as of B. */
    public MigrationMatrix segments() {
        int k = model.k();
        int[][] counts = new int[k + 1][k];
        int[] before = rowsBefore();
        for (int i = 0; i < to.size(); i++) {
            int row = before[i] < 0 ? k : from.segments().cluster(before[i]);
            counts[row][to.segments().cluster(i)]++;
        }
        List<String> rows = new ArrayList<>(model.names());
        rows.add(MigrationMatrix.NOT_YET);
        return new MigrationMatrix(rows, model.names(), counts);
    }

    /** The named RFM segments (in {@link RfmSegment} order): rows as of A (and "not yet a customer"), columns as of B. */
    public MigrationMatrix rfmSegments() {
        RfmSegment[] all = RfmSegment.values();
        int[][] counts = new int[all.length + 1][all.length];
        int[] before = rowsBefore();
        for (int i = 0; i < to.size(); i++) {
            int row = before[i] < 0
                    ? all.length
                    : from.segments().rfmSegment(before[i]).ordinal();
            counts[row][to.segments().rfmSegment(i).ordinal()]++;
        }
        List<String> labels = Arrays.stream(all).map(RfmSegment::label).toList();
        List<String> rows = new ArrayList<>(labels);
        rows.add(MigrationMatrix.NOT_YET);
        return new MigrationMatrix(rows, labels, counts);
    }

    /** One move per customer as of B, in customer-id order. */
    public List<CustomerMove> moves() {
        int[] before = rowsBefore();
        boolean money = to.rfm().hasMonetary();
        List<CustomerMove> moves = new ArrayList<>(to.size());
        for (int i = 0; i < to.size(); i++) {
            int a = before[i];
            moves.add(new CustomerMove(
                    to.rfm().customerId(i),
                    a < 0 ? null : model.names().get(from.segments().cluster(a)),
                    model.names().get(to.segments().cluster(i)),
                    a < 0 ? null : from.segments().rfmSegment(a).label(),
                    to.segments().rfmSegment(i).label(),
                    a < 0 ? null : from.rfm().recency(a),
                    to.rfm().recency(i),
                    a < 0 ? null : from.rfm().frequency(a),
                    to.rfm().frequency(i),
                    a < 0 || !money ? null : from.rfm().monetary(a),
                    money ? to.rfm().monetary(i) : null));
        }
        return moves;
    }

    /** For each row of the state as of B, the customer's row as of A, or -1. */
    private int[] rowsBefore() {
        Map<String, Integer> rowOf = new HashMap<>(from.size() * 4 / 3 + 1);
        for (int i = 0; i < from.size(); i++) {
            rowOf.put(from.rfm().customerId(i), i);
        }
        int[] out = new int[to.size()];
        for (int i = 0; i < to.size(); i++) {
            out[i] = rowOf.getOrDefault(to.rfm().customerId(i), -1);
        }
        return out;
    }
}
