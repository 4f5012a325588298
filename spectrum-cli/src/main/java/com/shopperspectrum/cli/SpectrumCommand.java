package com.shopperspectrum.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;

/** The top-level {@code spectrum} command: only subcommands. */
@Command(name = "spectrum",
        mixinStandardHelpOptions = true,
        versionProvider = SpectrumCommand.Version.class,
        description = "Customer segments and product recommendations from e-commerce transactions.",
        subcommands = {
                DemoCommand.class,
                ProfileCommand.class,
                GenerateCommand.class,
                SegmentCommand.class,
                PredictSegmentCommand.class,
                SimilarCommand.class,
                RecommendCommand.class,
                EvaluateCommand.class,
                TrainCommand.class,
                ServeCommand.class,
                ReportCommand.class,
                CommandLine.HelpCommand.class
        })
public final class SpectrumCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** A configured command line: exit-code mapping, case-insensitive enums. Used by Main and by tests. */
    public static CommandLine newCommandLine() {
        CommandLine cl = new CommandLine(new SpectrumCommand());
        cl.setExecutionExceptionHandler(new ExitCodes());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setUsageHelpAutoWidth(true);
        return cl;
    }

    /** The program's version, from the build. */
    public static String version() {
        try (InputStream in = SpectrumCommand.class.getResourceAsStream("version.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "dev");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"spectrum " + version()};
        }
    }
}
