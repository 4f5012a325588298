package com.shopperspectrum.web;

import com.shopperspectrum.core.model.ModelMetadata;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * The page frame shared by every page and the report: header with navigation, main content, footer with the
 * model's provenance. Scripts and styles are files ({@link Assets#LINKED}, so the Content-Security-Policy can
 * forbid inline scripts) or inlined into one self-contained file ({@link Assets#INLINE}, for the report).
 */
final class Layout {
    static final String ECHARTS = "/webjars/echarts/5.3.1/dist/echarts.min.js";
    private static final List<Map.Entry<String, String>> NAV = List.of(
            Map.entry("/", "Overview"),
            Map.entry("/products", "Products"),
            Map.entry("/customers", "Customers"),
            Map.entry("/segments", "Segments"),
            Map.entry("/evaluation", "Evaluation"));

    /** Where a page's scripts and styles come from. */
    enum Assets {
        LINKED,
        INLINE
    }

    private Layout() {}

    /**
     * A whole page. {@code charts} (may be null) is the chart data read by app.js; {@code active} is the
     * navigation path to highlight (null: none).
     */
    static String page(String title, String active, String body, Object charts, ModelMetadata meta, Assets assets) {
        StringBuilder h = new StringBuilder(8192);
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>")
                .append(Html.text(title))
                .append(" · Shopper Spectrum</title>\n");
        if (assets == Assets.LINKED) {
            h.append("<link rel=\"stylesheet\" href=\"/static/app.css\">\n");
        } else {
            h.append("<style>\n").append(resource("/public/app.css")).append("</style>\n");
        }
        h.append("</head>\n<body>\n<header><div class=\"wrap\"><span class=\"brand\">Shopper Spectrum</span>\n<nav>");
        if (assets == Assets.LINKED) {
            for (Map.Entry<String, String> item : NAV) {
                h.append("<a href=\"")
                        .append(item.getKey())
                        .append('"')
                        .append(item.getKey().equals(active) ? " class=\"active\" aria-current=\"page\"" : "")
                        .append('>')
                        .append(item.getValue())
                        .append("</a>");
            }
            h.append("<a href=\"/openapi.json\">API</a>");
        }
        h.append("</nav></div></header>\n<main class=\"wrap\">\n<h1>")
                .append(Html.text(title))
                .append("</h1>\n")
                .append(body)
                .append("</main>\n");
        h.append(footer(meta));
        if (charts != null) {
            h.append(Html.jsonData("chart-data", charts));
        }
        if (assets == Assets.LINKED) {
            h.append("<script src=\"")
                    .append(ECHARTS)
                    .append("\"></script>\n")
                    .append("<script src=\"/static/app.js\"></script>\n");
        } else {
            h.append("<script>")
                    .append(script("/META-INF/resources" + ECHARTS))
                    .append("</script>\n")
                    .append("<script>")
                    .append(script("/public/app.js"))
                    .append("</script>\n");
        }
        return h.append("</body>\n</html>\n").toString();
    }

    private static String footer(ModelMetadata m) {
        return "<footer><div class=\"wrap\">Model trained " + Html.text(m.createdAt()) + " from <code>"
                + Html.text(m.input().name()) + "</code> ("
                + Html.number(m.input().size()) + " bytes, SHA-256 <code>"
                + Html.text(m.input()
                        .sha256()
                        .substring(0, Math.min(12, m.input().sha256().length())))
                + "…</code>) by spectrum " + Html.text(m.programVersion()) + ", format " + m.formatVersion()
                + ".</div></footer>\n";
    }

    /** A script resource made safe to inline: no sequence in it can end the script element. */
    private static String script(String path) {
        return resource(path).replace("</script", "<\\/script").replace("<!--", "<\\!--");
    }

    static String resource(String path) {
        try (InputStream in = Layout.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("resource missing from the jar: " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
