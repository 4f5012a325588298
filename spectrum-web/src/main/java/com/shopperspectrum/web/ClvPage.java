package com.shopperspectrum.web;

import com.shopperspectrum.core.clv.Backtest;
import com.shopperspectrum.core.clv.ClvResult;
import com.shopperspectrum.core.clv.CustomerSummary;
import com.shopperspectrum.core.clv.CustomerValue;
import com.shopperspectrum.core.clv.ModelFit;
import com.shopperspectrum.io.view.Money;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The Customer value page (and the report's section): the fit in words, the trust verdict with what to try, the
 * tracking chart, the backtest table, the P(alive) and CLV distributions, and the customers most worth a retention
 * effort: the highest <b>value at risk</b>, CLV × (1 − P(alive)) / P(alive), what the customer would be worth if
 * surely still active times the chance they are gone (high value, falling P(alive)).
 */
final class ClvPage {
    static final int LIST = 50;
    static final List<String> SORTS = List.of("risk", "clv", "p_alive", "transactions");

    /** One fit in words. */
    record Fit(String label, String parameters, String logLikelihood, String note, List<String> warnings) {}

    /** One frequency row of the backtest. */
    record FrequencyRow(String frequency, String customers, String actual, String model, String naive) {}

    /** One customer of the retention list. */
    record Customer(String id, String x, String pAlive, String transactions, String value, String clv, String risk) {}

    /**
     * @param absent   why there is nothing to show (no part), else null
     * @param reasons  why the fit is not trustworthy (empty when it is)
     */
    record View(
            String absent,
            String summary,
            List<Fit> fits,
            String chosen,
            boolean trustworthy,
            List<String> reasons,
            List<String> warnings,
            String totals,
            List<FrequencyRow> backtest,
            String mae,
            List<Customer> customers,
            String sort,
            List<String> sorts) {}

    private ClvPage() {}

    static View absent(String why) {
        return new View(
                why, null, List.of(), null, false, List.of(), List.of(), null, List.of(), null, List.of(), "risk",
                SORTS);
    }

    static View of(ClvResult r, String sort, int limit, Money money) {
        String by = sort == null || !SORTS.contains(sort) ? "risk" : sort;
        CustomerSummary s = r.summary();
        String summary = String.format(
                Locale.ROOT,
                "%s customers, %s of them bought again between %s and %s (times in %s); P(alive) is as of %s, "
                        + "expected transactions and CLV over the next %d weeks, discounted at %s a year.",
                Format.number(s.size()),
                Format.number(s.repeaters()),
                s.firstDataDay(),
                s.calibrationEnd(),
                s.unit().key(),
                s.calibrationEnd(),
                r.options().horizonWeeks(),
                Format.decimal(100 * r.options().discountRate(), 0) + " %");
        List<Fit> fits = new ArrayList<>();
        for (ModelFit f : r.models()) {
            fits.add(fit(f, f.name().equals(r.chosen()) ? "chosen by " + r.chosenByText() : ""));
        }
        if (r.spend() != null) {
            fits.add(fit(r.spend(), "correlation of x and m_x " + Format.decimal(r.correlation(), 3)));
        }
        List<FrequencyRow> rows = new ArrayList<>();
        String mae = null;
        Backtest b = r.backtest();
        if (b != null) {
            for (Backtest.FrequencyRow f : b.byFrequency()) {
                rows.add(new FrequencyRow(
                        f.frequency(),
                        Format.number(f.customers()),
                        Format.decimal(f.actual(), 3),
                        Format.decimal(f.model(), 3),
                        Format.decimal(f.naive(), 3)));
            }
            mae = "Mean absolute error in the holdout (" + Format.decimal(b.holdoutLength(), 1) + " "
                    + s.unit().key()
                    + "): model " + Format.decimal(b.maeModel(), 3) + ", naive (own rate) "
                    + Format.decimal(b.maeNaive(), 3) + ", everyone the average rate "
                    + Format.decimal(b.maeAverage(), 3) + ".";
        }
        return new View(
                null,
                summary,
                fits,
                label(r.chosen()),
                r.trustworthy(),
                r.reasons(),
                r.warnings(),
                r.trustworthy() ? totals(r, money) : null,
                rows,
                mae,
                r.trustworthy() ? customers(r, by, limit, money) : List.of(),
                by,
                SORTS);
    }

    private static Fit fit(ModelFit f, String note) {
        StringBuilder p = new StringBuilder();
        double[] v = f.parameters();
        double[] se = f.standardErrors();
        for (int i = 0; i < v.length; i++) {
            p.append(i == 0 ? "" : ", ")
                    .append(f.parameterNames().get(i))
                    .append(" = ")
                    .append(number(v[i]))
                    .append(Double.isFinite(se[i]) ? " ± " + number(se[i]) : " (no s.e.)");
        }
        String ll = "log-likelihood " + Format.decimal(f.logLikelihood(), 2) + ", "
                + (f.converged() ? "converged" : "not converged") + " after " + f.iterations() + " iterations";
        return new Fit(label(f.name()), p.toString(), ll, note, f.warnings());
    }

    static String label(String name) {
        return switch (name) {
            case "bgnbd" -> "BG/NBD";
            case "pareto" -> "Pareto/NBD";
            default -> "Gamma-Gamma";
        };
    }

    private static String number(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.4g", v) : "n/a";
    }

    private static String totals(ClvResult r, Money money) {
        double alive = 0;
        double transactions = 0;
        double clv = 0;
        int n = 0;
        for (CustomerValue c : r.customers()) {
            if (Double.isFinite(c.pAlive())) {
                alive += c.pAlive();
                transactions += c.expectedTransactions();
                n++;
            }
            if (Double.isFinite(c.clv())) {
                clv += c.clv();
            }
        }
        return "Mean P(alive) " + Format.decimal(alive / Math.max(1, n), 3) + "; expected transactions "
                + Format.decimal(transactions, 0) + "; total CLV " + Format.money(money, clv) + ".";
    }

    /** CLV × (1 − P(alive)) / P(alive): the value of a surely active customer times the chance they are gone. */
    static double risk(CustomerValue c) {
        if (!Double.isFinite(c.clv()) || !(c.pAlive() > 0)) {
            return 0;
        }
        return c.clv() * (1 - c.pAlive()) / c.pAlive();
    }

    private static List<Customer> customers(ClvResult r, String sort, int limit, Money money) {
        Comparator<CustomerValue> order = switch (sort) {
            case "clv" ->
                Comparator.comparingDouble((CustomerValue c) -> finite(c.clv())).reversed();
            case "p_alive" -> Comparator.comparingDouble((CustomerValue c) -> finite(c.pAlive()));
            case "transactions" ->
                Comparator.comparingDouble((CustomerValue c) -> finite(c.expectedTransactions()))
                        .reversed();
            default -> Comparator.comparingDouble(ClvPage::risk).reversed();
        };
        return r.customers().stream()
                .filter(c -> Double.isFinite(c.pAlive()))
                .sorted(order.thenComparing(CustomerValue::customerId))
                .limit(limit)
                .map(c -> new Customer(
                        c.customerId(),
                        Integer.toString(c.x()),
                        Format.decimal(c.pAlive(), 3),
                        Format.decimal(c.expectedTransactions(), 2),
                        Format.money(money, c.expectedValue()),
                        Format.money(money, c.clv()),
                        Format.money(money, risk(c))))
                .toList();
    }

    private static double finite(double v) {
        return Double.isFinite(v) ? v : 0;
    }

    /** The charts: tracking (actual against expected), P(alive) and CLV distributions; empty when not trusted. */
    static Map<String, Chart> charts(ClvResult r) {
        Map<String, Chart> charts = new LinkedHashMap<>();
        if (!r.trustworthy()) {
            return charts;
        }
        List<Backtest.TrackingPoint> points = r.tracking();
        List<String> weeks = points.stream().map(p -> p.end().toString()).toList();
        charts.put(
                "clvTracking",
                new Chart(
                        "Cumulative repeat transactions: actual and expected",
                        weeks,
                        List.of(
                                Chart.Series.line(
                                        "actual",
                                        points.stream()
                                                .map(Backtest.TrackingPoint::actual)
                                                .toList(),
                                        0),
                                Chart.Series.line(
                                        "expected",
                                        points.stream()
                                                .map(Backtest.TrackingPoint::expected)
                                                .toList(),
                                        0)),
                        false,
                        false,
                        false,
                        "week ending",
                        "transactions"));
        int[] alive = new int[10];
        List<Double> clvs = new ArrayList<>();
        for (CustomerValue c : r.customers()) {
            if (Double.isFinite(c.pAlive())) {
                alive[Math.min(9, (int) (c.pAlive() * 10))]++;
            }
            if (Double.isFinite(c.clv())) {
                clvs.add(c.clv());
            }
        }
        List<String> aliveLabels = new ArrayList<>();
        List<Double> aliveCounts = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            aliveLabels.add(String.format(Locale.ROOT, "%.1f–%.1f", i / 10.0, (i + 1) / 10.0));
            aliveCounts.add((double) alive[i]);
        }
        charts.put(
                "clvAlive",
                Chart.bars("P(alive)", aliveLabels, List.of(Chart.Series.bar("customers", aliveCounts)), "customers"));
        if (!clvs.isEmpty()) {
            double[] edges = {0, 10, 50, 100, 500, 1000, 5000, 10000};
            List<String> labels = new ArrayList<>();
            List<Double> counts = new ArrayList<>();
            for (int i = 0; i < edges.length; i++) {
                double lo = edges[i];
                double hi = i + 1 < edges.length ? edges[i + 1] : Double.POSITIVE_INFINITY;
                labels.add(
                        i + 1 < edges.length
                                ? Format.number((long) lo) + "–" + Format.number((long) hi)
                                : "≥ " + Format.number((long) lo));
                counts.add((double) clvs.stream().filter(v -> v >= lo && v < hi).count());
            }
            charts.put(
                    "clvValue",
                    Chart.bars(
                            "CLV over the horizon",
                            labels,
                            List.of(Chart.Series.bar("customers", counts)),
                            "customers"));
        }
        return charts;
    }
}
