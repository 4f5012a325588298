package com.shopperspectrum.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * The HTML report: one self-contained file (styles, ECharts, app.js and the chart data inlined; no network
 * needed, no links into the web app) with the overview figures and charts. Data values are escaped exactly as
 * on the pages.
 */
public final class ReportWriter {
    private final Explorer explorer;

    public ReportWriter(Explorer explorer) {
        this.explorer = explorer;
    }

    public String html() {
        StringBuilder body = new StringBuilder(16384);
        body.append("<p class=\"lead\">Customers, products and segments of <code>")
                .append(Html.text(explorer.model().metadata().input().name())).append("</code>.</p>\n");
        body.append(OverviewPage.body(explorer, false));
        return Layout.page("Shopper Spectrum report", null, body.toString(), explorer.charts(),
                explorer.model().metadata(), Layout.Assets.INLINE);
    }

    /** Writes the report to {@code file} (via a temporary file and a rename, so no half-written report remains). */
    public void write(Path file) throws IOException {
        Path absolute = file.toAbsolutePath();
        Files.createDirectories(absolute.getParent());
        Path temp = absolute.resolveSibling("." + absolute.getFileName() + "." + System.nanoTime() + ".tmp");
        try {
            Files.writeString(temp, html(), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE);
            Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
