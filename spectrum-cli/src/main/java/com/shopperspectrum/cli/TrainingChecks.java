package com.shopperspectrum.cli;

import com.shopperspectrum.core.model.SpectrumModel;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import picocli.CommandLine.ParseResult;

/**
 * What {@code train} refuses to write: a model of no clean row (the message names the cleaning rules that removed
 * the rows, with their counts), or one without the part an explicit option asked for ({@code --k 1000} on three
 * customers). A default that cannot be met ({@code k} = 4 on three customers) is not an error: the model records it
 * among its warnings, which train prints and every {@code --model} command shows.
 */
final class TrainingChecks {
    /** Row counts of metadata that are not cleaning rules. */
    private static final Set<String> NOT_RULES = Set.of("rowsRead", "badRows", "raw", "clean");

    private TrainingChecks() {}

    /** {@code given}: the parsed train command line (its own, not the top-level one). */
    static void check(SpectrumModel model, String file, ParseResult given) {
        Map<String, Long> rows = model.metadata().rows();
        if (rows.getOrDefault("clean", 1L) == 0) {
            String removed = rows.entrySet().stream()
                    .filter(e -> !NOT_RULES.contains(e.getKey()) && e.getValue() > 0)
                    .map(e -> e.getKey() + " " + e.getValue())
                    .collect(Collectors.joining(", "));
            throw new IllegalArgumentException(file + ": no row survives cleaning (" + rows.getOrDefault("raw", 0L)
                    + " rows read" + (removed.isEmpty() ? "" : "; removed by the rules: " + removed)
                    + "); nothing to train on");
        }
        if (model.segmentation() == null && given.hasMatchedOption("--k")) {
            List<String> why = model.metadata().warnings().stream()
                    .filter(w -> w.startsWith("no segmentation"))
                    .toList();
            throw new IllegalArgumentException(
                    "--k " + given.matchedOption("--k").stringValues().get(0) + " cannot " + "be met: "
                            + String.join("; ", why.isEmpty() ? List.of("no segmentation was fitted") : why));
        }
    }
}
