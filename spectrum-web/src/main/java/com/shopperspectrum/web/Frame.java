package com.shopperspectrum.web;

import com.shopperspectrum.core.model.ModelMetadata;
import com.shopperspectrum.core.model.NoProducts;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * What the layout template needs around a page's content: title, the navigation item to highlight, the model's
 * provenance for the footer, the chart data (null: the page has no chart, so no ECharts either), and whether
 * scripts and styles are files ({@code inline} false, so the Content-Security-Policy can forbid inline scripts)
 * or inlined into one self-contained file (the report).
 *
 * @param title      page title (text)
 * @param active     navigation path to highlight, or null
 * @param meta       the model's provenance
 * @param chartsJson chart data for app.js as {@link Format#scriptJson script-safe JSON}, or null
 * @param inline     styles and scripts inlined, no navigation (the report)
 * @param upload     the navigation links the upload page (the server takes uploads: {@link UploadSettings#allowed()})
 */
record Frame(String title, String active, ModelMetadata meta, String chartsJson, boolean inline, boolean upload) {
    static final String ECHARTS = "/webjars/echarts/5.3.1/dist/echarts.min.js";
    private static final List<NavItem> NAV = List.of(
            new NavItem("/", "Overview"),
            new NavItem("/products", "Products"),
            new NavItem("/customers", "Customers"),
            new NavItem("/segments", "Segments"),
            new NavItem("/clv", "Customer value"),
            new NavItem("/inventory", "Inventory"),
            new NavItem("/trends", "Trends"),
            new NavItem("/baskets", "Baskets"),
            new NavItem("/evaluation", "Evaluation"));
    private static final NavItem UPLOAD = new NavItem("/upload", "Upload data");

    Frame {
        if (title == null || meta == null) {
            throw new IllegalArgumentException("a page needs a title and the model's provenance");
        }
    }

    /** A page of the web app: linked assets, navigation, charts when {@code charts} is not null. */
    static Frame page(String title, String active, ModelMetadata meta, Object charts) {
        return new Frame(title, active, meta, charts == null ? null : Format.scriptJson(charts), false, false);
    }

    /** This page with the upload page in the navigation when {@code on}. */
    Frame withUpload(boolean on) {
        return new Frame(title, active, meta, chartsJson, inline, on);
    }

    /** One navigation link. */
    record NavItem(String path, String label) {}

    List<NavItem> nav() {
        if (inline) {
            return List.of();
        }
        if (!upload) {
            return NAV;
        }
        List<NavItem> all = new java.util.ArrayList<>(NAV);
        all.add(UPLOAD);
        return all;
    }

    /** True when the model was trained without a product column (train's warning {@link NoProducts#WARNING}). */
    boolean noProducts() {
        return meta.warnings().contains(NoProducts.WARNING);
    }

    /** What the pages about products say when {@link #noProducts()}. */
    String noProductsNote() {
        return NoProducts.NOTE;
    }

    boolean hasCharts() {
        return chartsJson != null;
    }

    String inputSize() {
        return Format.number(meta.input().size());
    }

    String inputHash() {
        String sha = meta.input().sha256();
        return sha.substring(0, Math.min(12, sha.length()));
    }

    String css() {
        return resource("/public/app.css");
    }

    String echartsScript() {
        return script("/META-INF/resources" + ECHARTS);
    }

    String appScript() {
        return script("/public/app.js");
    }

    /** A script resource made safe to inline: no sequence in it can end the script element. */
    private static String script(String path) {
        return resource(path).replace("</script", "<\\/script").replace("<!--", "<\\!--");
    }

    /** A text resource of the jar (UTF-8). */
    static String resource(String path) {
        try (InputStream in = Frame.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("resource missing from the jar: " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
