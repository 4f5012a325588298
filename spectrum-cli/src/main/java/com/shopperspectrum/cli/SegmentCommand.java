package com.shopperspectrum.cli;

import com.shopperspectrum.core.model.SpectrumModel;
import com.shopperspectrum.core.rfm.RfmTable;
import com.shopperspectrum.core.segment.SegmentProfiler;
import com.shopperspectrum.core.segment.Segmentation;
import com.shopperspectrum.io.view.SegmentCustomersCsv;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code spectrum segment FILE -o segments.csv}: RFM per customer, k-means segments with business names,
 * RFM quintile scores and named RFM segments; writes one row per customer and prints the summary.
 * Without prices in the data, monetary value is unavailable: it segments on recency and frequency only and
 * leaves {@code monetary} and {@code m_score} empty.
 */
@Command(
        name = "segment",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = "Segment customers by RFM with k-means (named High-Value, Regular, Occasional, At-Risk) "
                + "and rule-based RFM scores; write one row per customer and print the segment profiles.")
public final class SegmentCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    FileOrModel source;

    @Option(
            names = {"-o", "--output"},
            required = true,
            paramLabel = "CSV",
            description = "Where to write one row per customer.")
    Path output;

    @Option(names = "--json", description = "Print the summary as one JSON object.")
    boolean json;

    @Mixin
    SegmentationMixin segmentation;

    @Mixin
    InputOptions input;

    @Mixin
    CleaningMixin cleaning;

    @Override
    public Integer call() {
        OutputPaths.file("-o", output);
        var err = spec.commandLine().getErr();
        Path dir = output.toAbsolutePath().getParent();
        SpectrumModel model = source.input()
                .model(
                        input,
                        cleaning,
                        segmentation::trainingOptions,
                        dir,
                        err,
                        trained -> segmentation.checkTrained(trained, err));
        RfmTable rfm = model.customers().rfm();
        Segmentation s = SegmentationMixin.of(model, source.input().modelDir);
        String[] countries = model.customers().countries();
        write(rfm, s);
        SegmentSummary summary = new SegmentSummary(
                s, rfm, SegmentProfiler.profiles(s, rfm, countries), SegmentProfiler.crossTab(s), output);
        var out = spec.commandLine().getOut();
        out.print(json ? summary.json() : summary.text());
        out.flush();
        return ExitCodes.OK;
    }

    private void write(RfmTable rfm, Segmentation s) {
        try (BufferedWriter w = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
            new SegmentCustomersCsv(rfm, s).write(w, SegmentCustomersCsv.ALL);
        } catch (IOException e) {
            throw new UncheckedIOException(new IOException("cannot write " + output + ": " + e.getMessage(), e));
        }
    }
}
