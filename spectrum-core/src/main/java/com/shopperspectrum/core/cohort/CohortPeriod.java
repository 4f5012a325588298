package com.shopperspectrum.core.cohort;

import java.time.LocalDate;
import java.util.Locale;

/**
 * The length of a cohort period: ISO weeks (Monday to Sunday), calendar months or calendar quarters. Period
 * indices are consecutive integers, so the number of whole periods between two days is the difference of their
 * indices.
 */
public enum CohortPeriod {
    WEEK,
    MONTH,
    QUARTER;

    /** 1970-01-01 is a Thursday: the Monday of its week is day -3. */
    private static final int MONDAY_OFFSET = 3;

    /** The period index of the day {@code epochDay} (days since 1970-01-01). */
    public int index(int epochDay) {
        return switch (this) {
            case WEEK -> Math.floorDiv(epochDay + MONDAY_OFFSET, 7);
            case MONTH -> monthIndex(LocalDate.ofEpochDay(epochDay));
            case QUARTER -> Math.floorDiv(monthIndex(LocalDate.ofEpochDay(epochDay)), 3);
        };
    }

    private static int monthIndex(LocalDate d) {
        return d.getYear() * 12 + d.getMonthValue() - 1;
    }

    /** The first day of period {@code index}. */
    public LocalDate start(int index) {
        return switch (this) {
            case WEEK -> LocalDate.ofEpochDay(index * 7L - MONDAY_OFFSET);
            case MONTH -> LocalDate.of(Math.floorDiv(index, 12), Math.floorMod(index, 12) + 1, 1);
            case QUARTER -> LocalDate.of(Math.floorDiv(index, 4), Math.floorMod(index, 4) * 3 + 1, 1);
        };
    }

    /**
     * The name of period {@code index} as files show it: the Monday's date for a week ({@code 2010-11-29}), the
     * month for a month ({@code 2010-12}), the year and quarter for a quarter ({@code 2010-Q4}).
     */
    public String name(int index) {
        LocalDate start = start(index);
        return switch (this) {
            case WEEK -> start.toString();
            case MONTH -> start.toString().substring(0, 7);
            case QUARTER -> start.getYear() + "-Q" + (Math.floorMod(index, 4) + 1);
        };
    }

    /** Lower-case name, as options spell it. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The period named {@code text} (week, month, quarter; any case). */
    public static CohortPeriod parse(String text) {
        for (CohortPeriod p : values()) {
            if (p.label().equalsIgnoreCase(text.trim())) {
                return p;
            }
        }
        throw new IllegalArgumentException("--period must be week, month or quarter, got '" + text + "'");
    }
}
