package com.shopperspectrum.cli;

import com.shopperspectrum.core.model.SpectrumModel;
import com.shopperspectrum.web.ModelService;
import com.shopperspectrum.web.ReportWriter;
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

/** {@code spectrum report FILE|--model DIR -o report.html}: one self-contained HTML file. */
@Command(
        name = "report",
        mixinStandardHelpOptions = true,
        description = "Write a self-contained HTML report (charts and data inlined; opens anywhere, offline).")
public final class ReportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    FileOrModel source;

    @Option(
            names = {"-o", "--output"},
            required = true,
            paramLabel = "HTML",
            description = "The report file.")
    Path output;

    @Mixin
    InputOptions input;

    @Mixin
    CleaningMixin cleaning;

    @Mixin
    TrainingMixin training;

    @Mixin
    CurrencyMixin currency;

    @Override
    public Integer call() throws IOException {
        var money = currency.money(); // a bad --currency fails before the model is loaded
        source.input().dataFile();
        if (Files.isDirectory(output)) {
            throw new IllegalArgumentException(
                    "-o " + output + ": is a directory; give a file name such as report.html");
        }
        OutputPaths.directory("-o", output.toAbsolutePath().getParent());
        SpectrumModel m = source.input()
                .model(
                        input,
                        cleaning,
                        () -> training.toOptions(0),
                        null,
                        spec.commandLine().getErr(),
                        trained -> {});
        new ReportWriter(new ModelService(m, money)).write(output);
        PrintWriter out = spec.commandLine().getOut();
        out.printf("Report written to %s (%,.1f MB, self-contained)%n", output, Files.size(output) / 1e6);
        out.flush();
        return ExitCodes.OK;
    }
}
