package com.shopperspectrum.core.inventory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * ABC/XYZ classes, demand classes, forecasts, backtest and reorder points of every product of a
 * {@link DemandSeries}. ABC (Pareto analysis by revenue): products ranked by revenue, descending (ties by stock
 * code); A while the cumulative share up to and including the product is at most {@code abcA}, B while at most
 * {@code abcB}, else C. XYZ: the coefficient of variation of the units per period, X up to {@code xyzX}, Y up to
 * {@code xyzY}, else Z. The reorder view assumes normally distributed one-step errors with the backtest's RMSE,
 * independent across the lead time: safety stock = z · RMSE · √L, reorder point = forecast · L + safety stock.
 */
public final class InventoryAnalysis {
    private final InventoryOptions options;

    public InventoryAnalysis(InventoryOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    public InventoryReport analyse(DemandSeries series) {
        double[] revenue = new double[series.size()];
        double total = 0;
        for (int p = 0; p < revenue.length; p++) {
            revenue[p] = series.totalRevenue(p);
            total += revenue[p];
        }
        double z = Distributions.normalQuantile(options.serviceLevel());
        List<ProductInventory> rows = new ArrayList<>(revenue.length);
        double cumulative = 0;
        for (int p : byRevenue(series, revenue)) {
            cumulative += revenue[p];
            double share = total > 0 ? cumulative / total : 1;
            char abc = share <= options.abcA() + 1e-12 ? 'A' : share <= options.abcB() + 1e-12 ? 'B' : 'C';
            rows.add(product(series, p, revenue[p], total > 0 ? revenue[p] / total : 0, abc, z));
        }
        return new InventoryReport(options, series.lastPeriodStart(), rows, matrix(rows), summary(rows));
    }

    /** Product rows by revenue, descending; ties by stock code. */
    private static int[] byRevenue(DemandSeries series, double[] revenue) {
        return java.util.stream.IntStream.range(0, revenue.length)
                .boxed()
                .sorted((a, b) -> {
                    int c = Double.compare(revenue[b], revenue[a]);
                    return c != 0 ? c : series.code(a).compareTo(series.code(b));
                })
                .mapToInt(Integer::intValue)
                .toArray();
    }

    private ProductInventory product(DemandSeries series, int p, double revenue, double share, char abc, double z) {
        double[] y = series.units(p);
        double cv = Stats.cv(y);
        char xyz = cv <= options.xyzX() ? 'X' : cv <= options.xyzY() ? 'Y' : 'Z';
        DemandClass demandClass = DemandClass.of(y);
        double adi = DemandClass.adi(y);
        boolean fading = fading(y, adi);
        ForecastMethod method = resolve(demandClass, fading);
        double value = Forecasts.forecast(method, y, y.length, options.alpha(), options.beta());
        double[] forecast = new double[options.horizon()];
        Arrays.fill(forecast, value);
        Backtest backtest = Backtest.run(y, options.backtest(), method, options.alpha(), options.beta());
        double leadDemand = value * options.leadTime();
        double safety = backtest.origins() == 0 ? 0 : z * backtest.rmse() * Math.sqrt(options.leadTime());
        return new ProductInventory(
                series.code(p),
                series.description(p),
                revenue,
                share,
                abc,
                xyz,
                demandClass,
                y.length,
                Stats.mean(y),
                cv,
                adi,
                DemandClass.cv2(y),
                fading,
                method,
                forecast,
                backtest,
                leadDemand,
                Math.max(0, safety),
                leadDemand + Math.max(0, safety),
                note(y, backtest));
    }

    /** Why the forecast of {@code y} deserves less trust, or null. */
    private String note(double[] y, Backtest backtest) {
        String period = options.period().label();
        if (Stats.nonZero(y).length == 1) {
            return "one " + period + " of sales: the forecast repeats it and cannot be checked";
        }
        if (backtest.origins() == 0) {
            return "only " + y.length + " " + period + "s since the first sale: too short for a backtest";
        }
        return null;
    }

    /** No demand in the last max(4, ⌈2·ADI⌉) periods (and the series is longer than that). */
    static boolean fading(double[] y, double adi) {
        int window = (int) Math.max(4, Math.ceil(2 * adi));
        if (y.length <= window) {
            return false;
        }
        for (int t = y.length - window; t < y.length; t++) {
            if (y[t] > 0) {
                return false;
            }
        }
        return true;
    }

    private ForecastMethod resolve(DemandClass demandClass, boolean fading) {
        if (options.method() != ForecastMethod.AUTO) {
            return options.method();
        }
        if (fading) {
            return ForecastMethod.TSB;
        }
        return switch (demandClass) {
            case SMOOTH, ERRATIC -> ForecastMethod.SES;
            case INTERMITTENT, LUMPY -> ForecastMethod.SBA;
        };
    }

    private static List<InventoryReport.MatrixCell> matrix(List<ProductInventory> rows) {
        List<InventoryReport.MatrixCell> cells = new ArrayList<>(9);
        for (char abc : new char[] {'A', 'B', 'C'}) {
            for (char xyz : new char[] {'X', 'Y', 'Z'}) {
                int n = 0;
                double revenue = 0;
                for (ProductInventory r : rows) {
                    if (r.abc() == abc && r.xyz() == xyz) {
                        n++;
                        revenue += r.revenue();
                    }
                }
                cells.add(new InventoryReport.MatrixCell(abc, xyz, n, revenue));
            }
        }
        return cells;
    }

    private static InventoryReport.BacktestSummary summary(List<ProductInventory> rows) {
        int n = 0;
        int beat = 0;
        java.util.List<Double> mases = new java.util.ArrayList<>();
        double mae = 0;
        double naive = 0;
        for (ProductInventory r : rows) {
            if (r.abc() == 'C' || r.backtest().origins() == 0) {
                continue;
            }
            n++;
            beat += r.backtest().beatsNaive() ? 1 : 0;
            mae += r.backtest().mae();
            naive += r.backtest().naiveMae();
            if (r.backtest().mase() != null) {
                mases.add(r.backtest().mase());
            }
        }
        java.util.Collections.sort(mases);
        Double median = mases.isEmpty() ? null : (mases.get((mases.size() - 1) / 2) + mases.get(mases.size() / 2)) / 2;
        return new InventoryReport.BacktestSummary(n, median, beat, n == 0 ? 0 : mae / n, n == 0 ? 0 : naive / n);
    }
}
