package com.shopperspectrum.web;

import com.shopperspectrum.core.recommend.ScoredProduct;
import com.shopperspectrum.io.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The HTML report: one self-contained file (styles, ECharts, app.js and the chart data inlined; no network
 * needed, no links into the web app) with the overview figures and charts, rendered from report.jte with the
 * pages' own parts and escaping.
 */
public final class ReportWriter {
    private final ModelService service;
    private final Templates templates = new Templates();

    public ReportWriter(ModelService service) {
        this.service = service;
    }

    /**
     * What the report shows.
     *
     * @param input       the input file's name
     * @param overview    the overview (without links)
     * @param segments    the segments (null without a segmentation)
     * @param bestSellers the best sellers with their most similar products
     * @param evaluation  the offline evaluation (null without one)
     * @param inventory   the ABC/XYZ matrix and the top products' reorder rows (null without the demand part)
     * @param trends      the cohort triangle, the stored migration and the month-end series (null without the part)
     * @param baskets     the top pair rules by lift (null without the basket part)
     * @param clv         the Customer value section (null without the CLV part)
     */
    record View(
            String input,
            OverviewPage.View overview,
            SegmentPages.SegmentsView segments,
            List<BestSeller> bestSellers,
            SegmentPages.EvaluationView evaluation,
            InventoryPage.View inventory,
            TrendsPage.View trends,

            BasketsPage.View baskets,
            ClvPage.View clv) {}

    /** The report's rule table: the pair rules with the highest lift. */
    static final int BASKET_ROWS = 25;

    /** The report's reorder table: the products with the most revenue. */
    static final int INVENTORY_ROWS = 25;

    /** A best seller (by units) and its five most similar products. */
    record BestSeller(String code, String description, List<ScoredProduct> similar) {}

    public String html() {
        @SuppressWarnings("unchecked")
        Map<String, Object> charts = new LinkedHashMap<>(Json.mapper().convertValue(service.charts(), Map.class));
        if (service.hasSegments()) {
            charts.putAll(SegmentPages.charts(service.segments(), service.money()));
        }
        Map<String, Chart> evaluation =
                SegmentPages.evaluationCharts(service.model().evaluation());
        if (evaluation != null) {
            charts.putAll(evaluation);
        }
        CohortAnswers cohorts = service.cohortAnswers();
        if (cohorts.available()) {
            charts.putAll(TrendsCharts.of(cohorts.part(), TrendsPage.choice(cohorts, null, null, null)));
        }
        ClvAnswers clv = service.clv();
        if (clv.present()) {
            charts.putAll(ClvPage.charts(clv.result()));
        }
        ProductPages pages = new ProductPages(service);
        List<BestSeller> bestSellers = service.model().profile().topProducts().byQuantity().stream()
                .map(t -> new BestSeller(t.stockCode(), t.description(), pages.similar(t.stockCode())))
                .toList();
        View view = new View(
                service.model().metadata().input().name(),
                OverviewPage.view(service, false),
                service.hasSegments() ? SegmentPages.view(service.segments(), service.money(), false) : null,
                bestSellers,
                SegmentPages.evaluation(service.model().evaluation()),
                service.demand().available()
                        ? InventoryPage.of(service.demand().inventory(), null, null, "revenue", INVENTORY_ROWS)
                        : null,
                cohorts.available()
                        ? TrendsPage.of(
                                cohorts.part(),
                                TrendsPage.choice(cohorts, null, null, null),
                                null,
                                false,
                                service.money())
                        : null,
                baskets(),
                clv.present() ? ClvPage.of(clv.result(), "risk", ClvPage.LIST, service.money()) : null);

        Frame frame = new Frame(
                "Shopper Spectrum report", null, service.model().metadata(), Format.scriptJson(charts), true, false);
        return templates.render("report.jte", Map.of("frame", frame, "page", view));
    }

    private BasketsPage.View baskets() {
        var rules = service.model().baskets();
        return rules == null
                ? null
                : BasketsPage.of(rules, BasketsPage.select(rules, null, null, "lift"), null, BASKET_ROWS, false);
    }

    /** Writes the report to {@code file} (via a temporary file and a rename, so no half-written report remains). */
    public void write(Path file) throws IOException {
        Path absolute = file.toAbsolutePath();
        Files.createDirectories(absolute.getParent());
        Path temp = absolute.resolveSibling("." + absolute.getFileName() + "." + System.nanoTime() + ".tmp");
        try {
            Files.writeString(
                    temp, html(), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
