/**
 * Transaction lines held column by column ({@link com.shopperspectrum.core.data.TransactionTable}) with
 * dictionary-encoded strings: dense int ids inside, external ids (stock codes, customer ids) at the edges.
 * {@link com.shopperspectrum.core.data.LongSort} sorts the packed (id, id) keys the distinct-pair counts use.
 */
package com.shopperspectrum.core.data;
