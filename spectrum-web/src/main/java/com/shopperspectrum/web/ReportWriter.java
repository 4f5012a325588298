package com.shopperspectrum.web;

import com.shopperspectrum.core.profile.DataProfile;
import com.shopperspectrum.io.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The HTML report: one self-contained file (styles, ECharts, app.js and the chart data inlined; no network
 * needed, no links into the web app) with the overview figures and charts. Data values are escaped exactly as
 * on the pages.
 */
public final class ReportWriter {
    private final ModelService service;

    public ReportWriter(ModelService service) {
        this.service = service;
    }

    public String html() {
        StringBuilder body = new StringBuilder(16384);
        body.append("<p class=\"lead\">Customers, products and segments of <code>")
                .append(Html.text(service.model().metadata().input().name()))
                .append("</code>.</p>\n");
        body.append(OverviewPage.body(service, false));
        @SuppressWarnings("unchecked")
        Map<String, Object> charts = new LinkedHashMap<>(Json.mapper().convertValue(service.charts(), Map.class));
        if (service.hasSegments()) {
            body.append("<h2 class=\"section\">Segments</h2>").append(SegmentPages.body(service.segments(), false));
            charts.putAll(SegmentPages.charts(service.segments()));
        }
        body.append(bestSellers());
        if (service.model().evaluation() != null) {
            body.append("<h2 class=\"section\">Offline evaluation</h2>")
                    .append(SegmentPages.evaluation(service.model().evaluation()));
        }
        return Layout.page(
                "Shopper Spectrum report",
                null,
                body.toString(),
                charts,
                service.model().metadata(),
                Layout.Assets.INLINE);
    }

    /** The five most similar products of each of the ten best sellers (by units). */
    private String bestSellers() {
        ProductPages pages = new ProductPages(service);
        StringBuilder h = new StringBuilder("<h2 class=\"section\">Customers who bought the best sellers also bought"
                + "</h2><div class=\"grid2\" id=\"best-sellers\">");
        for (DataProfile.ProductTotal t :
                service.model().profile().topProducts().byQuantity()) {
            h.append("<div class=\"best scroll\"><h3>")
                    .append(Html.product(t.stockCode(), t.description()))
                    .append("</h3>")
                    .append(pages.similarTable(t.stockCode(), false))
                    .append("</div>");
        }
        return h.append("</div>").toString();
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
