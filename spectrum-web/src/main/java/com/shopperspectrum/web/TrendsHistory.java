package com.shopperspectrum.web;

import com.shopperspectrum.core.cohort.SegmentHistory;
import com.shopperspectrum.core.cohort.SegmentMonth;
import com.shopperspectrum.io.view.Money;
import java.util.ArrayList;
import java.util.List;

/**
 * The Trends page's month-end series as shown: a row per month end (customers per segment, customers won in the
 * month, the month's revenue) and a sentence per segment comparing the last point with the one before.
 *
 * @param lead  the series in words
 * @param names the segment names (the table's columns)
 * @param rows  the points, in date order
 */
record TrendsHistory(String lead, List<String> names, List<TrendsPage.MonthRow> rows) {
    static TrendsHistory of(SegmentHistory history, Money money) {
        List<TrendsPage.MonthRow> rows = new ArrayList<>();
        for (SegmentMonth m : history.months()) {
            List<String> customers = new ArrayList<>();
            for (int n : m.customers()) {
                customers.add(Format.number(n));
            }
            rows.add(new TrendsPage.MonthRow(
                    m.monthEnd().toString(), customers, Format.number(m.newCustomers()), revenue(m, money)));
        }
        return new TrendsHistory(lead(history), history.names(), rows);
    }

    /** The month's revenue: the segments' and the new customers'; "n/a" without prices. */
    private static String revenue(SegmentMonth m, Money money) {
        if (m.revenue() == null) {
            return "n/a";
        }
        double sum = m.newRevenue() == null ? 0 : m.newRevenue();
        for (double r : m.revenue()) {
            sum += r;
        }
        return Format.money(money, sum);
    }

    private static String lead(SegmentHistory h) {
        List<SegmentMonth> months = h.months();
        String scored = "Customers per k-means segment at each month end, every month scored with the segmentation "
                + "fitted as of the end of the data.";
        if (months.size() < 2) {
            return scored;
        }
        SegmentMonth last = months.get(months.size() - 1);
        SegmentMonth before = months.get(months.size() - 2);
        List<String> parts = new ArrayList<>();
        for (int k = 0; k < h.names().size(); k++) {
            int now = last.customers()[k];
            int diff = now - before.customers()[k];
            parts.add(h.names().get(k) + " " + Format.number(now) + " ("
                    + (diff == 0
                            ? "as many as"
                            : Format.number(Math.abs(diff)) + (diff > 0 ? " more than" : " fewer than"))
                    + " on " + before.monthEnd() + ")");
        }
        return scored + " On " + last.monthEnd() + ": " + String.join(", ", parts) + ".";
    }
}
