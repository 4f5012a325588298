package com.shopperspectrum.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.shopperspectrum.core.rfm.RfmTable;
import com.shopperspectrum.core.segment.CrossTab;
import com.shopperspectrum.core.segment.KScore;
import com.shopperspectrum.core.segment.KSelection;
import com.shopperspectrum.core.segment.SegmentModel;
import com.shopperspectrum.core.segment.SegmentProfile;
import com.shopperspectrum.core.segment.Segmentation;
import com.shopperspectrum.io.Json;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The summary {@code segment} prints: as text for people or as one JSON object for programs. */
final class SegmentSummary {
    private static final ObjectMapper JSON = Json.mapper();

    private final Segmentation segmentation;
    private final RfmTable rfm;
    private final List<SegmentProfile> profiles;
    private final CrossTab crossTab;
    private final Path output;

    SegmentSummary(
            Segmentation segmentation, RfmTable rfm, List<SegmentProfile> profiles, CrossTab crossTab, Path output) {
        this.segmentation = segmentation;
        this.rfm = rfm;
        this.profiles = profiles;
        this.crossTab = crossTab;
        this.output = output;
    }

    String text() {
        SegmentModel m = segmentation.model();
        StringBuilder b = new StringBuilder();
        b.append(f(
                "%,d customers (snapshot %s) in %d segments: transform %s, %d restarts, seed %d%n",
                rfm.size(),
                rfm.snapshot(),
                m.k(),
                m.options().transform().label(),
                m.options().restarts(),
                m.options().seed()));
        b.append(f(
                "inertia %.4f, silhouette %.4f%s%n",
                m.inertia(),
                m.silhouette(),
                m.hasMonetary() ? "" : " (recency and frequency only: the data has no prices)"));
        b.append(f("wrote %s%n", output));
        if (m.kSelection() != null) {
            KSelection ks = m.kSelection();
            b.append(f("%nk selection: chose k=%d: %s%n", ks.chosen(), ks.reason()));
            b.append(f("  %3s %14s %11s %15s%n", "k", "inertia", "silhouette", "davies-bouldin"));
            for (KScore s : ks.scores()) {
                b.append(f(
                        "  %3d %14.4f %11.4f %15.4f%s%n",
                        s.k(),
                        s.inertia(),
                        s.silhouette(),
                        s.daviesBouldin(),
                        s.k() == ks.chosen() ? "  <- chosen" : s.k() == ks.elbow() ? "  <- elbow" : ""));
            }
        }
        b.append(f(
                "%nsegments:%n  %-13s %9s %6s %14s %6s %12s %12s %16s %10s  %s%n",
                "segment",
                "customers",
                "share",
                "revenue",
                "share",
                "recency",
                "frequency",
                "monetary",
                "avg order",
                "top countries"));
        b.append(f(
                "  %-13s %9s %6s %14s %6s %12s %12s %16s %10s%n",
                "", "", "", "", "", "mean/median", "mean/median", "mean/median", ""));
        for (SegmentProfile p : profiles) {
            b.append(f(
                    "  %-13s %,9d %5.1f%% %14s %6s %5.0f/%-6.0f %5.1f/%-6.0f %16s %10s  %s%n",
                    p.name(),
                    p.customers(),
                    100 * p.customerShare(),
                    num("%,.2f", p.revenue()),
                    num("%.1f%%", 100 * p.revenueShare()),
                    p.recencyMean(),
                    p.recencyMedian(),
                    p.frequencyMean(),
                    p.frequencyMedian(),
                    num("%8.0f", p.monetaryMean()) + "/" + num("%-7.0f", p.monetaryMedian()),
                    num("%.2f", p.averageOrderValue()),
                    countries(p)));
        }
        b.append(f("%nk-means segments x RFM segments (customers):%n  %-13s", ""));
        for (String c : crossTab.columns()) {
            b.append(f(" %s", c));
        }
        b.append(f("%n"));
        for (int r = 0; r < crossTab.rows().size(); r++) {
            b.append(f("  %-13s", crossTab.rows().get(r)));
            for (int c = 0; c < crossTab.columns().size(); c++) {
                b.append(f(" %" + crossTab.columns().get(c).length() + "d", crossTab.count(r, c)));
            }
            b.append(f("%n"));
        }
        return b.toString();
    }

    String json() {
        SegmentModel m = segmentation.model();
        ObjectNode root = JSON.createObjectNode();
        root.put("k", m.k());
        root.put("kChosenBy", m.kSelection() == null ? "given" : "auto");
        root.put("transform", m.options().transform().label());
        root.put("restarts", m.options().restarts());
        root.put("seed", m.options().seed());
        root.put("customers", rfm.size());
        root.put("snapshot", rfm.snapshot().toString());
        root.put("monetaryAvailable", m.hasMonetary());
        number(root, "inertia", m.inertia());
        number(root, "silhouette", m.silhouette());
        root.put("output", output.toString());
        ArrayNode table = root.putArray("kSelection");
        if (m.kSelection() != null) {
            for (KScore s : m.kSelection().scores()) {
                ObjectNode row = table.addObject().put("k", s.k());
                number(row, "inertia", s.inertia());
                number(row, "silhouette", s.silhouette());
                number(row, "daviesBouldin", s.daviesBouldin());
            }
            root.put("elbow", m.kSelection().elbow());
            root.put("kSelectionReason", m.kSelection().reason());
        }
        ArrayNode segments = root.putArray("segments");
        for (SegmentProfile p : profiles) {
            segments.add(profile(p));
        }
        ObjectNode tab = root.putObject("crossTab");
        for (int r = 0; r < crossTab.rows().size(); r++) {
            ObjectNode row = tab.putObject(crossTab.rows().get(r));
            for (int c = 0; c < crossTab.columns().size(); c++) {
                row.put(crossTab.columns().get(c), crossTab.count(r, c));
            }
        }
        return Json.write(root) + System.lineSeparator();
    }

    private static ObjectNode profile(SegmentProfile p) {
        ObjectNode o = JSON.createObjectNode();
        o.put("name", p.name());
        o.put("cluster", p.cluster());
        o.put("customers", p.customers());
        number(o, "customerShare", p.customerShare());
        number(o, "revenue", p.revenue());
        number(o, "revenueShare", p.revenueShare());
        number(o, "recencyMean", p.recencyMean());
        number(o, "recencyMedian", p.recencyMedian());
        number(o, "frequencyMean", p.frequencyMean());
        number(o, "frequencyMedian", p.frequencyMedian());
        number(o, "monetaryMean", p.monetaryMean());
        number(o, "monetaryMedian", p.monetaryMedian());
        number(o, "averageOrderValue", p.averageOrderValue());
        ArrayNode countries = o.putArray("topCountries");
        for (SegmentProfile.CountryCount c : p.topCountries()) {
            countries.addObject().put("country", c.country()).put("customers", c.customers());
        }
        return o;
    }

    /** JSON has no NaN: unavailable figures (no prices, k = 1) become null. */
    static void number(ObjectNode node, String key, double value) {
        if (Double.isFinite(value)) {
            node.put(key, value);
        } else {
            node.putNull(key);
        }
    }

    private static String countries(SegmentProfile p) {
        return p.topCountries().stream()
                .map(c -> c.country() + " " + c.customers())
                .collect(Collectors.joining(", "));
    }

    /** A figure, or "n/a" when it is unavailable (money without prices). */
    private static String num(String format, double value) {
        return Double.isFinite(value) ? f(format, value) : "n/a";
    }

    private static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
