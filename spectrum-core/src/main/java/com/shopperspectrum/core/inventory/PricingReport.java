package com.shopperspectrum.core.inventory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The price response of every product of a weekly {@link DemandSeries}: the products with an estimate first
 * (by the width of their interval, narrowest first: the best-measured), then the others by stock code, each with
 * its reason.
 */
public record PricingReport(PricingOptions options, List<PriceResponse> products) {
    public PricingReport {
        Objects.requireNonNull(options, "options");
        products = List.copyOf(products);
    }

    /** The price responses of {@code weekly}'s products. */
    public static PricingReport of(DemandSeries weekly, PricingOptions options) {
        if (weekly.period() != Period.WEEK) {
            throw new IllegalArgumentException("the price response is fitted on weekly series, not " + weekly.period());
        }
        List<PriceResponse> all = new ArrayList<>(weekly.size());
        for (int p = 0; p < weekly.size(); p++) {
            all.add(PriceResponse.fit(
                    weekly.code(p),
                    weekly.description(p),
                    weekly.units(p),
                    weekly.revenue(p),
                    options.minWeeks(),
                    options.minPriceCv()));
        }
        all.sort(Comparator.comparing((PriceResponse r) -> r.estimate() == null)
                .thenComparingDouble(r -> r.estimate() == null
                        ? 0
                        : r.estimate().high() - r.estimate().low())
                .thenComparing(PriceResponse::code));
        return new PricingReport(options, all);
    }

    /** How many products have an estimate. */
    public long estimated() {
        return products.stream().filter(r -> r.estimate() != null).count();
    }
}
