package com.shopperspectrum.cli;

import java.lang.reflect.Field;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Checks every numeric option against its {@link Range} once the command line is parsed and before the command
 * runs, so that a count such as {@code -n 1000000000} is a usage error naming the option, the value and the range
 * (exit 2), never an allocation that runs out of memory.
 */
final class Ranges {
    private Ranges() {}

    /** Runs the parsed command after checking the ranges (the execution strategy of every command line). */
    static int execute(ParseResult parsed) {
        boolean help = parsed.asCommandLineList().stream()
                .anyMatch(cl -> cl.isUsageHelpRequested() || cl.isVersionHelpRequested());
        for (CommandLine cl : parsed.asCommandLineList()) {
            if (!help) { // --help answers whatever else the line holds (a required --rows left at 0, say)
                check(cl);
            }
        }
        return new CommandLine.RunLast().execute(parsed);
    }

    static void check(CommandLine cl) {
        for (OptionSpec option : cl.getCommandSpec().options()) {
            Range range = range(option);
            Object value = option.getValue();
            if (range == null || !(value instanceof Number n)) {
                continue;
            }
            double v = n.doubleValue();
            if (!(v >= range.min() && v <= range.max())) {
                throw new ParameterException(
                        cl,
                        "option " + option.longestName() + ": " + value + " is out of range; give " + text(range)
                                + " (see --help)");
            }
        }
    }

    /** The range of an option, or null when it has none. */
    static Range range(OptionSpec option) {
        return option.userObject() instanceof Field f ? f.getAnnotation(Range.class) : null;
    }

    /** {@code min..max} as --help states it. */
    static String text(Range range) {
        DecimalFormat f = new DecimalFormat("0.###", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return f.format(range.min()) + ".." + f.format(range.max());
    }
}
