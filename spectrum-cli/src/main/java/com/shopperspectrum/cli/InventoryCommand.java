package com.shopperspectrum.cli;

import com.shopperspectrum.core.inventory.DemandModel;
import com.shopperspectrum.core.inventory.InventoryReport;
import com.shopperspectrum.core.inventory.PricingOptions;
import com.shopperspectrum.io.view.InventoryCsv;
import com.shopperspectrum.io.view.InventoryView;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code spectrum inventory FILE|--model DIR}: ABC/XYZ classes, demand forecasts with a backtest, reorder points. */
@Command(
        name = "inventory",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "ABC/XYZ classes, demand classes, forecasts with a rolling-origin backtest and reorder points per product.",
            "",
            "Demand: per product, the units of every sales line the cleaning keeps (lines without a customer id "
                    + "count: they are sales), non-products left out, per period from the product's first sale to "
                    + "the last period of the data, zeros between. ABC: products by revenue, descending; A while the "
                    + "cumulative share is at most 80 %%, B at most 95 %%, else C. XYZ: coefficient of variation of "
                    + "the units per period, X <= 0.5, Y <= 1.0, else Z. Demand class (Syntetos-Boylan): average "
                    + "demand interval ADI and CV2 of the non-zero sizes, cut-offs 1.32 and 0.49: smooth, erratic, "
                    + "intermittent, lumpy. Backtest: one-step-ahead forecasts at each of the last N periods against "
                    + "the naive forecast (the last value); MASE = MAE / in-sample naive MAE. Reorder point = "
                    + "forecast x lead time + z(service level) x backtest RMSE x sqrt(lead time).",
            "",
            "Writes -o: stock_code,description,abc,xyz,demand_class,mean_weekly_units,cv,method,forecast_1..H,mase,"
                    + "safety_stock,reorder_point. See docs/inventory.md."
        })
public final class InventoryCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    FileOrModel source;

    @Mixin
    InventoryMixin inventory;

    @Mixin
    ProductListOutput list;

    @Mixin
    InputOptions input;

    @Mixin
    CleaningMixin cleaning;

    @Override
    public Integer call() {
        var options = inventory.toOptions();
        var err = spec.commandLine().getErr();
        DemandModel demand = DemandInput.load(source.input(), input, cleaning, options, PricingOptions.DEFAULT, err);
        InventoryReport report = demand.inventoryReport(options);
        if (list.output != null) {
            DemandInput.write(list.output, new InventoryCsv(report).text());
        }
        var out = spec.commandLine().getOut();
        out.print(
                list.json
                        ? new InventoryView(report, list.top).text() + "\n"
                        : InventoryText.of(report, list.top, list.output));
        out.flush();
        return ExitCodes.OK;
    }
}
