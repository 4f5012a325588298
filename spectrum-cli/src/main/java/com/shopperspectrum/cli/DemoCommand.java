package com.shopperspectrum.cli;

import com.shopperspectrum.core.data.InvalidInputException;
import com.shopperspectrum.core.generate.GeneratorOptions;
import com.shopperspectrum.core.generate.RetailGenerator;
import com.shopperspectrum.core.model.ModelMetadata;
import com.shopperspectrum.core.model.SpectrumModel;
import com.shopperspectrum.io.GeneratedCsvWriter;
import com.shopperspectrum.io.model.ModelReader;
import com.shopperspectrum.io.model.ModelWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code spectrum demo}: the main job on the built-in synthetic sample. */
@Command(
        name = "demo",
        mixinStandardHelpOptions = true,
        description = {
            "Generate the built-in synthetic sample (or reuse it), train a model on it and open the web app "
                    + "on http://127.0.0.1:7070/."
        })
final class DemoCommand implements Callable<Integer> {
    static final long SAMPLE_ROWS = 200_000;
    static final long SAMPLE_SEED = 42;

    @Spec
    CommandSpec spec;

    @Option(
            names = "--dir",
            paramLabel = "DIR",
            defaultValue = "spectrum-sample",
            description = "Where the sample lives (default: ${DEFAULT-VALUE} in the working directory).")
    Path dir;

    @Range(min = 0, max = 65535)
    @Option(
            names = "--port",
            defaultValue = "7070",
            paramLabel = "PORT",
            description = "Port of the web app on 127.0.0.1, 0..65535 (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--no-serve", description = "Train the model and stop (do not start the web app).")
    boolean noServe;

    @Mixin
    TrainingMixin training;

    final WebServer server = new WebServer();

    @Override
    public Integer call() throws IOException, InterruptedException {
        OutputPaths.directory("--dir", dir);
        PrintWriter out = spec.commandLine().getOut();
        Path sample = ensureSample(dir, out);
        SpectrumModel model = ensureModel(sample, dir.resolve("model"), out);
        out.flush();
        return noServe ? ExitCodes.OK : server.run(model, "127.0.0.1", port, out);
    }

    /** The model of the sample: the one trained before when it is of this sample, else trained now. */
    private SpectrumModel ensureModel(Path sample, Path modelDir, PrintWriter out) throws IOException {
        if (Files.isDirectory(modelDir)) {
            try {
                SpectrumModel m = new ModelReader().read(modelDir);
                if (m.metadata().input().name().equals(sample.getFileName().toString())
                        && m.metadata().input().size() == Files.size(sample)) {
                    out.println("Using the trained model " + modelDir);
                    return m;
                }
            } catch (InvalidInputException e) {
                out.println("Retraining: " + e.getMessage());
            }
        }
        SpectrumModel model = TrainCommand.train(
                DataLoader.embeddedEngine(spec.commandLine().getErr()),
                sample.toString(),
                new InputOptions(),
                new CleaningMixin(),
                training.toOptions(0),
                null,
                spec.commandLine().getErr());
        long t0 = System.nanoTime();
        new ModelWriter().write(model, modelDir);
        TrainCommand.printSummary(out, model, modelDir, ModelMetadata.millis(t0, System.nanoTime()));
        return model;
    }

    /** Stops the web app (for in-process callers such as tests). */
    void stop() {
        server.stop();
    }

    /** The sample file, generated on first use (deterministic: seed 42, 200,000 rows). */
    static Path ensureSample(Path dir, PrintWriter out) throws IOException {
        Path sample = dir.resolve("sample-" + SAMPLE_ROWS + "-seed" + SAMPLE_SEED + ".csv.gz");
        if (Files.isRegularFile(sample)) {
            out.println("Using the built-in sample " + sample);
            return sample;
        }
        Files.createDirectories(dir);
        Path partial = dir.resolve("partial-" + sample.getFileName()); // keeps .gz: the writer compresses by name
        GeneratorOptions options = GeneratorOptions.scaled(SAMPLE_ROWS, SAMPLE_SEED);
        new GeneratedCsvWriter(Runtime.getRuntime().availableProcessors(), done -> {})
                .write(new RetailGenerator(options), partial);
        Files.move(partial, sample, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        out.printf("Generated the built-in sample %s (%,d rows, seed %d)%n", sample, SAMPLE_ROWS, SAMPLE_SEED);
        return sample;
    }
}
