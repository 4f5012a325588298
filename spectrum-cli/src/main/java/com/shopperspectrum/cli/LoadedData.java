package com.shopperspectrum.cli;

import com.shopperspectrum.core.clean.CleaningResult;
import com.shopperspectrum.core.data.TransactionTable;
import com.shopperspectrum.io.ReadResult;

/** A file read and cleaned: what most commands start from. */
public record LoadedData(ReadResult read, CleaningResult cleaning) {
    public TransactionTable clean() {
        return cleaning.clean();
    }
}
