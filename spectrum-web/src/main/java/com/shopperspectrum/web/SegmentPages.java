package com.shopperspectrum.web;

import com.shopperspectrum.core.recommend.eval.EvaluationReport;
import com.shopperspectrum.core.recommend.eval.RankerResult;
import com.shopperspectrum.core.segment.CrossTab;
import com.shopperspectrum.core.segment.SegmentProfile;
import java.util.LinkedHashMap;
import java.util.Map;

/** The segments page (profiles, charts, cross-tab, CSV downloads) and the evaluation page. */
final class SegmentPages {
    private SegmentPages() {}

    /** The segments page body; {@code links} adds the CSV downloads (the report has none). */
    static String body(SegmentView s, boolean links) {
        StringBuilder h = new StringBuilder(8192);
        h.append("<p class=\"lead\">")
                .append(s.model().k())
                .append(" segments by k-means on ")
                .append(Html.text(s.model().options().transform().label()))
                .append(" RFM features; silhouette ")
                .append(Html.decimal(s.model().silhouette(), 3))
                .append(".</p>");
        h.append(profiles(s, links));
        h.append("<section class=\"charts\">")
                .append(OverviewPage.chart("scatter", "wide"))
                .append(OverviewPage.chart("sizes", ""))
                .append(OverviewPage.chart("kSelection", ""))
                .append("</section>");
        if (s.model().kSelection() != null) {
            h.append("<p class=\"note\">")
                    .append(Html.text(s.model().kSelection().reason()))
                    .append("</p>");
        }
        return h.append(crossTab(s.crossTab())).toString();
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

    private static String profiles(SegmentView s, boolean links) {
        StringBuilder h = new StringBuilder("<h2>Segment profiles</h2><div class=\"scroll\"><table class=\"num\" "
                + "id=\"profiles\"><thead><tr><th>Segment</th><th>Customers</th><th>Revenue</th><th>Recency mean / median"
                + "</th><th>Frequency mean / median</th><th>Monetary mean / median</th><th>Avg order value</th>"
                + "<th>Top countries</th>" + (links ? "<th>Customers CSV</th>" : "") + "</tr></thead><tbody>");
        for (SegmentProfile p : s.profiles()) {
            h.append("<tr><td>")
                    .append(Html.text(p.name()))
                    .append("</td><td>")
                    .append(Html.number(p.customers()))
                    .append(" (")
                    .append(Html.decimal(100 * p.customerShare(), 1))
                    .append("%)</td><td>")
                    .append(Html.money(p.revenue()))
                    .append(" (")
                    .append(Html.decimal(100 * p.revenueShare(), 1))
                    .append("%)</td><td>")
                    .append(Html.decimal(p.recencyMean(), 1))
                    .append(" / ")
                    .append(Html.decimal(p.recencyMedian(), 1))
                    .append("</td><td>")
                    .append(Html.decimal(p.frequencyMean(), 1))
                    .append(" / ")
                    .append(Html.decimal(p.frequencyMedian(), 1))
                    .append("</td><td>")
                    .append(Html.money(p.monetaryMean()))
                    .append(" / ")
                    .append(Html.money(p.monetaryMedian()))
                    .append("</td><td>")
                    .append(Html.money(p.averageOrderValue()))
                    .append("</td><td class=\"text\">");
            p.topCountries()
                    .forEach(c -> h.append(Html.text(c.country()))
                            .append(" (")
                            .append(c.customers())
                            .append(") "));
            h.append("</td>");
            if (links) {
                h.append("<td><a href=\"/api/segments/")
                        .append(Html.attr(Html.url(p.name())))
                        .append("/customers.csv\" download>")
                        .append(Html.text(p.name()))
                        .append(".csv</a></td>");
            }
            h.append("</tr>");
        }
        return h.append("</tbody></table></div>").toString();
    }

    private static String crossTab(CrossTab t) {
        StringBuilder h = new StringBuilder("<h2>Segments against the named RFM segments</h2><div class=\"scroll\">"
                + "<table class=\"num\" id=\"crosstab\"><thead><tr><th></th>");
        t.columns().forEach(c -> h.append("<th>").append(Html.text(c)).append("</th>"));
        h.append("</tr></thead><tbody>");
        for (int r = 0; r < t.rows().size(); r++) {
            h.append("<tr><td>").append(Html.text(t.rows().get(r))).append("</td>");
            for (int c = 0; c < t.columns().size(); c++) {
                h.append("<td>").append(Html.number(t.count(r, c))).append("</td>");
            }
            h.append("</tr>");
        }
        return h.append("</tbody></table></div>").toString();
    }

    /** The offline evaluation table, or a note when the model has none. */
    static String evaluation(EvaluationReport e) {
        if (e == null) {
            return "<p class=\"empty\" id=\"evaluation\">This model has no offline evaluation table; train with "
                    + "<code>spectrum train FILE -o DIR --evaluate</code> to add one.</p>";
        }
        StringBuilder h = new StringBuilder("<p class=\"lead\">Trained before ")
                .append(Html.text(e.split()))
                .append(", tested on the purchases from then on: ")
                .append(Html.number(e.testCustomers()))
                .append(" test customers, cut-off k = ")
                .append(e.k())
                .append(". Default model: <code>")
                .append(Html.text(e.defaultModel()))
                .append("</code>.</p><div class=\"scroll\"><table class=\"num\" "
                        + "id=\"evaluation\"><thead><tr><th>Model</th><th>Candidates</th><th>HR</th><th>Precision</th>"
                        + "<th>Recall</th><th>NDCG</th><th>MAP</th><th>Coverage</th></tr></thead><tbody>");
        for (RankerResult r : e.results()) {
            h.append("<tr")
                    .append(r.model().equals(e.defaultModel()) ? " class=\"chosen\"" : "")
                    .append("><td>")
                    .append(Html.text(r.model()))
                    .append("</td><td>")
                    .append(Html.text(r.candidates()))
                    .append("</td>");
            for (double v : new double[] {r.hr(), r.precision(), r.recall(), r.ndcg(), r.map(), r.coverage()}) {
                h.append("<td>").append(Html.decimal(v, 4)).append("</td>");
            }
            h.append("</tr>");
        }
        return h.append("</tbody></table></div>").toString();
    }
}
