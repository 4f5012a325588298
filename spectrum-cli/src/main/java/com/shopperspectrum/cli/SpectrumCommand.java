package com.shopperspectrum.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;

/**
 * The top-level {@code spectrum} command: only subcommands, added when the command line is built (all of them, or
 * only the one the arguments name: see {@link #forArgs}).
 */
@Command(
        name = "spectrum",
        mixinStandardHelpOptions = true,
        versionProvider = SpectrumCommand.Version.class,
        description = "Customer segments and product recommendations from e-commerce transactions.")
public final class SpectrumCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The subcommands, in the order the usage lists them. */
    private static final List<Class<?>> SUBCOMMANDS = List.of(
            DemoCommand.class,
            ProfileCommand.class,
            GenerateCommand.class,
            SegmentCommand.class,
            PredictSegmentCommand.class,
            SimilarCommand.class,
            RecommendCommand.class,
            EvaluateCommand.class,
            InventoryCommand.class,
            PricingCommand.class,
            CohortsCommand.class,
            MigrationCommand.class,
            BasketsCommand.class,
            ClvCommand.class,
            TrainCommand.class,
            ServeCommand.class,
            ReportCommand.class,
            CommandLine.HelpCommand.class);

    /** The whole command line, every subcommand: exit-code mapping, case-insensitive enums. */
    public static CommandLine newCommandLine() {
        return configured(SUBCOMMANDS);
    }

    /**
     * The command line to run {@code args}: when they start with a subcommand's name, one holding only that
     * subcommand, since building picocli's model of all of them is most of a cold start's first half second
     * (BENCHMARKS.md); otherwise (no arguments, options, {@code help}, a misspelt name) the whole one. Used by
     * {@link Main} and by the tests that run commands.
     */
    public static CommandLine forArgs(String... args) {
        if (args.length > 0) {
            for (Class<?> command : SUBCOMMANDS) {
                if (command != CommandLine.HelpCommand.class
                        && command.getAnnotation(Command.class).name().equals(args[0])) {
                    return configured(List.of(command));
                }
            }
        }
        return newCommandLine();
    }

    private static CommandLine configured(List<Class<?>> subcommands) {
        CommandLine cl = new CommandLine(new SpectrumCommand());
        for (Class<?> command : subcommands) {
            cl.addSubcommand(command);
        }
        return configure(cl);
    }

    /** Every command line's settings: the exit-code mapping, case-insensitive enums, usage as wide as the terminal. */
    static CommandLine configure(CommandLine cl) {
        ExitCodes exitCodes = new ExitCodes();
        cl.setExecutionExceptionHandler(exitCodes);
        cl.setParameterExceptionHandler(exitCodes);
        cl.setExecutionStrategy(Ranges::execute);
        cl.registerConverter(java.time.LocalDate.class, SpectrumCommand::date);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setUsageHelpAutoWidth(true);
        return cl;
    }

    /** A date option's value: yyyy-MM-dd, with a message that says so. */
    static java.time.LocalDate date(String value) {
        try {
            return java.time.LocalDate.parse(value.trim());
        } catch (java.time.format.DateTimeParseException e) {
            throw new CommandLine.TypeConversionException("expected a date yyyy-MM-dd, got '" + value + "'");
        }
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
