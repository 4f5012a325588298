package com.shopperspectrum.web;

import com.shopperspectrum.core.model.SpectrumModel;
import com.shopperspectrum.core.profile.DataProfile;
import com.shopperspectrum.core.rfm.RfmTable;
import com.shopperspectrum.io.view.Money;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;

/**
 * The overview's charts: revenue and invoices per month, revenue by country, the top products, and histograms
 * of recency, frequency and monetary value (bins chosen for reading, wider where values are sparse).
 */
record OverviewCharts(
        Chart monthly, Chart countries, Chart topProducts, Chart recency, Chart frequency, Chart monetary) {
    private static final double[] RECENCY_EDGES = {1, 8, 31, 61, 91, 181, 271, 366, Double.POSITIVE_INFINITY};
    private static final double[] FREQUENCY_EDGES = {1, 2, 3, 4, 5, 6, 11, 21, 51, Double.POSITIVE_INFINITY};
    private static final double[] MONETARY_EDGES = {
        Double.NEGATIVE_INFINITY, 100, 250, 500, 1000, 2500, 5000, 10000, 50000, Double.POSITIVE_INFINITY
    };

    static OverviewCharts of(SpectrumModel model, Money money) {
        DataProfile p = model.profile();
        RfmTable rfm = model.customers().rfm();
        Chart monthly = monthly(p);
        Chart countries = countries(p);
        return new OverviewCharts(
                p.moneyAvailable() ? monthly.named(monthly.xName(), money.label("revenue")) : monthly,
                p.moneyAvailable() ? countries.named(countries.xName(), money.label("revenue")) : countries,
                topProducts(p),
                histogram("Recency (days since last purchase)", rfm.recencies(), RECENCY_EDGES, "days"),
                histogram("Frequency (invoices)", rfm.frequencies(), FREQUENCY_EDGES, "invoices"),
                rfm.hasMonetary()
                        ? histogram(
                                "Monetary value (total spent)",
                                rfm.monetaries(),
                                MONETARY_EDGES,
                                money.label("amount spent"))
                        : null);
    }

    private static Chart monthly(DataProfile p) {
        return monthly(p.monthly(), p.firstDate(), p.lastDate(), p.moneyAvailable());
    }

    /**
     * Revenue and invoices per calendar month from the first to the last month with data: a month without sales
     * is a zero, not a gap, and a first or last month that the data cover only in part (starting after the 1st,
     * ending before the month's last day) is labelled "yyyy-MM (partial)", so its low bar is not read as a
     * collapse.
     */
    static Chart monthly(List<DataProfile.Month> data, LocalDateTime first, LocalDateTime last, boolean money) {
        TreeMap<YearMonth, DataProfile.Month> byMonth = new TreeMap<>();
        data.forEach(m -> byMonth.put(YearMonth.parse(m.month()), m));
        List<String> months = new ArrayList<>();
        List<Double> revenue = new ArrayList<>();
        List<Double> invoices = new ArrayList<>();
        if (!byMonth.isEmpty()) {
            YearMonth end = byMonth.lastKey();
            for (YearMonth ym = byMonth.firstKey(); !ym.isAfter(end); ym = ym.plusMonths(1)) {
                DataProfile.Month m = byMonth.get(ym);
                months.add(ym + (partial(ym, first, last) ? " (partial)" : ""));
                revenue.add(m == null || m.revenue() == null ? 0.0 : m.revenue());
                invoices.add(m == null ? 0.0 : (double) m.invoices());
            }
        }
        List<Chart.Series> series = money
                ? List.of(Chart.Series.bar("Revenue", revenue), Chart.Series.line("Invoices", invoices, 1))
                : List.of(Chart.Series.bar("Invoices", invoices));
        return Chart.bars("Revenue and invoices per month", months, series, money ? "revenue" : "invoices");
    }

    private static boolean partial(YearMonth ym, LocalDateTime first, LocalDateTime last) {
        boolean lateStart = first != null && YearMonth.from(first).equals(ym) && first.getDayOfMonth() != 1;
        boolean earlyEnd =
                last != null && YearMonth.from(last).equals(ym) && last.getDayOfMonth() != ym.lengthOfMonth();
        return lateStart || earlyEnd;
    }

    private static Chart countries(DataProfile p) {
        List<String> names = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        p.byCountry().stream().limit(10).forEach(c -> {
            names.add(c.country());
            values.add(p.moneyAvailable() ? c.revenue() : (double) c.invoices());
        });
        String what = p.moneyAvailable() ? "Revenue" : "Invoices";
        return new Chart(
                what + " by country (top 10)",
                names,
                List.of(Chart.Series.bar(what, values)),
                false,
                false,
                true,
                "",
                what.toLowerCase(Locale.ROOT));
    }

    private static Chart topProducts(DataProfile p) {
        List<String> names = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        for (DataProfile.ProductTotal t : p.topProducts().byQuantity()) {
            names.add(t.stockCode() + " " + (t.description() == null ? "" : t.description()));
            values.add((double) t.quantity());
        }
        return new Chart(
                "Top products by units",
                names,
                List.of(Chart.Series.bar("Units", values)),
                false,
                false,
                true,
                "",
                "units");
    }

    static Chart histogram(String title, double[] values, double[] edges, String unit) {
        long[] counts = new long[edges.length - 1];
        for (double v : values) {
            for (int b = 0; b < counts.length; b++) {
                if (v >= edges[b] && v < edges[b + 1]) {
                    counts[b]++;
                    break;
                }
            }
        }
        List<String> labels = new ArrayList<>();
        List<Double> heights = new ArrayList<>();
        for (int b = 0; b < counts.length; b++) {
            labels.add(label(edges[b], edges[b + 1]));
            heights.add((double) counts[b]);
        }
        return new Chart(
                title, labels, List.of(Chart.Series.bar("Customers", heights)), false, false, false, unit, "customers");
    }

    private static String label(double lo, double hi) {
        if (Double.isInfinite(lo)) {
            return "< " + compact(hi);
        }
        if (Double.isInfinite(hi)) {
            return compact(lo) + "+";
        }
        return hi - lo == 1 ? compact(lo) : compact(lo) + "–" + compact(hi - 1);
    }

    private static String compact(double v) {
        return v >= 1000 && v % 1000 == 0 ? (long) (v / 1000) + "k" : String.valueOf((long) v);
    }

    static double[] toDoubles(int[] values) {
        double[] d = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            d[i] = values[i];
        }
        return d;
    }

    private static Chart histogram(String title, int[] values, double[] edges, String unit) {
        return histogram(title, toDoubles(values), edges, unit);
    }
}
