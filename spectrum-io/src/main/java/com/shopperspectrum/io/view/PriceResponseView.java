package com.shopperspectrum.io.view;

import com.shopperspectrum.core.inventory.PriceResponse;
import com.shopperspectrum.core.inventory.PricingReport;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * {@code spectrum pricing --json} and {@code GET /api/pricing}: {@code {"note", "settings": {"minWeeks",
 * "minPriceCv"}, "estimated", "productsTotal", "products": [...]}}, each product as {@link #product}; and the CSV
 * of {@code pricing -o}: {@code stock_code,description,weeks,price_cv,slope,standard_error,low,high,r_squared,
 * reason}.
 */
public record PriceResponseView(PricingReport report, int limit) implements JsonView {
    /** Said beside every estimate: what the slope is and is not. */
    public static final String NOTE = "The slope of log weekly units on log weekly average price is an observed "
            + "association, not a causal price elasticity: prices here also follow quantity tiers, promotions and "
            + "seasons chosen by the seller.";

    public static final String CSV_HEADER =
            "stock_code,description,weeks,price_cv,slope,standard_error,low,high,r_squared,reason";

    public PriceResponseView {
        Objects.requireNonNull(report, "report");
    }

    @Override
    public Map<String, Object> shape() {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("note", NOTE);
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("minWeeks", report.options().minWeeks());
        settings.put("minPriceCv", report.options().minPriceCv());
        root.put("settings", settings);
        root.put("estimated", report.estimated());
        root.put("productsTotal", report.products().size());
        List<Map<String, Object>> rows = new ArrayList<>();
        for (PriceResponse r :
                report.products().subList(0, Math.min(limit, report.products().size()))) {
            rows.add(product(r));
        }
        root.put("products", rows);
        return root;
    }

    /** One product's price response (also {@code GET /api/products/{code}/price-response}). */
    public static Map<String, Object> product(PriceResponse r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("stockCode", r.code());
        m.put("description", r.description());
        m.put("weeks", r.weeks());
        m.put("priceCv", r.priceCv());
        PriceResponse.Estimate e = r.estimate();
        m.put("slope", e == null ? null : e.slope());
        m.put("standardError", e == null ? null : e.standardError());
        m.put("interval95", e == null ? null : List.of(e.low(), e.high()));
        m.put("rSquared", e == null ? null : e.rSquared());
        m.put("reason", r.reason());
        return m;
    }

    /** The CSV of every product. */
    public String csv() {
        StringBuilder b = new StringBuilder(CSV_HEADER).append('\n');
        for (PriceResponse r : report.products()) {
            PriceResponse.Estimate e = r.estimate();
            List<String> cells = new ArrayList<>(
                    Arrays.asList(r.code(), r.description(), Integer.toString(r.weeks()), Csv.decimal(r.priceCv())));
            if (e == null) {
                cells.addAll(Arrays.asList(null, null, null, null, null));
            } else {
                for (double v : new double[] {e.slope(), e.standardError(), e.low(), e.high(), e.rSquared()}) {
                    cells.add(Csv.decimal(v));
                }
            }
            cells.add(r.reason());
            b.append(Csv.row(cells));
        }
        return b.toString();
    }
}
