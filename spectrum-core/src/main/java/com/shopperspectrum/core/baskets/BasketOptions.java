package com.shopperspectrum.core.baskets;

import com.shopperspectrum.core.clean.NonProductCodes;
import java.util.Objects;

/**
 * How the sales lines become baskets.
 *
 * @param scope              one basket per invoice (default) or per customer and day
 * @param item               items by stock code (default) or by trimmed description
 * @param includeNonProducts keep postage, fees and vouchers as items (default: left out of the items; their
 *                           baskets still count)
 * @param customersOnly      only lines with a customer id (default: every line, as an order without a customer
 *                           id is still an order)
 * @param country            only the lines of this country (case-insensitive), or null for all
 * @param nonProducts        the non-product codes (matched on the stock code, also when items are descriptions)
 */
public record BasketOptions(
        BasketScope scope,
        ItemKey item,
        boolean includeNonProducts,
        boolean customersOnly,
        String country,
        NonProductCodes nonProducts) {
    public static final BasketOptions DEFAULT =
            new BasketOptions(BasketScope.INVOICE, ItemKey.STOCK_CODE, false, false, null, NonProductCodes.DEFAULT);

    public BasketOptions {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(nonProducts, "nonProducts");
        if (country != null && country.isBlank()) {
            throw new IllegalArgumentException("--country must name a country, got '" + country + "'");
        }
    }

    public BasketOptions withCountry(String value) {
        return new BasketOptions(scope, item, includeNonProducts, customersOnly, value, nonProducts);
    }

    public BasketOptions withNonProducts(NonProductCodes value) {
        return new BasketOptions(scope, item, includeNonProducts, customersOnly, country, value);
    }

    public BasketOptions withItem(ItemKey value) {
        return new BasketOptions(scope, value, includeNonProducts, customersOnly, country, nonProducts);
    }
}
