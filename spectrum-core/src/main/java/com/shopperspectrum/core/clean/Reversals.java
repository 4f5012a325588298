package com.shopperspectrum.core.clean;

import java.util.Arrays;

/**
 * Which purchase lines a later cancellation reverses, for the {@link CleaningRule#REVERSED} rule. The matching
 * order, which both engines share through this class:
 *
 * <ul>
 *   <li>A cancellation line (a {@code C…} invoice with a customer and quantity {@code -q}) can reverse a purchase
 *       line of the same customer and stock code with quantity exactly {@code q}, dated at or before it, that no
 *       other cancellation reversed.
 *   <li>Cancellations are taken in date-time order (then input order); each reverses the <em>latest</em> such
 *       purchase (by date-time, then input order): a return undoes the most recent matching sale.
 *   <li>A cancellation that finds none (its sale is before the data, or the quantities differ) reverses nothing.
 * </ul>
 */
public final class Reversals {
    private Reversals() {}

    /**
     * The events to match, all arrays of one length: {@code group} numbers the (customer, stock code, quantity)
     * of each event (any numbering, equal for equal triples), {@code time} its date-time in seconds, {@code order}
     * its input position (unique), {@code cancellation} whether it is a cancellation. Returns, per event, whether
     * it is a purchase that a cancellation reverses.
     */
    public static boolean[] reversed(int[] group, long[] time, long[] order, boolean[] cancellation) {
        int n = group.length;
        if (time.length != n || order.length != n || cancellation.length != n) {
            throw new IllegalArgumentException("event arrays of unequal length");
        }
        // Events by group, then date-time, purchases before cancellations of the same second, then input order.
        Integer[] byTime = new Integer[n];
        for (int i = 0; i < n; i++) {
            byTime[i] = i;
        }
        Arrays.sort(byTime, (a, b) -> {
            int c = Integer.compare(group[a], group[b]);
            if (c == 0) {
                c = Long.compare(time[a], time[b]);
            }
            if (c == 0) {
                c = Boolean.compare(cancellation[a], cancellation[b]);
            }
            return c != 0 ? c : Long.compare(order[a], order[b]);
        });
        boolean[] reversed = new boolean[n];
        int[] open = new int[n]; // the group's purchases not yet reversed, latest on top
        int top = 0;
        for (int k = 0; k < n; k++) {
            int e = byTime[k];
            if (k > 0 && group[byTime[k - 1]] != group[e]) {
                top = 0;
            }
            if (!cancellation[e]) {
                open[top++] = e;
            } else if (top > 0) {
                reversed[open[--top]] = true;
            }
        }
        return reversed;
    }
}
