/**
 * Reading and writing transaction files.
 *
 * <p>{@link com.shopperspectrum.io.TransactionReader} streams CSV, gzip CSV or an XLSX sheet into the columnar
 * {@link com.shopperspectrum.core.data.TransactionTable}: a {@code RowSource} hands out each row as character
 * ranges in a reused buffer, {@code ColumnLayout} says where each field is (the UCI layouts from the header, or
 * a {@code --columns} mapping), and {@code RowLoader} normalises the fields and appends them, or rejects the row
 * whole with its file, line, column and value.
 */
package com.shopperspectrum.io;
