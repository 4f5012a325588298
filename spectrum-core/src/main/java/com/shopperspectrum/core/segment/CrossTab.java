package com.shopperspectrum.core.segment;

import com.shopperspectrum.core.data.CountGrid;
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
        counts = CountGrid.checkedCopy(counts, rows, columns);
    }

    @Override
    public int[][] counts() {
        return CountGrid.copy(counts);
    }

    public int count(int row, int column) {
        return counts[row][column];
    }
}
