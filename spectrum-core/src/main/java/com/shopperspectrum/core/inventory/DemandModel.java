package com.shopperspectrum.core.inventory;

import java.util.Objects;

/**
 * The demand part of a model: the per-product demand series and the options of the analyses run on them. The
 * reports are computed from the series when asked (milliseconds), so a model answers other horizons, lead times
 * or service levels without being trained again; the series is what the model stores.
 *
 * @param series    the demand series (weekly unless the model was trained with another period)
 * @param inventory the inventory analysis' options
 * @param pricing   the price response's options
 */
public record DemandModel(DemandSeries series, InventoryOptions inventory, PricingOptions pricing) {
    public DemandModel {
        Objects.requireNonNull(series, "series");
        Objects.requireNonNull(inventory, "inventory");
        Objects.requireNonNull(pricing, "pricing");
        if (series.period() != inventory.period()) {
            throw new IllegalArgumentException(
                    "the series are " + series.period().adjective() + " but the options say "
                            + inventory.period().label());
        }
    }

    /** The inventory analysis with the stored options. */
    public InventoryReport inventoryReport() {
        return inventoryReport(inventory);
    }

    /** The inventory analysis with other options of the same period. */
    public InventoryReport inventoryReport(InventoryOptions options) {
        if (options.period() != series.period()) {
            throw new IllegalArgumentException("--period " + options.period().label() + ": this model holds "
                    + series.period().adjective() + " series; train it again with --period "
                    + options.period().label());
        }
        return new InventoryAnalysis(options).analyse(series);
    }

    /** Whether the price response is available (it is fitted on weekly series). */
    public boolean hasPricing() {
        return series.period() == Period.WEEK;
    }

    /** The price response of every product. */
    public PricingReport pricingReport(PricingOptions options) {
        if (!hasPricing()) {
            throw new IllegalArgumentException("the price response needs weekly series; this model holds "
                    + series.period().adjective() + " ones: train it again with --period week");
        }
        return PricingReport.of(series, options);
    }
}
