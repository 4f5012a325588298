package com.shopperspectrum.io.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import com.shopperspectrum.core.clean.Cleaner;
import com.shopperspectrum.core.clean.CleaningOptions;
import com.shopperspectrum.core.data.RealData;
import com.shopperspectrum.core.inventory.DemandSeries;
import com.shopperspectrum.core.inventory.Forecasts;
import com.shopperspectrum.core.inventory.InventoryAnalysis;
import com.shopperspectrum.core.inventory.InventoryOptions;
import com.shopperspectrum.core.inventory.InventoryReport;
import com.shopperspectrum.core.inventory.Period;
import com.shopperspectrum.core.inventory.PriceResponse;
import com.shopperspectrum.core.inventory.ProductInventory;
import com.shopperspectrum.io.ReadOptions;
import com.shopperspectrum.io.TransactionReader;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The weekly series, ABC/XYZ and demand classes, the four recursions and the log–log price slopes on the real
 * Online Retail file against the independent pandas/scipy reference {@code bench/inventory_reference.py}
 * (pandas 1.5.3, numpy 1.24.2, scipy 1.10.1; its output is
 * {@code src/test/resources/reference/inventory_by_pandas.csv.gz}; the command is in the script's docstring).
 * Classes exact, numbers to 1e-9 relative. Cleaning: the original method's rules with the lines without a
 * customer kept (the reference's rules). Skipped, visibly, when the data folder is absent.
 */
class InventoryReferenceTest {
    private static DemandSeries series;
    private static Map<String, Map<String, String>> expected;

    @BeforeAll
    static void load() throws IOException {
        var read = new TransactionReader()
                .read(RealData.file(RealData.ONLINE_RETAIL), ReadOptions.DEFAULT)
                .table();
        CleaningOptions original = CleaningOptions.ORIGINAL;
        series = DemandSeries.of(new Cleaner(original).sales(read), original.nonProducts(), Period.WEEK);
        expected = reference();
    }

    @Test
    void theSameProductsAndSeries() {
        assertThat(series.size()).isEqualTo(expected.size()).isEqualTo(3791);
        for (int p = 0; p < series.size(); p++) {
            Map<String, String> row = expected.get(series.code(p));
            assertThat(row).as("product %s in the reference", series.code(p)).isNotNull();
            double[] y = series.units(p);
            double sum = 0;
            double squares = 0;
            int nonZero = 0;
            for (double v : y) {
                sum += v;
                squares += v * v;
                nonZero += v > 0 ? 1 : 0;
            }
            assertThat(Period.WEEK.start(series.firstPeriod(p)).toString()).isEqualTo(row.get("first_week"));
            assertThat(y.length).isEqualTo(Integer.parseInt(row.get("periods")));
            close(sum, row, "units_total", series.code(p));
            close(squares, row, "units_sumsq", series.code(p));
            assertThat(nonZero).isEqualTo(Integer.parseInt(row.get("nonzero_weeks")));
            close(series.totalRevenue(p), row, "revenue", series.code(p));
        }
    }

    @Test
    void theSameClassesAndRecursions() {
        InventoryReport report = new InventoryAnalysis(InventoryOptions.DEFAULT).analyse(series);
        for (ProductInventory p : report.products()) {
            Map<String, String> row = expected.get(p.code());
            assertThat(String.valueOf(p.abc())).as("ABC of %s", p.code()).isEqualTo(row.get("abc"));
            assertThat(String.valueOf(p.xyz())).as("XYZ of %s", p.code()).isEqualTo(row.get("xyz"));
            assertThat(p.demandClass().label()).as("class of %s", p.code()).isEqualTo(row.get("demand_class"));
            close(p.meanUnits(), row, "mean_units", p.code());
            close(p.cv(), row, "cv", p.code());
            close(p.adi(), row, "adi", p.code());
            close(p.cv2(), row, "cv2", p.code());
            double[] y = series.units(series.indexOf(p.code()));
            double alpha = Forecasts.sesAlpha(y, y.length);
            close(alpha, row, "ses_alpha", p.code());
            close(Forecasts.ses(y, y.length, alpha), row, "ses", p.code());
            close(Forecasts.croston(y, y.length, 0.1), row, "croston", p.code());
            close(Forecasts.sba(y, y.length, 0.1), row, "sba", p.code());
            close(Forecasts.tsb(y, y.length, 0.1, 0.1), row, "tsb", p.code());
        }
        assertThat(report.products()).extracting(ProductInventory::abc).contains('A', 'B', 'C');
    }

    @Test
    void theSamePriceSlopes() {
        int estimated = 0;
        for (int p = 0; p < series.size(); p++) {
            Map<String, String> row = expected.get(series.code(p));
            PriceResponse r = PriceResponse.fit(series.code(p), null, series.units(p), series.revenue(p), 8, 0.05);
            assertThat(r.weeks()).isEqualTo(Integer.parseInt(row.get("weeks")));
            close(r.priceCv(), row, "price_cv", series.code(p));
            assertThat(r.estimate() == null)
                    .as("estimate of %s", series.code(p))
                    .isEqualTo(row.get("slope").isEmpty());
            if (r.estimate() != null) {
                estimated++;
                close(r.estimate().slope(), row, "slope", series.code(p));
                close(r.estimate().standardError(), row, "se", series.code(p));
                close(r.estimate().low(), row, "low", series.code(p));
                close(r.estimate().high(), row, "high", series.code(p));
                close(r.estimate().rSquared(), row, "r2", series.code(p));
            }
        }
        assertThat(estimated).isGreaterThan(500);
    }

    private static void close(double actual, Map<String, String> row, String column, String code) {
        double want = Double.parseDouble(row.get(column));
        assertThat(Math.abs(actual - want))
                .as("%s of %s: %s against %s", column, code, actual, want)
                .isLessThanOrEqualTo(1e-9 * Math.abs(want) + 1e-12);
    }

    private static Map<String, Map<String, String>> reference() throws IOException {
        Map<String, Map<String, String>> rows = new HashMap<>();
        try (var in = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(
                        InventoryReferenceTest.class.getResourceAsStream("/reference/inventory_by_pandas.csv.gz")),
                StandardCharsets.UTF_8))) {
            in.readLine();
            List<String> header = List.of(in.readLine().split(",", -1));
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] f = line.split(",", -1);
                Map<String, String> row = new HashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    row.put(header.get(i), f[i]);
                }
                rows.put(row.get("stock_code"), row);
            }
        }
        return rows;
    }
}
