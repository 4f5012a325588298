package com.shopperspectrum.cli;

import com.shopperspectrum.core.inventory.InventoryReport;
import com.shopperspectrum.core.inventory.ProductInventory;
import java.nio.file.Path;
import java.util.Locale;

/** The readable output of {@code inventory}: the matrix, the backtest in words, the top products. */
final class InventoryText {
    private InventoryText() {}

    static String of(InventoryReport r, int top, Path output) {
        StringBuilder b = new StringBuilder();
        String period = r.options().period().label();
        b.append(String.format(
                Locale.ROOT,
                "Inventory of %,d products: %s demand up to the %s of %s%n%n",
                r.products().size(),
                r.options().period().adjective(),
                period,
                r.lastPeriodStart()));
        b.append(String.format(Locale.ROOT, "%-4s %22s %22s %22s%n", "", "X (steady)", "Y (variable)", "Z (erratic)"));
        for (int row = 0; row < 3; row++) {
            b.append(String.format(Locale.ROOT, "%-4s", "ABC".charAt(row)));
            for (int col = 0; col < 3; col++) {
                InventoryReport.MatrixCell c = r.matrix().get(row * 3 + col);
                b.append(String.format(
                        Locale.ROOT, " %22s", String.format(Locale.ROOT, "%,d (%,.0f)", c.products(), c.revenue())));
            }
            b.append('\n');
        }
        b.append("     products (revenue) by revenue class A/B/C and demand variability X/Y/Z\n\n");
        b.append(backtest(r)).append("\n\n");
        b.append(String.format(
                Locale.ROOT,
                "%-9s %-34s %-3s %-12s %-7s %10s %9s %8s%n",
                "code",
                "description",
                "cls",
                "demand",
                "method",
                "fcst/" + period,
                "reorder",
                "MASE"));
        for (ProductInventory p :
                r.products().subList(0, Math.min(top, r.products().size()))) {
            b.append(String.format(
                    Locale.ROOT,
                    "%-9s %-34s %-3s %-12s %-7s %10.1f %9.1f %8s%n",
                    p.code(),
                    ProductListOutput.cut(p.description()),
                    p.abcXyz(),
                    p.demandClass().label(),
                    p.method().label(),
                    p.forecast()[0],
                    p.reorderPoint(),
                    p.backtest().mase() == null
                            ? "-"
                            : String.format(Locale.ROOT, "%.2f", p.backtest().mase())));
            if (p.note() != null) {
                b.append("          ^ ").append(p.note()).append('\n');
            }
        }
        if (output != null) {
            b.append("\nwrote ")
                    .append(r.products().size())
                    .append(" products to ")
                    .append(output)
                    .append('\n');
        }
        return b.toString();
    }

    /** The backtest over the A and B products in plain words; never claims more than it measured. */
    static String backtest(InventoryReport r) {
        InventoryReport.BacktestSummary s = r.summary();
        if (s.products() == 0) {
            return "Backtest: no A or B product has enough history for one.";
        }
        String verdict = s.beatNaiveShare() >= 0.5
                ? "the forecast was more accurate than the naive forecast for"
                : "the forecast was NOT more accurate than the naive forecast for most products: only";
        return String.format(
                Locale.ROOT,
                "Backtest of one-step forecasts at each of the last %d %ss over %,d A and B products: %s %,d of them "
                        + "(%.0f %%); mean absolute error %.1f units against %.1f for the naive forecast; median MASE %s.",
                r.options().backtest(),
                r.options().period().label(),
                s.products(),
                verdict,
                s.beatNaive(),
                100 * s.beatNaiveShare(),
                s.meanMae(),
                s.meanNaiveMae(),
                s.medianMase() == null ? "undefined" : String.format(Locale.ROOT, "%.2f", s.medianMase()));
    }
}
