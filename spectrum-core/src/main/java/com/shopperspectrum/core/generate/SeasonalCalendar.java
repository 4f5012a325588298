package com.shopperspectrum.core.generate;

import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Maps a position in [0, 1) of the output to a local date-time from 2010-12-01 to 2011-12-09, the period of the
 * original data, through the cumulative intensity of trading hours: weekday (no Saturday trading, quiet
 * Sundays), hour of day (7:00 to 20:59, busiest at noon) and month (a climb from September to a November peak
 * about two and a half times January's, as in the original). Positions in order give times in order.
 */
final class SeasonalCalendar {
    static final LocalDate FIRST_DAY = LocalDate.of(2010, 12, 1);
    static final LocalDate LAST_DAY = LocalDate.of(2011, 12, 9);
    /** Rows per trading day in the original, by month (thousands): a climb from September to November. */
    private static final double[] MONTH = {1.13, 0.99, 1.18, 1.0, 1.19, 1.23, 1.27, 1.14, 1.67, 1.96, 2.82, 2.83};

    private static final double FIRST_DECEMBER = 1.37;
    private static final double[] WEEKDAY = {1.0, 1.1, 1.1, 1.25, 0.85, 0.0, 0.6};
    private static final double[] HOUR = {
        0, 0, 0, 0, 0, 0, 0, 0.05, 0.5, 0.9, 1.2, 1.3, 1.5, 1.4, 1.2, 1.1, 0.6, 0.3, 0.15, 0.15, 0.05, 0, 0, 0
    };
    private final long startSeconds;
    private final double[] hourWeight;
    private final double[] cumulative;

    SeasonalCalendar() {
        startSeconds = FIRST_DAY.atStartOfDay().toEpochSecond(ZoneOffset.UTC);
        int days = (int) (LAST_DAY.toEpochDay() - FIRST_DAY.toEpochDay()) + 1;
        hourWeight = new double[days * 24];
        cumulative = new double[hourWeight.length + 1];
        for (int d = 0; d < days; d++) {
            LocalDate day = FIRST_DAY.plusDays(d);
            double month = day.getYear() == FIRST_DAY.getYear() ? FIRST_DECEMBER : MONTH[day.getMonthValue() - 1];
            double dayWeight = month * WEEKDAY[day.getDayOfWeek().getValue() - 1];
            for (int h = 0; h < 24; h++) {
                hourWeight[d * 24 + h] = dayWeight * HOUR[h];
            }
        }
        for (int s = 0; s < hourWeight.length; s++) {
            cumulative[s + 1] = cumulative[s] + hourWeight[s];
        }
    }

    /** The local date-time, in epoch seconds (whole minutes), at position {@code f} in [0, 1). */
    long time(double f) {
        double target = Math.min(Math.max(f, 0), 1) * cumulative[hourWeight.length];
        int lo = 0;
        int hi = hourWeight.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (cumulative[mid] <= target) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        while (hourWeight[lo] == 0 && lo > 0) {
            lo--;
        }
        int minute = (int) Math.min(59, Math.max(0, (target - cumulative[lo]) / hourWeight[lo] * 60));
        return startSeconds + lo * 3600L + minute * 60L;
    }
}
