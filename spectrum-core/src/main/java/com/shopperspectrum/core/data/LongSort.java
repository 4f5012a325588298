package com.shopperspectrum.core.data;

import java.util.Arrays;

/**
 * Sorts packed keys ({@code (first << 32) | second}, both non-negative) in ascending order, as
 * {@link Arrays#sort(long[], int, int)} does, by a least-significant-digit radix sort on bytes: one pass counts
 * every byte's values, then one stable scatter per byte in which the keys differ (the bytes that are equal in all
 * keys, such as the zero bytes between the two packed halves, are skipped). The many "distinct pairs" counts of
 * training (customers per product, invoices per customer, histories, cohorts, countries) sort a few hundred
 * thousand such keys, where this takes 4–5 linear passes instead of a comparison sort's n log n compares; the
 * order is the same whatever the method (keys are plain values), so the results are too.
 *
 * <p>Takes a scratch array of the range's length (8 bytes per key), as {@link Arrays#parallelSort(long[])} does.
 * Short ranges and ranges with a negative key are sorted by {@link Arrays#sort(long[], int, int)}.
 *
 * <p>Reference: Knuth, The Art of Computer Programming, vol. 3, §5.2.5 (radix sorting).
 */
public final class LongSort {
    /** Below this many keys the comparison sort is as fast. */
    static final int RADIX_FROM = 2048;

    private LongSort() {}

    /** Sorts {@code a}. */
    public static void sort(long[] a) {
        sort(a, 0, a.length);
    }

    /** Sorts {@code a[from..to)} ascending. */
    public static void sort(long[] a, int from, int to) {
        int n = to - from;
        if (n < RADIX_FROM) {
            Arrays.sort(a, from, to);
            return;
        }
        long differ = 0;
        long first = a[from];
        for (int i = from; i < to; i++) {
            differ |= a[i] ^ first;
        }
        if ((first | differ) < 0) { // a negative key (its sign bit set): the comparison sort handles the sign
            Arrays.sort(a, from, to);
            return;
        }
        int[][] counts = counts(a, from, to, differ);
        long[] src = a;
        long[] dst = new long[n];
        int srcFrom = from;
        int dstFrom = 0;
        for (int d = 0; d < Long.BYTES; d++) {
            if (counts[d] == null) {
                continue;
            }
            scatter(src, srcFrom, dst, dstFrom, n, 8 * d, counts[d]);
            long[] t = src;
            src = dst;
            dst = t;
            int f = srcFrom;
            srcFrom = dstFrom;
            dstFrom = f;
        }
        if (src != a) {
            System.arraycopy(src, srcFrom, a, from, n);
        }
    }

    /** Every needed byte's value counts (null for a byte that is the same in all keys), in one pass. */
    private static int[][] counts(long[] a, int from, int to, long differ) {
        int[][] counts = new int[Long.BYTES][];
        for (int d = 0; d < Long.BYTES; d++) {
            if (((differ >>> (8 * d)) & 0xFF) != 0) {
                counts[d] = new int[256];
            }
        }
        for (int d = 0; d < Long.BYTES; d++) {
            int[] c = counts[d];
            if (c != null) {
                int shift = 8 * d;
                for (int i = from; i < to; i++) {
                    c[(int) (a[i] >>> shift) & 0xFF]++;
                }
            }
        }
        return counts;
    }

    /** One stable pass: the keys of {@code src} into {@code dst}, by the byte at {@code shift}. */
    private static void scatter(long[] src, int srcFrom, long[] dst, int dstFrom, int n, int shift, int[] count) {
        int[] next = new int[256];
        int at = dstFrom;
        for (int v = 0; v < 256; v++) {
            next[v] = at;
            at += count[v];
        }
        for (int i = srcFrom, end = srcFrom + n; i < end; i++) {
            long k = src[i];
            dst[next[(int) (k >>> shift) & 0xFF]++] = k;
        }
    }
}
