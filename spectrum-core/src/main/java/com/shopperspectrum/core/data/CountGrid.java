package com.shopperspectrum.core.data;

import java.util.List;
import java.util.Objects;

/**
 * The one rule for a labelled table of counts (a cross tabulation: {@code counts[row][column]}) kept in a record:
 * checked against its labels and copied in, copied out, so that the record stays immutable.
 */
public final class CountGrid {
    private CountGrid() {}

    /**
     * A copy of {@code counts}, checked to have one row per row label and one count per column label.
     *
     * @throws IllegalArgumentException naming the row that does not fit
     */
    public static int[][] checkedCopy(int[][] counts, List<String> rows, List<String> columns) {
        Objects.requireNonNull(counts, "counts");
        if (counts.length != rows.size()) {
            throw new IllegalArgumentException(counts.length + " count rows for " + rows.size() + " row labels");
        }
        for (int i = 0; i < counts.length; i++) {
            if (counts[i].length != columns.size()) {
                throw new IllegalArgumentException("row " + rows.get(i) + " has " + counts[i].length + " counts for "
                        + columns.size() + " columns");
            }
        }
        return copy(counts);
    }

    /** A deep copy of a two-dimensional int array (each row cloned). */
    public static int[][] copy(int[][] counts) {
        int[][] copy = new int[counts.length][];
        for (int i = 0; i < counts.length; i++) {
            copy[i] = counts[i].clone();
        }
        return copy;
    }
}
