package com.shopperspectrum.core.model;

import com.shopperspectrum.core.profile.DataProfile;
import java.util.Objects;

/**
 * A trained model: one immutable aggregate that serving, reporting and the {@code --model} commands read
 * instead of the transactions. Safe to share across request threads; to update, train a new one and swap.
 *
 * @param metadata  provenance: format and program version, input file hash, options, counts, timings
 * @param profile   the data profile of the training data
 * @param products  the product catalogue, most popular first
 * @param customers the customer table (RFM, main country)
 * @param histories what each customer bought (rows aligned with {@code customers} and {@code products})
 */
public record SpectrumModel(ModelMetadata metadata, DataProfile profile, ProductTable products,
                            CustomerTable customers, PurchaseHistories histories) {
    public SpectrumModel {
        Objects.requireNonNull(metadata, "metadata");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(products, "products");
        Objects.requireNonNull(customers, "customers");
        Objects.requireNonNull(histories, "histories");
        if (histories.customers() != customers.size()) {
            throw new IllegalArgumentException("histories hold " + histories.customers() + " customers, the table "
                    + customers.size());
        }
    }

    /** The same model with other metadata (e.g. with the final timings). */
    public SpectrumModel withMetadata(ModelMetadata newMetadata) {
        return new SpectrumModel(newMetadata, profile, products, customers, histories);
    }
}
