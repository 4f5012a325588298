package com.shopperspectrum.io.read;

/**
 * Which part of a slash date ({@code 3/12/2011}) is the day, and the value that showed it.
 *
 * @param dayFirst true for {@code d/M/yyyy}, false for {@code M/d/yyyy}
 * @param line     where the deciding value is, e.g. {@code line 1234}
 * @param value    the deciding value, e.g. {@code 12/13/2010 9:00} (its second part cannot be a month)
 */
record DayMonthOrder(boolean dayFirst, String line, String value) {
    String pattern() {
        return dayFirst ? "d/M/yyyy" : "M/d/yyyy";
    }

    /** Finds the order of a file's slash dates (by reading it), or fails saying to give the pattern. */
    @FunctionalInterface
    interface Finder {
        DayMonthOrder find();
    }
}
