package com.shopperspectrum.web;

import com.shopperspectrum.core.recommend.eval.EvaluationReport;
import com.shopperspectrum.core.recommend.eval.RankerResult;
import com.shopperspectrum.core.segment.CrossTab;
import com.shopperspectrum.core.segment.SegmentProfile;
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
     * @param columns  the cross-tab's columns (named RFM segments)
     * @param crossTab the cross-tab's rows
     * @param links    with CSV download links
     */
    record SegmentsView(
            String lead,
            List<Profile> profiles,
            String kNote,
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
            String pAlive,
            String clv) {}

    /** One row of the cross-tab: a segment and its counts per named RFM segment. */
    record CrossRow(String segment, List<String> counts) {}

    /** The evaluation table, formatted; the page shows a note instead when the model has none (null). */
    record EvaluationView(String split, String testCustomers, int k, String defaultModel, List<Ranker> rankers) {}

    /** One ranker's row: name, candidates, HR, precision, recall, NDCG, MAP, coverage. */
    record Ranker(String model, String candidates, boolean chosen, List<String> metrics) {}

    static SegmentsView view(SegmentView s, boolean links) {
        String lead = s.model().k() + " segments by k-means on "
                + s.model().options().transform().label() + " RFM features; silhouette "
                + Format.decimal(s.model().silhouette(), 3) + ".";
        double[][] clv = s.clvByCluster();
        List<Profile> profiles = s.profiles().stream()
                .map(p -> profile(p, clv == null ? null : clv[s.model().names().indexOf(p.name())]))
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
        return new SegmentsView(lead, profiles, kNote, t.columns(), rows, links, clv != null);
    }

    private static Profile profile(SegmentProfile p, double[] clv) {
        return new Profile(
                p.name(),
                Format.number(p.customers()) + " (" + Format.decimal(100 * p.customerShare(), 1) + "%)",
                Format.money(p.revenue()) + " (" + Format.decimal(100 * p.revenueShare(), 1) + "%)",
                Format.decimal(p.recencyMean(), 1) + " / " + Format.decimal(p.recencyMedian(), 1),
                Format.decimal(p.frequencyMean(), 1) + " / " + Format.decimal(p.frequencyMedian(), 1),
                Format.money(p.monetaryMean()) + " / " + Format.money(p.monetaryMedian()),
                Format.money(p.averageOrderValue()),
                p.topCountries().stream()
                        .map(c -> c.country() + " (" + c.customers() + ") ")
                        .collect(Collectors.joining()),
                "/api/segments/" + Format.url(p.name()) + "/customers.csv",
                clv == null ? null : Format.decimal(clv[0] / Math.max(1, clv[1]), 3),
                clv == null ? null : Format.money(clv[2]));
    }

    /** The chart data of the segments page. */
    static Map<String, Chart> charts(SegmentView s) {
        Map<String, Chart> charts = new LinkedHashMap<>();
        charts.put("scatter", s.scatter());
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
                    r.model(), String.valueOf(r.candidates()), r.model().equals(e.defaultModel()), metrics));
        }
        return new EvaluationView(
                String.valueOf(e.split()), Format.number(e.testCustomers()), e.k(), e.defaultModel(), rankers);
    }
}
