/**
 * The output shapes shared by the CLI and the REST API: one class per JSON answer or CSV table, so that
 * {@code spectrum <command> --json} prints the same bytes as the matching endpoint answers (plus a line break).
 *
 * <p>JSON goes through the one mapper, {@link com.shopperspectrum.io.Json}; every CSV the product writes (exports,
 * the generator's files, the rejects file) goes through {@link com.shopperspectrum.io.view.Csv}, which guards
 * spreadsheet formulas. May import core and Jackson; nothing from the CLI or the web layer.
 */
package com.shopperspectrum.io.view;
