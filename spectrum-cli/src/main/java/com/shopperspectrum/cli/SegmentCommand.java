package com.shopperspectrum.cli;

import com.shopperspectrum.core.model.SpectrumModel;
import com.shopperspectrum.core.rfm.RfmTable;
import com.shopperspectrum.core.segment.CustomerSegments;
import com.shopperspectrum.core.segment.SegmentProfiler;
import com.shopperspectrum.core.segment.Segmentation;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
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
    /** The exact header of the output file. */
    public static final String HEADER =
            "customer_id,recency,frequency,monetary,cluster,segment,r_score,f_score,m_score,rfm_segment";

    @Spec
    CommandSpec spec;

    @Parameters(
            index = "0",
            arity = "0..1",
            paramLabel = "FILE",
            description = "Transactions file (CSV, CSV.gz or XLSX); the same as --data FILE.")
    Path file;

    @Mixin
    ModelInput source;

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
        var err = spec.commandLine().getErr();
        Path dir = output.toAbsolutePath().getParent();
        SpectrumModel model = source.file(file)
                .model(
                        input,
                        cleaning,
                        segmentation::trainingOptions,
                        dir,
                        err,
                        trained -> segmentation.checkTrained(trained, err));
        RfmTable rfm = model.customers().rfm();
        Segmentation s = SegmentationMixin.of(model, source.modelDir);
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
        CustomerSegments c = s.customers();
        try (BufferedWriter w = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
            w.write(HEADER);
            w.newLine();
            for (int i = 0; i < rfm.size(); i++) {
                String m = rfm.hasMonetary() ? money(rfm.monetary(i)) : "";
                String mScore = rfm.hasMonetary() ? Integer.toString(c.mScore(i)) : "";
                w.write(csv(rfm.customerId(i))
                        + ','
                        + rfm.recency(i)
                        + ','
                        + rfm.frequency(i)
                        + ','
                        + m
                        + ','
                        + c.cluster(i)
                        + ','
                        + csv(s.model().names().get(c.cluster(i)))
                        + ','
                        + c.rScore(i)
                        + ','
                        + c.fScore(i)
                        + ','
                        + mScore
                        + ','
                        + csv(c.rfmSegment(i).label()));
                w.newLine();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(new IOException("cannot write " + output + ": " + e.getMessage(), e));
        }
    }

    /** Plain decimal, rounded to 6 places (sums of prices carry float noise such as 77183.60000000001). */
    static String money(double value) {
        return BigDecimal.valueOf(value)
                .setScale(6, RoundingMode.HALF_EVEN)
                .stripTrailingZeros()
                .toPlainString();
    }

    static String csv(String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
