package com.shopperspectrum.core.inventory;

import java.time.LocalDate;

/** The length of a demand period. Weeks run Monday to Sunday (ISO 8601); months are calendar months. */
public enum Period {
    DAY,
    WEEK,
    MONTH;

    /** 1970-01-01 is a Thursday: the Monday of its week is day -3. */
    private static final int MONDAY_OFFSET = 3;

    /** The period index (consecutive integers) of the day {@code epochDay} (days since 1970-01-01). */
    public int index(int epochDay) {
        return switch (this) {
            case DAY -> epochDay;
            case WEEK -> Math.floorDiv(epochDay + MONDAY_OFFSET, 7);
            case MONTH -> {
                LocalDate d = LocalDate.ofEpochDay(epochDay);
                yield d.getYear() * 12 + d.getMonthValue() - 1;
            }
        };
    }

    /** The first day of period {@code index}. */
    public LocalDate start(int index) {
        return switch (this) {
            case DAY -> LocalDate.ofEpochDay(index);
            case WEEK -> LocalDate.ofEpochDay(index * 7L - MONDAY_OFFSET);
            case MONTH -> LocalDate.of(Math.floorDiv(index, 12), Math.floorMod(index, 12) + 1, 1);
        };
    }

    /** Lower-case name, as options and files spell it. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** "daily", "weekly" or "monthly". */
    public String adjective() {
        return switch (this) {
            case DAY -> "daily";
            case WEEK -> "weekly";
            case MONTH -> "monthly";
        };
    }

    /** The period named {@code text} (day, week, month; any case). */
    public static Period parse(String text) {
        for (Period p : values()) {
            if (p.label().equalsIgnoreCase(text.trim())) {
                return p;
            }
        }
        throw new IllegalArgumentException("--period must be day, week or month, got '" + text + "'");
    }
}
