package com.shopperspectrum.io;

import com.shopperspectrum.core.data.TransactionTable;

/** The table read from a file and the report of how it was read. */
public record ReadResult(TransactionTable table, ReadReport report) {}
