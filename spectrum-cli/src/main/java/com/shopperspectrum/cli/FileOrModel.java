package com.shopperspectrum.cli;

import java.nio.file.Path;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * The input of a command whose one positional parameter is the data file: {@code FILE}, {@code --data FILE} or
 * {@code --model DIR}, declared once here for every such command and resolved by {@link ModelInput}.
 */
public final class FileOrModel {
    @Parameters(
            index = "0",
            arity = "0..1",
            paramLabel = "FILE",
            description = "Transactions file (CSV, CSV.gz or XLSX); the same as --data FILE.")
    Path file;

    @Mixin
    ModelInput source;

    /** The model input with the FILE parameter taken as {@code --data FILE}. */
    ModelInput input() {
        return source.file(file);
    }
}
