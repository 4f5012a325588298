package com.shopperspectrum.cli;

import com.shopperspectrum.core.model.ModelMetadata;
import com.shopperspectrum.core.model.SpectrumModel;
import com.shopperspectrum.io.model.ModelWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code spectrum train FILE -o DIR}: trains the model that {@code serve}, {@code report} and {@code --model} read. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = {"Train a model from a transactions file and write it as a directory (atomically: an "
                + "existing model at DIR is replaced only once the new one is complete)."})
public final class TrainCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "Transactions: CSV, CSV.gz or XLSX.")
    Path file;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR", description = "The model directory.")
    Path output;

    @Mixin
    InputOptions input;

    @Mixin
    CleaningMixin cleaning;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        SpectrumModel model = ModelBuilding.train(file, input, cleaning, spec.commandLine().getErr());
        long t0 = System.nanoTime();
        new ModelWriter().write(model, output);
        long writeMillis = ModelBuilding.millis(t0, System.nanoTime());
        printSummary(out, model, output, writeMillis);
        out.flush();
        return ExitCodes.OK;
    }

    static void printSummary(PrintWriter out, SpectrumModel model, Path output, long writeMillis) throws IOException {
        ModelMetadata m = model.metadata();
        out.printf("Model written to %s (%s)%n", output, size(output));
        out.printf("  input      %s (%,d bytes, sha256 %s)%n", m.input().name(), m.input().size(), m.input().sha256());
        out.printf("  rows       %,d raw, %,d clean%n", m.rows().get("raw"), m.rows().get("clean"));
        out.printf("  customers  %,d   products %,d   histories %,d customer-product pairs%n",
                model.customers().size(), model.products().size(), model.histories().pairs());
        out.printf("  time       read+clean %,d ms, hash %,d ms, model %,d ms, write %,d ms%n",
                m.timingsMillis().get("readAndClean"), m.timingsMillis().get("hashInput"),
                m.timingsMillis().get("model"), writeMillis);
    }

    static String size(Path dir) throws IOException {
        long bytes = 0;
        int files = 0;
        try (Stream<Path> list = Files.list(dir)) {
            for (Path f : list.toList()) {
                bytes += Files.size(f);
                files++;
            }
        }
        return bytes < 1_000_000 ? String.format("%d files, %,.1f kB", files, bytes / 1e3)
                : String.format("%d files, %,.1f MB", files, bytes / 1e6);
    }
}
