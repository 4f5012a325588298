package com.shopperspectrum.io.view;

import com.shopperspectrum.core.inventory.DemandSeries;
import com.shopperspectrum.core.inventory.ForecastBand;
import com.shopperspectrum.core.inventory.ProductInventory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * {@code GET /api/products/{code}/demand} and the product page's demand chart: {@code {"stockCode", "description",
 * "period", "starts": [first day of each period], "units": [...], "revenue": [...] (null without prices),
 * "forecastStarts": [...], "forecast": [...], "band": {"level", "low", "high"} (null without a backtest),
 * "inventory": {the product's object of InventoryView}}}. The series run from the product's first sale to the last
 * period of the data, zeros between.
 *
 * @param series  the demand series
 * @param index   the product's index in {@code series}
 * @param product the product's inventory analysis
 * @param band    the forecast's band, or null
 */
public record DemandView(DemandSeries series, int index, ProductInventory product, ForecastBand band)
        implements JsonView {
    /** The band's coverage on the product page and in the API. */
    public static final double BAND_LEVEL = 0.95;

    public DemandView {
        Objects.requireNonNull(series, "series");
        Objects.requireNonNull(product, "product");
    }

    /** The view of {@code product}, with its {@link #BAND_LEVEL} band. */
    public static DemandView of(DemandSeries series, ProductInventory product) {
        int index = series.indexOf(product.code());
        if (index < 0) {
            throw new IllegalArgumentException("no demand series for " + product.code());
        }
        return new DemandView(series, index, product, ForecastBand.of(product, BAND_LEVEL));
    }

    @Override
    public Map<String, Object> shape() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("stockCode", product.code());
        m.put("description", product.description());
        m.put("period", series.period().label());
        m.put("starts", starts());
        m.put("units", series.units(index));
        double[] revenue = series.revenue(index);
        m.put("revenue", product.revenue() > 0 ? revenue : null);
        m.put("forecastStarts", forecastStarts());
        m.put("forecast", product.forecast());
        if (band == null) {
            m.put("band", null);
        } else {
            Map<String, Object> b = new LinkedHashMap<>();
            b.put("level", band.level());
            b.put("low", band.low());
            b.put("high", band.high());
            m.put("band", b);
        }
        m.put("inventory", InventoryView.product(product));
        return m;
    }

    /** The first day of each period of the series. */
    public List<String> starts() {
        return starts(series.firstPeriod(index), series.lastPeriod() - series.firstPeriod(index) + 1);
    }

    /** The first day of each period of the forecast (the periods after the series). */
    public List<String> forecastStarts() {
        return starts(series.lastPeriod() + 1, product.forecast().length);
    }

    private List<String> starts(int first, int count) {
        List<String> days = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            days.add(series.period().start(first + i).toString());
        }
        return days;
    }
}
