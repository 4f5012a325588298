package com.shopperspectrum.web;

import com.shopperspectrum.core.cohort.CohortCell;
import com.shopperspectrum.core.cohort.CohortModel;
import com.shopperspectrum.core.cohort.CohortTriangle;
import com.shopperspectrum.core.cohort.MigrationMatrix;
import com.shopperspectrum.core.cohort.SegmentMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Trends charts as plain data for app.js: the retention heatmap (cohort × period index), the migration as a
 * Sankey flow (segments as of A on the left, as of B on the right) and the segment sizes month by month.
 */
final class TrendsCharts {
    private TrendsCharts() {}

    /**
     * A heatmap: cells {@code [x, y, value, active, size]} over category axes.
     *
     * @param kind    always {@code heatmap} (how app.js tells it apart)
     * @param title   chart title
     * @param xLabels the period indices
     * @param yLabels the cohorts
     * @param cells   {@code [period index, cohort row, retention %, active, cohort size]}
     */
    record Heatmap(String kind, String title, List<String> xLabels, List<String> yLabels, List<double[]> cells) {}

    /**
     * A Sankey flow between the states as of A and as of B.
     *
     * @param kind  always {@code sankey}
     * @param title chart title
     * @param nodes node names (unique: "… (A)", "… (B)")
     * @param links the customers moving from one node to another
     */
    record Flow(String kind, String title, List<String> nodes, List<Link> links) {}

    /** Customers from a node as of A to a node as of B. */
    record Link(String source, String target, int value) {}

    static Map<String, Object> of(CohortModel part, TrendsPage.Choice choice) {
        Map<String, Object> charts = new LinkedHashMap<>();
        charts.put("retention", heatmap(part.triangle()));
        charts.put("migrationFlow", flow(choice.matrix(), choice.from(), choice.to()));
        charts.put("segmentHistory", history(part));
        return charts;
    }

    private static Heatmap heatmap(CohortTriangle t) {
        List<String> periods = new ArrayList<>();
        for (int p = 0; p < t.periods(); p++) {
            periods.add(String.valueOf(p));
        }
        List<String> cohorts = new ArrayList<>(t.byCohort().keySet());
        List<double[]> cells = new ArrayList<>();
        for (CohortCell c : t.cells()) {
            cells.add(new double[] {
                c.periodIndex(), cohorts.indexOf(c.cohort()), 100 * c.retention(), c.active(), c.cohortSize()
            });
        }
        return new Heatmap(
                "heatmap", "Retention by cohort (% active, months after the first purchase)", periods, cohorts, cells);
    }

    private static Flow flow(MigrationMatrix m, String from, String to) {
        List<String> nodes = new ArrayList<>();
        for (String r : m.rows()) {
            nodes.add(r + " (" + from + ")");
        }
        for (String c : m.columns()) {
            nodes.add(c + " (" + to + ")");
        }
        List<Link> links = new ArrayList<>();
        for (int r = 0; r < m.rows().size(); r++) {
            for (int c = 0; c < m.columns().size(); c++) {
                if (m.count(r, c) > 0) {
                    links.add(new Link(nodes.get(r), nodes.get(m.rows().size() + c), m.count(r, c)));
                }
            }
        }
        return new Flow("sankey", "Customers from " + from + " to " + to, nodes, links);
    }

    private static Chart history(CohortModel part) {
        List<String> labels = new ArrayList<>();
        List<List<Double>> values = new ArrayList<>();
        for (int k = 0; k < part.history().names().size(); k++) {
            values.add(new ArrayList<>());
        }
        for (SegmentMonth month : part.history().months()) {
            labels.add(month.monthEnd().toString());
            for (int k = 0; k < values.size(); k++) {
                values.get(k).add((double) month.customers()[k]);
            }
        }
        List<Chart.Series> series = new ArrayList<>();
        for (int k = 0; k < values.size(); k++) {
            series.add(Chart.Series.line(part.history().names().get(k), values.get(k), 0));
        }
        return Chart.bars("Customers per segment at each month end", labels, series, "customers");
    }
}
