package com.shopperspectrum.io.view;

import com.shopperspectrum.core.inventory.InventoryReport;
import com.shopperspectrum.core.inventory.ProductInventory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One row per product of the inventory analysis: the file of {@code spectrum inventory -o} and
 * {@code GET /api/inventory.csv}. Header {@code stock_code,description,abc,xyz,demand_class,mean_weekly_units,cv,
 * method,forecast_1,…,forecast_H,mase,safety_stock,reorder_point} ({@code mean_daily_units} or
 * {@code mean_monthly_units} for the other periods); an empty {@code mase} where it is undefined.
 */
public record InventoryCsv(InventoryReport report) implements CsvView {
    public InventoryCsv {
        Objects.requireNonNull(report, "report");
    }

    /** The header row (without its line break). */
    public String header() {
        List<String> cells = new ArrayList<>(List.of("stock_code", "description", "abc", "xyz", "demand_class"));
        cells.add("mean_" + report.options().period().adjective() + "_units");
        cells.add("cv");
        cells.add("method");
        for (int h = 1; h <= report.options().horizon(); h++) {
            cells.add("forecast_" + h);
        }
        cells.addAll(List.of("mase", "safety_stock", "reorder_point"));
        return String.join(",", cells);
    }

    @Override
    public void write(Appendable out) throws IOException {
        out.append(header()).append('\n');
        for (ProductInventory p : report.products()) {
            List<String> cells = new ArrayList<>();
            cells.add(p.code());
            cells.add(p.description());
            cells.add(String.valueOf(p.abc()));
            cells.add(String.valueOf(p.xyz()));
            cells.add(p.demandClass().label());
            cells.add(Csv.decimal(p.meanUnits()));
            cells.add(Csv.decimal(p.cv()));
            cells.add(p.method().label());
            for (double f : p.forecast()) {
                cells.add(Csv.decimal(f));
            }
            cells.add(
                    p.backtest().mase() == null
                            ? null
                            : Csv.decimal(p.backtest().mase()));
            cells.add(Csv.decimal(p.safetyStock()));
            cells.add(Csv.decimal(p.reorderPoint()));
            out.append(Csv.row(cells));
        }
    }
}
