package com.shopperspectrum.core.baskets;

import java.util.Locale;

/** What an item is: a stock code, or a trimmed description (the published examples key items by description). */
public enum ItemKey {
    STOCK_CODE,
    DESCRIPTION;

    /** The option's spelling: {@code stock-code}, {@code description}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
