package com.shopperspectrum.web;

import com.shopperspectrum.core.inventory.DemandModel;
import com.shopperspectrum.core.inventory.InventoryReport;
import com.shopperspectrum.core.inventory.PriceResponse;
import com.shopperspectrum.core.inventory.PricingReport;
import com.shopperspectrum.core.inventory.ProductInventory;
import com.shopperspectrum.core.model.SpectrumModel;
import com.shopperspectrum.io.view.DemandView;
import java.util.HashMap;
import java.util.Map;

/**
 * The model's demand part as the API and the pages ask for it: the inventory and price-response reports with the
 * stored options, computed once on first use (milliseconds to a second), and each product's entry by stock code.
 * A model without the demand part (an earlier version's) answers 404 with what to do.
 */
final class DemandAnswers {
    private final SpectrumModel model;
    private final Once<Reports> reports = new Once<>(this::compute);

    private record Reports(
            InventoryReport inventory,
            Map<String, ProductInventory> byCode,
            PricingReport pricing,
            Map<String, PriceResponse> prices) {}

    DemandAnswers(SpectrumModel model) {
        this.model = model;
    }

    boolean available() {
        return model.demand() != null;
    }

    InventoryReport inventory() {
        return reports().inventory();
    }

    /** The price response of every product, or a 404 when the series are not weekly. */
    PricingReport pricing() {
        Reports r = reports();
        if (r.pricing() == null) {
            throw new NotFoundException("no price response: it needs weekly demand series and this model holds "
                    + model.demand().series().period().adjective() + " ones; train it again with --period week");
        }
        return r.pricing();
    }

    /** One product's demand series, forecast and band, or a 404 for a product without a series. */
    DemandView demand(String stockCode) {
        ProductInventory p = reports().byCode().get(stockCode);
        if (p == null) {
            throw new NotFoundException(missing(stockCode));
        }
        return DemandView.of(model.demand().series(), p);
    }

    /** One product's price response (an estimate or the reason there is none), or a 404. */
    PriceResponse priceResponse(String stockCode) {
        pricing();
        PriceResponse r = reports().prices().get(stockCode);
        if (r == null) {
            throw new NotFoundException(missing(stockCode));
        }
        return r;
    }

    /** The product's inventory entry, or null when it has no demand series (or the model no demand part). */
    ProductInventory find(String stockCode) {
        return available() ? reports().byCode().get(stockCode) : null;
    }

    private String missing(String stockCode) {
        return "no demand series for product '" + stockCode + "' (unknown, a non-product, or no sales the cleaning"
                + " kept)";
    }

    private Reports reports() {
        return reports.get();
    }

    private Reports compute() {
        DemandModel demand = model.demand();
        if (demand == null) {
            throw new NotFoundException(
                    model.hasProducts()
                            ? "this model has no demand series (it was trained by an earlier version): "
                                    + "train it again with spectrum train"
                            : com.shopperspectrum.core.model.NoProducts.NOTE);
        }
        InventoryReport inventory = demand.inventoryReport();
        Map<String, ProductInventory> byCode = new HashMap<>();
        inventory.products().forEach(p -> byCode.put(p.code(), p));
        PricingReport pricing = demand.hasPricing() ? demand.pricingReport(demand.pricing()) : null;
        Map<String, PriceResponse> prices = new HashMap<>();
        if (pricing != null) {
            pricing.products().forEach(p -> prices.put(p.code(), p));
        }
        return new Reports(inventory, byCode, pricing, prices);
    }
}
