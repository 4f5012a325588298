package com.shopperspectrum.cli;

import com.shopperspectrum.core.data.InvalidInputException;
import com.shopperspectrum.core.model.SpectrumModel;
import com.shopperspectrum.core.rfm.RfmTable;
import com.shopperspectrum.core.segment.RfmValues;
import com.shopperspectrum.core.segment.SegmentModel;
import com.shopperspectrum.core.segment.SegmentPrediction;
import com.shopperspectrum.io.view.SegmentPredictionView;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code spectrum predict-segment --data FILE --recency R --frequency F --monetary M}: fits the segment model
 * on the data (same options and seed as {@code segment}, so the same segments) and prints the segment of the
 * given values. The values are checked before the data is read: missing, negative or non-finite values are
 * invalid input (exit 2). {@code --monetary} may be left out only when the data has no prices.
 */
@Command(
        name = "predict-segment",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = "Predict the segment, distances to each segment centre, RFM scores and named RFM segment "
                + "of a customer with the given recency, frequency and monetary value.")
public final class PredictSegmentCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ModelInput source;

    @Range(min = 0, max = 100_000)
    @Option(names = "--recency", paramLabel = "DAYS", description = "Days since the last purchase, 0..100000.")
    Double recency;

    @Range(min = 0, max = 1e9)
    @Option(names = "--frequency", paramLabel = "N", description = "Number of invoices, 0..1000000000.")
    Double frequency;

    @Range(min = 0, max = 1e15)
    @Option(names = "--monetary", paramLabel = "AMOUNT", description = "Money spent, 0..1000000000000000.")
    Double monetary;

    @Option(names = "--json", description = "Print the prediction as one JSON object.")
    boolean json;

    @Mixin
    SegmentationMixin segmentation;

    @Mixin
    InputOptions input;

    @Mixin
    CleaningMixin cleaning;

    @Override
    public Integer call() {
        RfmValues values = new RfmValues(recency, frequency, monetary);
        var err = spec.commandLine().getErr();
        SpectrumModel stored = source.model(
                input,
                cleaning,
                segmentation::trainingOptions,
                null,
                err,
                trained -> segmentation.checkTrained(trained, err));
        SegmentModel model = SegmentationMixin.of(stored, source.modelDir).model();
        RfmTable rfm = stored.customers().rfm();
        if (rfm.hasMonetary() && monetary == null) {
            throw new InvalidInputException(
                    "monetary is missing: give --monetary (the data has prices, so the "
                            + "segments use monetary value)",
                    "monetary");
        }
        if (!rfm.hasMonetary() && monetary != null) {
            err.println("warning: --monetary is ignored: the data has no prices");
            err.flush();
        }
        SegmentPrediction p = model.predict(rfm.hasMonetary() ? values : new RfmValues(recency, frequency, null));
        var out = spec.commandLine().getOut();
        out.print(json ? new SegmentPredictionView(model, p).text() + System.lineSeparator() : text(p, model, rfm));
        out.flush();
        return ExitCodes.OK;
    }

    private static String text(SegmentPrediction p, SegmentModel model, RfmTable rfm) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "segment: %s (cluster %d)%n", p.segment(), p.cluster()));
        b.append("distances:");
        for (int c = 0; c < p.distances().size(); c++) {
            b.append(String.format(
                    Locale.ROOT,
                    "%s %s %.4f",
                    c == 0 ? "" : ",",
                    model.names().get(c),
                    p.distances().get(c)));
        }
        b.append(String.format(
                Locale.ROOT,
                "%nRFM scores: R %d, F %d, M %s -> %s%n",
                p.rScore(),
                p.fScore(),
                p.mScore() == null ? "n/a" : p.mScore(),
                p.rfmSegment()));
        b.append(String.format(
                Locale.ROOT,
                "model: k=%d, transform %s, seed %d, fitted on %,d customers " + "(snapshot %s)%s%n",
                model.k(),
                model.options().transform().label(),
                model.options().seed(),
                rfm.size(),
                rfm.snapshot(),
                model.hasMonetary() ? "" : "; recency and frequency only (the data has no prices)"));
        return b.toString();
    }
}
