/**
 * Reading and writing transaction files: the public API.
 *
 * <p>{@link com.shopperspectrum.io.TransactionReader} streams CSV, gzip CSV or an XLSX sheet into the columnar
 * {@link com.shopperspectrum.core.data.TransactionTable} as {@link com.shopperspectrum.io.ReadOptions} say, and
 * returns it with a {@link com.shopperspectrum.io.ReadReport} in a {@link com.shopperspectrum.io.ReadResult};
 * {@link com.shopperspectrum.io.ReadProgress} hears the bytes read and {@link com.shopperspectrum.io.InputFormat}
 * names the container. The reader's internals (record splitting, UTF-8 checks, number and date parsing, the
 * column layout) live in {@link com.shopperspectrum.io.read}, fenced behind its {@code FileLoader}. This package
 * also holds the JSON mapper and the CSV writers (the generated data, the rejected rows).
 */
package com.shopperspectrum.io;
