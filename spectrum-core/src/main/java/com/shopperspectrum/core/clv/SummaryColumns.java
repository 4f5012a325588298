package com.shopperspectrum.core.clv;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A {@link CustomerSummary} as plain columns (one entry per customer, in the summary's order) and its header: what a
 * model directory stores, and {@link CustomerSummary#of(SummaryColumns)} turns back into the same summary.
 *
 * @param repeatOffsets customer i's repeat days are {@code repeatDays[repeatOffsets[i] .. repeatOffsets[i + 1])}
 */
public record SummaryColumns(
        String[] ids,
        int[] x,
        double[] tx,
        double[] bigT,
        double[] mx,
        int[] holdoutX,
        int[] firstDay,
        int[] repeatOffsets,
        int[] repeatDays,
        ClvUnit unit,
        boolean hasMoney,
        LocalDate firstDataDay,
        LocalDate calibrationEnd,
        LocalDate lastDataDay,
        int newInHoldout) {
    public SummaryColumns {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(firstDataDay, "firstDataDay");
        Objects.requireNonNull(calibrationEnd, "calibrationEnd");
        Objects.requireNonNull(lastDataDay, "lastDataDay");
        int n = ids.length;
        if (x.length != n
                || tx.length != n
                || bigT.length != n
                || mx.length != n
                || holdoutX.length != n
                || firstDay.length != n
                || repeatOffsets.length != n + 1) {
            throw new IllegalArgumentException("the summary's columns do not all have " + n + " customers");
        }
        if (repeatOffsets[0] != 0 || repeatOffsets[n] != repeatDays.length) {
            throw new IllegalArgumentException("the repeat offsets do not cover the " + repeatDays.length + " days");
        }
        for (int i = 0; i < n; i++) {
            if (repeatOffsets[i] > repeatOffsets[i + 1] || x[i] < 0 || holdoutX[i] < 0) {
                throw new IllegalArgumentException("customer row " + i + " of the summary is not valid");
            }
        }
        if (firstDataDay.isAfter(calibrationEnd) || calibrationEnd.isAfter(lastDataDay) || newInHoldout < 0) {
            throw new IllegalArgumentException("the summary's days " + firstDataDay + ", " + calibrationEnd + ", "
                    + lastDataDay + " are not in order");
        }
    }
}
