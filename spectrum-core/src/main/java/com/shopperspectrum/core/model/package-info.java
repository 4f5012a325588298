/**
 * The trained model as one immutable, versioned aggregate ({@link com.shopperspectrum.core.model.SpectrumModel}):
 * provenance, the data profile, the product catalogue, the customer table and the customers' purchase
 * histories — everything that serving, reporting and the {@code --model} commands need, without the
 * transactions. Columnar parts (dense int indices inside, stock codes and customer ids at the edges) so that
 * the io layer can store them as a few primitive arrays and load them in milliseconds.
 */
package com.shopperspectrum.core.model;
