package com.shopperspectrum.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The output options of the commands that answer one row per product ({@code inventory}, {@code pricing}): how
 * many rows to show, JSON instead of text, and the CSV of every product.
 */
final class ProductListOutput {
    @Range(min = 0, max = 100_000)
    @Option(
            names = "--top",
            paramLabel = "N",
            defaultValue = "20",
            description = "Products shown (and in --json), 0..100000 (default: ${DEFAULT-VALUE}).")
    int top;

    @Option(names = "--json", description = "Print one JSON object (the answer of the command's API endpoint).")
    boolean json;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "CSV",
            description = "Write one row per product.")
    Path output;

    /** {@code text} (empty for null) shortened to the product column's width of 34 characters, with an ellipsis. */
    static String cut(String text) {
        if (text == null) {
            return "";
        }
        return text.length() <= 34 ? text : text.substring(0, 33) + "…";
    }
}
