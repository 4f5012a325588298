package com.shopperspectrum.core.cohort;

import com.shopperspectrum.core.data.CountGrid;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Customers counted by their segment as of A (rows; the last row is {@link #NOT_YET} for the customers with no
 * purchase before A) and as of B (columns). Each row sums to the customers in that row's state as of A (the last
 * row: the customers won between A and B); the whole matrix sums to the customers as of B.
 *
 * @param rows    the row labels: the segments, then {@link #NOT_YET}
 * @param columns the column labels: the segments
 * @param counts  customers per (row, column)
 */
public record MigrationMatrix(List<String> rows, List<String> columns, int[][] counts) {
    /** The label of the row of customers who had no purchase before A. */
    public static final String NOT_YET = "not yet a customer";

    public MigrationMatrix {
        rows = List.copyOf(rows);
        columns = List.copyOf(columns);
        counts = CountGrid.checkedCopy(counts, rows, columns);
    }

    public int count(int row, int column) {
        return counts[row][column];
    }

    /** The customers in row {@code row}'s state. */
    public int rowTotal(int row) {
        return Arrays.stream(counts[row]).sum();
    }

    /** The customers in column {@code column}'s segment as of B. */
    public int columnTotal(int column) {
        int sum = 0;
        for (int[] row : counts) {
            sum += row[column];
        }
        return sum;
    }

    /** All customers as of B. */
    public int total() {
        return Arrays.stream(counts).flatMapToInt(Arrays::stream).sum();
    }

    @Override
    public int[][] counts() {
        return CountGrid.copy(counts);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MigrationMatrix m
                && rows.equals(m.rows)
                && columns.equals(m.columns)
                && Arrays.deepEquals(counts, m.counts);
    }

    @Override
    public int hashCode() {
        return Objects.hash(rows, columns, Arrays.deepHashCode(counts));
    }

    @Override
    public String toString() {
        return "MigrationMatrix[rows=" + rows + ", columns=" + columns + ", counts=" + Arrays.deepToString(counts)
                + "]";
    }
}
