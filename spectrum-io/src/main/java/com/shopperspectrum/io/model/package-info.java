/**
 * The model artifact on disk: a directory written atomically by {@link com.shopperspectrum.io.model.ModelWriter}
 * and validated on load by {@link com.shopperspectrum.io.model.ModelReader}.
 *
 * <p>Format version 3 (this one): one product index space. Version 2 kept the neighbours in their own product
 * indices; a model of another version is refused with a message that says to retrain.
 *
 * <p>The directory ({@link com.shopperspectrum.io.model.ModelDirectory}): {@code DIR/spectrum-model} (the format
 * marker), {@code DIR/current} (a link to, or a file naming, the version in use) and {@code DIR/v-STAMP/} holding
 * the files below; a model of the earlier single-directory layout holds them in DIR itself and still loads.
 *
 * <pre>
 * v-STAMP/
 *   metadata.json   format version, program version, input file (name, size, SHA-256), options, counts, timings,
 *                   and {@code parts}: the model's files, each of which loading then requires
 *   profile.json    the data profile (as {@code spectrum profile --json} minus the input block)
 *   products.bin    the catalogue, one row per product in first-raw-line order; a product's row is its index in
 *                   every other file (codes, descriptions, units, revenue, customers, flags, popularity ranks)
 *   customers.bin   customer ids, RFM, snapshot day, main country
 *   histories.bin   per customer row: product rows bought, lines, units, last day (compressed sparse rows), and
 *                   the last day of the data
 *   segments.json   the segment model (scaler, centroids, names, quintile boundaries, k selection), when fitted
 *   segments.bin    per customer: cluster, R/F/M scores, named RFM segment (ordinal), when fitted
 *   neighbours.json the scope, weighting and K of the item similarity
 *   neighbours.bin  top-K neighbours per product row (CSR: offsets, product rows, float scores)
 *   recommender.json the model of personal recommendations: type (ease or cosine), EASE options, half-life
 *   recommender.bin  its top-K weights per product (CSR: offsets, product rows, float weights), unless the type is cosine, which reuses neighbours.bin
 *   evaluation.json the offline evaluation table, when train ran with --evaluate
 *   checksums       "SHA-256  file" per line for every file above (the format of sha256sum, so
 *                   {@code sha256sum -c checksums} checks a model by hand)
 * </pre>
 *
 * <p>A {@code .bin} file is a {@link com.shopperspectrum.io.model.ColumnWriter column file}: the magic bytes
 * {@code SSPC}, a format int, then typed columns (tag byte, length, values), then the end marker {@code SEND}.
 * All numbers are big-endian (Java's {@link java.io.DataOutputStream} order); strings are UTF-8 with an int byte
 * length ({@code -1} for null). Uncompressed on purpose: loading is a read and a bulk copy per column.
 */
package com.shopperspectrum.io.model;
