package com.shopperspectrum.core.recommend;

/** What a row of the {@link PurchaseMatrix} is, and so what "bought together" means. */
public enum Scope {
    /** One row per customer: products bought by the same customer at any time (the original method). */
    CUSTOMER,
    /** One row per invoice: products bought in the same order ("frequently bought together"). */
    INVOICE
}
