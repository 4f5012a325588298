package com.shopperspectrum.cli;

import com.shopperspectrum.core.generate.GeneratorOptions;
import com.shopperspectrum.core.generate.RetailGenerator;
import com.shopperspectrum.core.profile.Profiler;
import com.shopperspectrum.io.GeneratedCsvWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code spectrum demo}: the main job on the built-in synthetic sample. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Generate the built-in synthetic sample (or reuse it) and run the pipeline on it."})
final class DemoCommand implements Callable<Integer> {
    static final long SAMPLE_ROWS = 200_000;
    static final long SAMPLE_SEED = 42;

    @Spec
    CommandSpec spec;

    @Option(names = "--dir", paramLabel = "DIR", defaultValue = "spectrum-sample",
            description = "Where the sample lives (default: ${DEFAULT-VALUE} in the working directory).")
    Path dir;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Path sample = ensureSample(dir, out);
        LoadedData data = DataLoader.load(sample, new InputOptions(), new CleaningMixin(), dir,
                spec.commandLine().getErr());
        new ProfileText(out).print(data.read().report(), new Profiler().profile(data.cleaning()));
        out.flush();
        return ExitCodes.OK;
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
        new GeneratedCsvWriter(Runtime.getRuntime().availableProcessors(), done -> { })
                .write(new RetailGenerator(options), partial);
        Files.move(partial, sample, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        out.printf("Generated the built-in sample %s (%,d rows, seed %d)%n", sample, SAMPLE_ROWS, SAMPLE_SEED);
        return sample;
    }
}
