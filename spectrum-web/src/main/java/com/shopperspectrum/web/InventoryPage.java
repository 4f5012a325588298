package com.shopperspectrum.web;

import com.shopperspectrum.core.data.InvalidInputException;
import com.shopperspectrum.core.inventory.InventoryReport;
import com.shopperspectrum.core.inventory.ProductInventory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The Inventory page: the ABC/XYZ matrix (products and revenue share per cell) and the reorder table, filtered by
 * words of the code or description and by class, sorted by a column, at most {@link #ROWS} rows shown; the whole
 * table downloads as {@code /api/inventory.csv}.
 */
final class InventoryPage {
    static final int ROWS = 200;
    static final List<String> SORTS = List.of("revenue", "reorder", "mase", "units", "code");

    private InventoryPage() {}

    /** One cell of the matrix as shown. */
    record Cell(String abc, String xyz, String products, String revenueShare) {}

    /** One row of the reorder table as shown. */
    record Row(
            String code,
            String description,
            String abcXyz,
            String demandClass,
            String meanUnits,
            Words.Label method,
            String nextForecast,
            String mase,
            String safetyStock,
            String reorderPoint) {}

    record View(
            String query,
            String abc,
            String sort,
            List<String> sorts,
            List<List<Cell>> matrix,
            String shown,
            List<Row> rows,
            String settings,
            String absent) {}

    /** A sort order's words in the page's menu ({@link #SORTS} are the query's values). */
    static String sortLabel(String sort) {
        return switch (sort) {
            case "reorder" -> "reorder point";
            case "mase" -> "forecast error";
            case "units" -> "mean units";
            case "code" -> "stock code";
            default -> sort;
        };
    }

    static View absent(String why) {
        return new View(null, null, "revenue", SORTS, List.of(), "0", List.of(), null, why);
    }

    static View of(InventoryReport report, String query, String abc, String sort) {
        return of(report, query, abc, sort, ROWS);
    }

    /** The page's view with at most {@code limit} rows (the report shows fewer). */
    static View of(InventoryReport report, String query, String abc, String sort, int limit) {
        String by = sort == null || sort.isBlank() ? "revenue" : sort.toLowerCase(Locale.ROOT);
        if (!SORTS.contains(by)) {
            throw new InvalidInputException(
                    "sort must be one of " + String.join(", ", SORTS) + ", got '" + Params.clip(sort) + "'", "sort");
        }
        String cls = abc == null || abc.isBlank() ? null : abc.trim().toUpperCase(Locale.ROOT);
        if (cls != null && !List.of("A", "B", "C").contains(cls)) {
            throw new InvalidInputException("abc must be A, B or C, got '" + Params.clip(abc) + "'", "abc");
        }
        String words = query == null ? "" : query.trim().toLowerCase(Locale.ROOT);
        List<ProductInventory> picked = new ArrayList<>();
        for (ProductInventory p : report.products()) {
            if (cls != null && p.abc() != cls.charAt(0)) {
                continue;
            }
            String text = (p.code() + " " + (p.description() == null ? "" : p.description())).toLowerCase(Locale.ROOT);
            if (!words.isEmpty() && !text.contains(words)) {
                continue;
            }
            picked.add(p);
        }
        picked.sort(order(by));
        List<Row> rows = picked.subList(0, Math.min(limit, picked.size())).stream()
                .map(InventoryPage::row)
                .toList();
        String shown = Format.number(rows.size()) + " of " + Words.count(picked.size(), "product", "products");
        var o = report.options();
        String period = o.period().adjective();
        String settings = Character.toUpperCase(period.charAt(0)) + period.substring(1) + " demand; forecasts "
                + Words.forecast(o.method()).text() + ", "
                + Words.count(o.horizon(), o.period().label(), o.period().label() + "s") + " ahead; lead time "
                + Format.decimal(o.leadTime(), o.leadTime() == Math.rint(o.leadTime()) ? 0 : 1) + " "
                + (o.leadTime() == 1 ? o.period().label() : o.period().label() + "s") + ", service level "
                + Format.decimal(o.serviceLevel() * 100, 0) + " %";
        return new View(query, cls, by, SORTS, matrix(report), shown, rows, settings, null);
    }

    private static Comparator<ProductInventory> order(String by) {
        return switch (by) {
            case "reorder" ->
                Comparator.comparingDouble(ProductInventory::reorderPoint).reversed();
            case "mase" ->
                Comparator.comparing(
                        (ProductInventory p) -> p.backtest().mase(), Comparator.nullsLast(Comparator.naturalOrder()));
            case "units" ->
                Comparator.comparingDouble(ProductInventory::meanUnits).reversed();
            case "code" -> Comparator.comparing(ProductInventory::code);
            default -> Comparator.comparingDouble(ProductInventory::revenue).reversed();
        };
    }

    private static Row row(ProductInventory p) {
        double[] f = p.forecast();
        return new Row(
                p.code(),
                p.description(),
                p.abcXyz(),
                p.demandClass().label(),
                Format.decimal(p.meanUnits(), 1),
                Words.forecast(p.method()),
                f.length == 0 ? "" : Format.decimal(f[0], 1),
                p.backtest().mase() == null ? "" : Format.decimal(p.backtest().mase(), 2),
                Format.decimal(p.safetyStock(), 1),
                Format.decimal(p.reorderPoint(), 1));
    }

    private static List<List<Cell>> matrix(InventoryReport report) {
        double total = 0;
        for (InventoryReport.MatrixCell c : report.matrix()) {
            total += c.revenue();
        }
        List<List<Cell>> rows = new ArrayList<>();
        for (char abc : new char[] {'A', 'B', 'C'}) {
            List<Cell> row = new ArrayList<>();
            for (char xyz : new char[] {'X', 'Y', 'Z'}) {
                int products = 0;
                double revenue = 0;
                for (InventoryReport.MatrixCell c : report.matrix()) {
                    if (c.abc() == abc && c.xyz() == xyz) {
                        products += c.products();
                        revenue += c.revenue();
                    }
                }
                row.add(new Cell(
                        String.valueOf(abc),
                        String.valueOf(xyz),
                        Format.number(products),
                        total > 0 ? Format.decimal(100 * revenue / total, 1) + " %" : "–"));
            }
            rows.add(row);
        }
        return rows;
    }
}
