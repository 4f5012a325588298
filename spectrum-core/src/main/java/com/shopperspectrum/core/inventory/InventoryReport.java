package com.shopperspectrum.core.inventory;

import java.util.List;
import java.util.Objects;

/**
 * The inventory analysis: one row per product (in ABC order: revenue descending, ties by stock code), the ABC ×
 * XYZ matrix and the backtest over the A and B products.
 *
 * @param options          what was computed
 * @param lastPeriodStart  first day of the last period of the data (the forecast starts after it)
 * @param products         the rows
 * @param matrix           the 3 × 3 matrix, rows A, B, C and columns X, Y, Z
 * @param summary          the backtest over the A and B products
 */
public record InventoryReport(
        InventoryOptions options,
        java.time.LocalDate lastPeriodStart,
        List<ProductInventory> products,
        List<MatrixCell> matrix,
        BacktestSummary summary) {
    public InventoryReport {
        Objects.requireNonNull(options, "options");
        products = List.copyOf(products);
        matrix = List.copyOf(matrix);
    }

    /** One cell of the ABC × XYZ matrix: how many products and how much revenue. */
    public record MatrixCell(char abc, char xyz, int products, double revenue) {}

    /**
     * The backtest over the A and B products that have one.
     *
     * @param products        A and B products with a backtest
     * @param medianMase      median MASE over those with a defined MASE (the mean is ruled by a few products with a
     *                        near-constant history), or null when none has one
     * @param beatNaive       how many had a lower MAE than the naive forecast
     * @param meanMae         the mean of their MAE
     * @param meanNaiveMae    the mean of the naive forecast's MAE
     */
    public record BacktestSummary(int products, Double medianMase, int beatNaive, double meanMae, double meanNaiveMae) {
        /** The share of products where the method beat the naive forecast (0 when there are none). */
        public double beatNaiveShare() {
            return products == 0 ? 0 : (double) beatNaive / products;
        }
    }
}
