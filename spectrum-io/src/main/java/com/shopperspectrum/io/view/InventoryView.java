package com.shopperspectrum.io.view;

import com.shopperspectrum.core.inventory.Backtest;
import com.shopperspectrum.core.inventory.InventoryOptions;
import com.shopperspectrum.core.inventory.InventoryReport;
import com.shopperspectrum.core.inventory.ProductInventory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * {@code spectrum inventory --json} and {@code GET /api/inventory}: {@code {"period", "lastPeriodStart",
 * "settings": {...}, "matrix": [{"abc", "xyz", "products", "revenue"}], "backtest": {...}, "products": [...]}},
 * with at most {@code limit} products (ABC order) and {@code "productsTotal"}.
 */
public record InventoryView(InventoryReport report, int limit) implements JsonView {
    public InventoryView {
        Objects.requireNonNull(report, "report");
    }

    @Override
    public Map<String, Object> shape() {
        InventoryOptions o = report.options();
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("period", o.period().label());
        root.put("lastPeriodStart", report.lastPeriodStart().toString());
        root.put("settings", settings(o));
        List<Map<String, Object>> cells = new ArrayList<>();
        for (InventoryReport.MatrixCell c : report.matrix()) {
            Map<String, Object> cell = new LinkedHashMap<>();
            cell.put("abc", String.valueOf(c.abc()));
            cell.put("xyz", String.valueOf(c.xyz()));
            cell.put("products", c.products());
            cell.put("revenue", c.revenue());
            cells.add(cell);
        }
        root.put("matrix", cells);
        InventoryReport.BacktestSummary s = report.summary();
        Map<String, Object> backtest = new LinkedHashMap<>();
        backtest.put("scope", "A and B products");
        backtest.put("products", s.products());
        backtest.put("medianMase", s.medianMase());
        backtest.put("beatNaive", s.beatNaive());
        backtest.put("beatNaiveShare", s.beatNaiveShare());
        backtest.put("meanMae", s.meanMae());
        backtest.put("meanNaiveMae", s.meanNaiveMae());
        root.put("backtest", backtest);
        root.put("productsTotal", report.products().size());
        List<Map<String, Object>> rows = new ArrayList<>();
        for (ProductInventory p :
                report.products().subList(0, Math.min(limit, report.products().size()))) {
            rows.add(product(p));
        }
        root.put("products", rows);
        return root;
    }

    private static Map<String, Object> settings(InventoryOptions o) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("abc", List.of(o.abcA(), o.abcB()));
        m.put("xyz", List.of(o.xyzX(), o.xyzY()));
        m.put("method", o.method().label());
        m.put("alpha", o.alpha());
        m.put("beta", o.beta());
        m.put("horizon", o.horizon());
        m.put("backtest", o.backtest());
        m.put("leadTime", o.leadTime());
        m.put("serviceLevel", o.serviceLevel());
        return m;
    }

    /** One product's object (also the {@code inventory} part of {@code GET /api/products/{code}/demand}). */
    public static Map<String, Object> product(ProductInventory p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("stockCode", p.code());
        m.put("description", p.description());
        m.put("abc", String.valueOf(p.abc()));
        m.put("xyz", String.valueOf(p.xyz()));
        m.put("demandClass", p.demandClass().label());
        m.put("revenue", p.revenue());
        m.put("revenueShare", p.revenueShare());
        m.put("periods", p.periods());
        m.put("meanUnits", p.meanUnits());
        m.put("cv", p.cv());
        m.put("adi", p.adi());
        m.put("cv2", p.cv2());
        m.put("fading", p.fading());
        m.put("method", p.method().label());
        m.put("forecast", p.forecast());
        m.put("backtest", backtest(p.backtest()));
        m.put("leadTimeDemand", p.leadTimeDemand());
        m.put("safetyStock", p.safetyStock());
        m.put("reorderPoint", p.reorderPoint());
        m.put("note", p.note());
        return m;
    }

    private static Map<String, Object> backtest(Backtest b) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("origins", b.origins());
        m.put("mae", b.origins() == 0 ? null : b.mae());
        m.put("rmse", b.origins() == 0 ? null : b.rmse());
        m.put("naiveMae", b.origins() == 0 ? null : b.naiveMae());
        m.put("mase", b.mase());
        m.put("beatsNaive", b.beatsNaive());
        return m;
    }
}
