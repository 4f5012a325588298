package com.shopperspectrum.core.clean;

import com.shopperspectrum.core.data.TransactionTable;

/**
 * Finds exact repeats of earlier rows of one table: all eight fields equal. An open-addressing hash set of
 * row numbers (two ints of memory per row, no objects per row); rows are offered in order and
 * {@link #isRepeat(int)} answers whether an equal row was offered before.
 */
final class DuplicateDetector {
    private final TransactionTable table;
    private final int[] slots;
    private final int mask;

    DuplicateDetector(TransactionTable table, int expectedRows) {
        this.table = table;
        int capacity = Integer.highestOneBit(Math.max(4, expectedRows) * 2 - 1) << 1;
        slots = new int[capacity];
        java.util.Arrays.fill(slots, -1);
        mask = capacity - 1;
    }

    /** Offers {@code row}; true when an equal row was offered before (then the row is not stored). */
    boolean isRepeat(int row) {
        int i = hash(row) & mask;
        while (slots[i] >= 0) {
            if (sameRow(slots[i], row)) {
                return true;
            }
            i = (i + 1) & mask;
        }
        slots[i] = row;
        return false;
    }

    private int hash(int r) {
        long h = table.invoice(r);
        h = h * 31 + table.product(r);
        h = h * 31 + table.description(r);
        h = h * 31 + table.quantity(r);
        h = h * 31 + Double.hashCode(table.unitPrice(r));
        h = h * 31 + Long.hashCode(table.time(r));
        h = h * 31 + table.customer(r);
        h = h * 31 + table.country(r);
        h ^= h >>> 29;
        h *= 0xBF58476D1CE4E5B9L;
        return (int) (h ^ (h >>> 32));
    }

    private boolean sameRow(int a, int b) {
        TransactionTable t = table;
        return t.invoice(a) == t.invoice(b)
                && t.product(a) == t.product(b)
                && t.description(a) == t.description(b)
                && t.quantity(a) == t.quantity(b)
                && Double.compare(t.unitPrice(a), t.unitPrice(b)) == 0
                && t.time(a) == t.time(b)
                && t.customer(a) == t.customer(b)
                && t.country(a) == t.country(b);
    }
}
