package com.shopperspectrum.web;

import com.shopperspectrum.core.recommend.eval.EvaluationReport;
import com.shopperspectrum.core.recommend.eval.RankerResult;
import com.shopperspectrum.core.segment.CrossTab;
import com.shopperspectrum.core.segment.FeatureTransform;
import com.shopperspectrum.core.segment.SegmentProfile;
import com.shopperspectrum.io.view.Csv;
import com.shopperspectrum.io.view.Money;
import com.shopperspectrum.io.view.TableCsv;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The segments page (segments.jte, segmentsBody.jte: profiles, charts, cross-tab, CSV downloads) and the
 * evaluation page (evaluation.jte, evaluationBody.jte).
 */
final class SegmentPages {
    private SegmentPages() {}

    /**
     * What the segments page shows; {@code links} adds the CSV downloads (the report has none).
     *
     * @param lead     the sentence about k, the features and the silhouette
     * @param profiles one row per segment
     * @param kNote    why this k (null without a k selection)
     * @param kMissing why there is no k-selection chart and how to get one (null with a k selection)
     * @param columns  the cross-tab's columns (named RFM segments)
     * @param crossTab the cross-tab's rows
     * @param links    with CSV download links
     */
    record SegmentsView(
            String lead,
            List<Profile> profiles,
            String kNote,
            String kMissing,
            List<String> columns,
            List<CrossRow> crossTab,
            boolean links,
            boolean clv) {
        SegmentsView {
            profiles = List.copyOf(profiles);
            columns = List.copyOf(columns);
            crossTab = List.copyOf(crossTab);
        }
    }

    /** One segment's profile, formatted; {@code csv} is its customers' CSV path. */
    record Profile(
            String name,
            String customers,
            String revenue,
            String recency,
            String frequency,
            String monetary,
            String averageOrderValue,
            String countries,
            String csv,
            String who,
            String action,
            String pAlive,
            String clv) {
        /** This segment's page. */
        String page() {
            return "/segments/" + Format.url(name);
        }

        /** The customers list filtered to this segment. */
        String list() {
            return CustomerListPage.PATH + "?segment=" + Format.url(name);
        }
    }

    /**
     * One segment's page: its name, who is in it and what to do, in words; the lists to act on.
     *
     * @param name       the segment
     * @param who        who is in it
     * @param action     the suggested action
     * @param list       the customers list filtered to it
     * @param csv        its customers as CSV
     * @param lapsed     how many of them are lapsed, in words (null when none)
     * @param lapsedList the customers list filtered to its lapsed customers
     */
    record SegmentDetail(
            String name, String who, String action, String list, String csv, String lapsed, String lapsedList) {}

    /** The page of the segment {@code name} (case-insensitive; a 404 naming the segments for another). */
    static SegmentDetail detail(SegmentView s, Money money, String name) {
        int cluster = s.cluster(name);
        SegmentProfile p = s.profiles().stream()
                .filter(x -> x.cluster() == cluster)
                .findFirst()
                .orElseThrow();
        SegmentAdvice a = s.advice();
        int lapsed = a.lapsedIn(cluster);
        String list = CustomerListPage.PATH + "?segment=" + Format.url(p.name());
        return new SegmentDetail(
                p.name(),
                a.who(p, money),
                a.actionFor(p.name()),
                list,
                "/api/segments/" + Format.url(p.name()) + "/customers.csv",
                lapsed == 0
                        ? null
                        : Words.count(lapsed, "customer", "customers") + " of this segment "
                                + (lapsed == 1 ? "is" : "are") + " lapsed: no purchase for "
                                + Format.decimal(a.lapsedDays(), 0)
                                + " days or more, as long as a typical At-Risk customer. Treat them as At-Risk,"
                                + " whatever their past spend.",
                list + "&lapsed=yes");
    }

    /** One row of the cross-tab: a segment and its counts per named RFM segment. */
    record CrossRow(String segment, List<String> counts) {}

    /** The evaluation table, formatted; the page shows a note instead when the model has none (null). */
    record EvaluationView(
            String split,
            String testCustomers,
            int k,
            String defaultModel,
            List<Ranker> rankers,
            String summary,
            Words.Label defaultWords) {}

    /** One ranker's row: name (and in words), candidates, HR, precision, recall, NDCG, MAP, coverage. */
    record Ranker(String model, String words, String candidates, boolean chosen, List<String> metrics) {}

    static SegmentsView view(SegmentView s, Money money, boolean links) {
        String lead = s.model().k() + " segments, found by k-means clustering of the customers' recency, frequency"
                + (s.model().hasMonetary() ? " and spend" : "")
                + (s.model().options().transform() == FeatureTransform.LOG ? " (on a log scale)" : "")
                + ". How distinct they are: " + Format.decimal(s.model().silhouette(), 2)
                + " on a scale from −1 to 1 (the silhouette: near 0 the segments overlap, from 0.5 they are clearly"
                + " apart).";
        double[][] clv = s.clvByCluster();
        List<Profile> profiles = s.profiles().stream()
                .map(p -> profile(
                        p,
                        s.advice(),
                        money,
                        clv == null ? null : clv[s.model().names().indexOf(p.name())]))
                .toList();
        String kNote =
                s.model().kSelection() == null ? null : s.model().kSelection().reason();
        CrossTab t = s.crossTab();
        List<CrossRow> rows = new ArrayList<>();
        for (int r = 0; r < t.rows().size(); r++) {
            List<String> counts = new ArrayList<>();
            for (int c = 0; c < t.columns().size(); c++) {
                counts.add(Format.number(t.count(r, c)));
            }
            rows.add(new CrossRow(t.rows().get(r), counts));
        }
        String kMissing = kNote != null
                ? null
                : "No k-selection chart: this model was trained with k = "
                        + s.model().k()
                        + " given (train's default is " + com.shopperspectrum.core.segment.SegmentOptions.DEFAULT_K
                        + "), so no other k was tried. Train with spectrum train --k auto to compare k = 2 to 10 by"
                        + " inertia (elbow) and silhouette and see the chart here.";
        return new SegmentsView(lead, profiles, kNote, kMissing, t.columns(), rows, links, clv != null);
    }

    private static Profile profile(SegmentProfile p, SegmentAdvice advice, Money money, double[] clv) {
        return new Profile(
                p.name(),
                Format.number(p.customers()) + " (" + Format.decimal(100 * p.customerShare(), 1) + "%)",
                Format.money(money, p.revenue()) + " (" + Format.decimal(100 * p.revenueShare(), 1) + "%)",
                Format.decimal(p.recencyMean(), 1) + " / " + Format.decimal(p.recencyMedian(), 1),
                Format.decimal(p.frequencyMean(), 1) + " / " + Format.decimal(p.frequencyMedian(), 1),
                Format.money(money, p.monetaryMean()) + " / " + Format.money(money, p.monetaryMedian()),
                Format.money(money, p.averageOrderValue()),
                p.topCountries().stream()
                        .map(c -> c.country() + " (" + c.customers() + ") ")
                        .collect(Collectors.joining()),
                "/api/segments/" + Format.url(p.name()) + "/customers.csv",
                advice.who(p, money),
                advice.actionFor(p.name()),
                clv == null ? null : Format.decimal(clv[0] / Math.max(1, clv[1]), 3),
                clv == null ? null : Format.money(money, clv[2]));
    }

    /** The segment profiles table as CSV with raw figures. */
    static TableCsv profilesCsv(SegmentView s, Money money) {
        List<List<String>> rows = new ArrayList<>();
        for (SegmentProfile p : s.profiles()) {
            rows.add(java.util.Arrays.asList(
                    p.name(),
                    String.valueOf(p.customers()),
                    Csv.decimal(p.customerShare()),
                    raw(p.revenue()),
                    raw(p.revenueShare()),
                    Csv.decimal(p.recencyMean()),
                    Csv.decimal(p.recencyMedian()),
                    Csv.decimal(p.frequencyMean()),
                    Csv.decimal(p.frequencyMedian()),
                    raw(p.monetaryMean()),
                    raw(p.monetaryMedian()),
                    raw(p.averageOrderValue())));
        }
        return new TableCsv(
                List.of(
                        "segment",
                        "customers",
                        "customer_share",
                        money.header("revenue"),
                        "revenue_share",
                        "recency_mean",
                        "recency_median",
                        "frequency_mean",
                        "frequency_median",
                        money.header("monetary_mean"),
                        money.header("monetary_median"),
                        money.header("average_order_value")),
                rows);
    }

    /** The evaluation table as CSV (null without an evaluation). */
    static TableCsv evaluationCsv(EvaluationReport e) {
        if (e == null) {
            return null;
        }
        List<List<String>> rows = new ArrayList<>();
        for (RankerResult r : e.results()) {
            rows.add(List.of(
                    r.model(),
                    Words.recommender(r.model()).text(),
                    r.candidates(),
                    String.valueOf(r.customers()),
                    Csv.decimal(r.hr()),
                    Csv.decimal(r.precision()),
                    Csv.decimal(r.recall()),
                    Csv.decimal(r.ndcg()),
                    Csv.decimal(r.map()),
                    Csv.decimal(r.coverage())));
        }
        return new TableCsv(
                List.of(
                        "model",
                        "in_words",
                        "candidates",
                        "customers",
                        "hr",
                        "precision",
                        "recall",
                        "ndcg",
                        "map",
                        "coverage"),
                rows);
    }

    private static String raw(double v) {
        return Double.isNaN(v) ? null : Csv.decimal(v);
    }

    /** The chart data of the segments page. */
    static Map<String, Chart> charts(SegmentView s, Money money) {
        Map<String, Chart> charts = new LinkedHashMap<>();
        Chart scatter = s.scatter();
        charts.put(
                "scatter",
                s.model().hasMonetary() ? scatter.named(scatter.xName(), money.label(scatter.yName())) : scatter);
        charts.put("sizes", s.sizes());
        if (s.kSelection() != null) {
            charts.put("kSelection", s.kSelection());
        }
        return charts;
    }

    /** The offline evaluation table, or null when the model has none. */
    static EvaluationView evaluation(EvaluationReport e) {
        if (e == null) {
            return null;
        }
        List<Ranker> rankers = new ArrayList<>();
        for (RankerResult r : e.results()) {
            List<String> metrics = new ArrayList<>();
            for (double v : new double[] {r.hr(), r.precision(), r.recall(), r.ndcg(), r.map(), r.coverage()}) {
                metrics.add(Format.decimal(v, 4));
            }
            rankers.add(new Ranker(
                    r.model(),
                    Words.recommender(r.model()).text(),
                    String.valueOf(r.candidates()),
                    r.model().equals(e.defaultModel()),
                    metrics));
        }
        return new EvaluationView(
                String.valueOf(e.split()),
                Format.number(e.testCustomers()),
                e.k(),
                e.defaultModel(),
                rankers,
                summary(e),
                e.defaultModel() == null ? null : Words.recommender(e.defaultModel()));
    }

    /**
     * The evaluation in a sentence: the share of test customers who bought one of their k suggestions with the
     * model in use, and how that compares with recommending best-sellers.
     */
    static String summary(EvaluationReport e) {
        RankerResult chosen = best(e, e.defaultModel());
        RankerResult popular = e.results().stream()
                .filter(r -> r.model().startsWith("popular") && r.candidates().equals("all"))
                .findFirst()
                .orElse(null);
        if (chosen == null) {
            return null;
        }
        String s = share(chosen.hr()) + " of the " + Format.number(e.testCustomers()) + " test customers bought one"
                + " of their " + e.k() + " suggestions in the test period with the model in use";
        if (popular != null && popular.hr() > 0) {
            s += "; " + Format.decimal(chosen.hr() / popular.hr(), 1) + "× as many as when recommending best-sellers ("
                    + share(popular.hr()) + ")";
        }
        return s + ".";
    }

    private static RankerResult best(EvaluationReport e, String model) {
        return e.results().stream()
                .filter(r -> r.model().equals(model))
                .filter(r -> r.candidates().equals("all"))
                .findFirst()
                .orElse(e.results().stream()
                        .filter(r -> r.model().equals(model))
                        .findFirst()
                        .orElse(null));
    }

    /** A share in words: "half", "a third", else a percentage. */
    static String share(double p) {
        long pct = Math.round(100 * p);
        if (pct == 50) {
            return "Half";
        }
        return Format.decimal(100 * p, 1) + "%";
    }

    /** The evaluation chart: hit rate per model and candidate set, or null without an evaluation. */
    static Map<String, Chart> evaluationCharts(EvaluationReport e) {
        if (e == null) {
            return null;
        }
        List<String> labels = new ArrayList<>();
        List<Double> hr = new ArrayList<>();
        for (RankerResult r : e.results()) {
            labels.add(Words.recommender(r.model()).text().replaceFirst(" \\(.*", "") + " (" + r.candidates() + ")");
            hr.add(100 * r.hr());
        }
        return Map.of(
                "evaluation",
                new Chart(
                        "Test customers who bought one of their " + e.k() + " suggestions (%)",
                        labels,
                        List.of(Chart.Series.bar("Hit rate %", hr)),
                        false,
                        false,
                        true,
                        "",
                        "% of test customers"));
    }
}
