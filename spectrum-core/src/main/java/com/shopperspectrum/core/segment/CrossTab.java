package com.shopperspectrum.core.segment;

import java.util.List;

/**
 * Customer counts of k-means segments (rows) against named RFM segments (columns).
 *
 * @param rows    k-means segment names, by cluster
 * @param columns named RFM segment labels, in {@link RfmSegment} order
 * @param counts  {@code counts[row][column]} customers
 */
public record CrossTab(List<String> rows, List<String> columns, int[][] counts) {
    public CrossTab {
        rows = List.copyOf(rows);
        columns = List.copyOf(columns);
        if (counts.length != rows.size()) {
            throw new IllegalArgumentException(counts.length + " count rows for " + rows.size() + " segments");
        }
        int[][] copy = new int[counts.length][];
        for (int i = 0; i < counts.length; i++) {
            if (counts[i].length != columns.size()) {
                throw new IllegalArgumentException(
                        "count row " + i + " has " + counts[i].length + " columns, " + "expected " + columns.size());
            }
            copy[i] = counts[i].clone();
        }
        counts = copy;
    }

    @Override
    public int[][] counts() {
        int[][] copy = new int[counts.length][];
        for (int i = 0; i < counts.length; i++) {
            copy[i] = counts[i].clone();
        }
        return copy;
    }

    public int count(int row, int column) {
        return counts[row][column];
    }
}
