package com.shopperspectrum.web;

import com.shopperspectrum.core.model.SpectrumModel;
import com.shopperspectrum.core.rfm.RfmTable;
import com.shopperspectrum.core.segment.CrossTab;
import com.shopperspectrum.core.segment.CustomerSegments;
import com.shopperspectrum.core.segment.KScore;
import com.shopperspectrum.core.segment.RfmValues;
import com.shopperspectrum.core.segment.SegmentModel;
import com.shopperspectrum.core.segment.SegmentProfile;
import com.shopperspectrum.core.segment.SegmentProfiler;
import com.shopperspectrum.core.segment.Segmentation;
import com.shopperspectrum.io.view.SegmentCustomersCsv;
import com.shopperspectrum.io.view.SegmentPredictionView;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The segments of a model as the web app and the report show them: profiles, cross-tab, prediction, each
 * segment's customers as CSV, and the segment charts. Built once per model; immutable.
 */
final class SegmentView {
    private final SpectrumModel model;
    private final Segmentation segmentation;
    private final List<SegmentProfile> profiles;
    private final CrossTab crossTab;
    private final SegmentAdvice advice;

    SegmentView(SpectrumModel model) {
        this.model = model;
        this.segmentation = model.segmentation();
        this.profiles = SegmentProfiler.profiles(
                segmentation, model.customers().rfm(), model.customers().countries());
        this.crossTab = SegmentProfiler.crossTab(segmentation);
        this.advice = new SegmentAdvice(segmentation, model.customers(), profiles, model.hasProducts());
    }

    /** The segments in words: who, what to do, who is lapsed. */
    SegmentAdvice advice() {
        return advice;
    }

    SegmentModel model() {
        return segmentation.model();
    }

    List<SegmentProfile> profiles() {
        return profiles;
    }

    CrossTab crossTab() {
        return crossTab;
    }

    /**
     * Per cluster, from a trustworthy CLV part: {sum of P(alive), customers with one, sum of CLV}; null without a
     * part that can be trusted.
     */
    double[][] clvByCluster() {
        com.shopperspectrum.core.clv.ClvResult clv = model.clv();
        if (clv == null || !clv.trustworthy()) {
            return null;
        }
        Map<String, com.shopperspectrum.core.clv.CustomerValue> values = new java.util.HashMap<>();
        clv.customers().forEach(v -> values.put(v.customerId(), v));
        double[][] out = new double[segmentation.model().k()][3];
        for (int row = 0; row < model.customers().size(); row++) {
            var v = values.get(model.customers().id(row));
            if (v != null && Double.isFinite(v.pAlive())) {
                double[] c = out[segmentation.customers().cluster(row)];
                c[0] += v.pAlive();
                c[1]++;
                c[2] += Double.isFinite(v.clv()) ? v.clv() : 0;
            }
        }
        return out;
    }

    /** The segment summary of {@code GET /api/segments}. */
    Map<String, Object> summary() {
        SegmentModel m = segmentation.model();
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("k", m.k());
        o.put("transform", m.options().transform().label());
        o.put("inertia", m.inertia());
        o.put("silhouette", Double.isNaN(m.silhouette()) ? null : m.silhouette());
        o.put("kSelection", m.kSelection() == null ? null : m.kSelection().scores());
        o.put("segments", profiles);
        o.put("crossTab", crossTab);
        return o;
    }

    /** The prediction as {@code spectrum predict-segment --json} prints it. */
    SegmentPredictionView predict(RfmValues values) {
        return SegmentPredictionView.of(segmentation.model(), values);
    }

    /** The cluster of a segment name (case-insensitive), or a 404. */
    int cluster(String name) {
        List<String> names = segmentation.model().names();
        for (int c = 0; c < names.size(); c++) {
            if (names.get(c).equalsIgnoreCase(name.trim())) {
                return c;
            }
        }
        throw new NotFoundException(
                "unknown segment '" + name + "'; segments: " + String.join(", ", names),
                names.stream()
                        .map(n -> new NotFoundException.Suggestion("segment " + n, "/segments/" + Format.url(n)))
                        .toList());
    }

    /** The customers of one segment as CSV (the table of {@code spectrum segment}). */
    String customersCsv(int cluster) {
        return new SegmentCustomersCsv(model.customers().rfm(), segmentation, model.clv()).text(cluster);
    }

    /** A customer's segment, scores and named segment. */
    Map<String, Object> customer(int row) {
        CustomerSegments c = segmentation.customers();
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("cluster", c.cluster(row));
        o.put("segment", segmentation.model().names().get(c.cluster(row)));
        o.put("rScore", c.rScore(row));
        o.put("fScore", c.fScore(row));
        o.put("mScore", model.customers().rfm().hasMonetary() ? c.mScore(row) : null);
        o.put("rfmSegment", c.rfmSegment(row).label());
        return o;
    }

    /** Recency against monetary value (log), one series per segment; frequency when there are no prices. */
    Chart scatter() {
        RfmTable rfm = model.customers().rfm();
        boolean money = rfm.hasMonetary();
        List<Chart.Series> series = new ArrayList<>();
        for (int k = 0; k < segmentation.model().k(); k++) {
            List<double[]> points = new ArrayList<>();
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < rfm.size(); i++) {
                if (segmentation.customers().cluster(i) == k) {
                    points.add(
                            new double[] {rfm.recency(i), money ? Math.max(rfm.monetary(i), 0.01) : rfm.frequency(i)});
                    ids.add(rfm.customerId(i));
                }
            }
            series.add(Chart.Series.scatter(segmentation.model().names().get(k), points, ids));
        }
        return new Chart(
                "Customers: days since last purchase against " + (money ? "amount spent" : "invoices")
                        + " (vertical axis on a log scale)",
                List.of(),
                series,
                false,
                true,
                false,
                "recency (days since last purchase)",
                money ? "amount spent" : "invoices");
    }

    Chart sizes() {
        List<String> names = new ArrayList<>();
        List<Double> customers = new ArrayList<>();
        List<Double> revenue = new ArrayList<>();
        for (SegmentProfile p : profiles) {
            names.add(p.name());
            customers.add(100 * p.customerShare());
            revenue.add(Double.isNaN(p.revenueShare()) ? null : 100 * p.revenueShare());
        }
        return Chart.bars(
                "Share of customers and of revenue (%)",
                names,
                List.of(Chart.Series.bar("Customers %", customers), Chart.Series.bar("Revenue %", revenue)),
                "%");
    }

    /** Inertia (elbow) and silhouette per k, or null when k was given rather than chosen. */
    Chart kSelection() {
        if (segmentation.model().kSelection() == null) {
            return null;
        }
        List<String> ks = new ArrayList<>();
        List<Double> inertia = new ArrayList<>();
        List<Double> silhouette = new ArrayList<>();
        for (KScore s : segmentation.model().kSelection().scores()) {
            ks.add(String.valueOf(s.k()));
            inertia.add(s.inertia());
            silhouette.add(Double.isNaN(s.silhouette()) ? null : s.silhouette());
        }
        return Chart.bars(
                "Choosing k: inertia (elbow) and silhouette",
                ks,
                List.of(Chart.Series.line("Inertia", inertia, 0), Chart.Series.line("Silhouette", silhouette, 1)),
                "inertia");
    }
}
