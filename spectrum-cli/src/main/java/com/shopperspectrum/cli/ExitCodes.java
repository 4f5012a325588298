package com.shopperspectrum.cli;

import com.shopperspectrum.core.data.InvalidInputException;
import com.shopperspectrum.io.IoErrors;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The one place where failures become exit codes: 0 ok, 1 internal error (or out of memory, see
 * {@link Main}), 2 invalid input or usage.
 * Invalid input (a bad file, row, field, option or output path) prints its message, never a stack trace; an
 * internal error (a bug) says so in plain words and, with {@code SPECTRUM_DEBUG=1}, prints the stack trace. No
 * message reaches the user with an exception's class name in it ({@link #plain}).
 */
final class ExitCodes implements IExecutionExceptionHandler, IParameterExceptionHandler {
    static final int OK = 0;
    static final int INTERNAL = 1;
    static final int INVALID_INPUT = 2;

    /** A Java exception's class name, qualified or not, with the colon that usually follows it. */
    private static final Pattern EXCEPTION_NAME =
            Pattern.compile("\\b(?:[a-z][\\w$]*\\.)*[A-Z][\\w$]*(?:Exception|Error)\\b:?\\s*");

    /**
     * The message for a command that ran out of heap: how big the heap was and how to give it more. The heap it
     * suggests is twice this one, in whole gigabytes, and at least 8 GB (so it never suggests less than it had).
     */
    static String outOfMemory(long maxHeapBytes) {
        long suggestedGb = Math.max(8, (2 * maxHeapBytes + (1L << 30) - 1) >> 30);
        return String.format(
                java.util.Locale.ROOT,
                "error: out of memory: the Java heap (at most %,d MB) is too small for this input. Give Java more: "
                        + "JAVA_OPTS=-Xmx%dg ./spectrum ... or java -Xmx%dg -jar spectrum.jar ... (training needs "
                        + "roughly 200 bytes per input row; see BENCHMARKS.md)",
                maxHeapBytes >> 20,
                suggestedGb,
                suggestedGb);
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
        PrintWriter err = cmd.getErr();
        String message = userMessage(ex);
        if (message != null) {
            err.println("error: " + plain(message));
            err.flush();
            return INVALID_INPUT;
        }
        err.println("internal error: spectrum failed in a way it should not (a bug, not a problem with the input); "
                + "please report it with the command that failed");
        if ("1".equals(System.getenv("SPECTRUM_DEBUG"))) {
            ex.printStackTrace(err);
        } else {
            err.println("(set SPECTRUM_DEBUG=1 for the details)");
        }
        err.flush();
        return INTERNAL;
    }

    /** A usage error (unknown option, a value that does not convert or is out of range): the message and a hint. */
    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println("error: " + plain(ex.getMessage()));
        UnmatchedArgumentException.printSuggestions(ex, err);
        err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for the options and their ranges.");
        err.flush();
        return INVALID_INPUT;
    }

    /** The message of an input or output problem, or null for a bug. */
    static String userMessage(Throwable ex) {
        if (ex instanceof InvalidInputException || ex instanceof IllegalArgumentException) {
            return ex.getMessage() == null ? "invalid input" : ex.getMessage();
        }
        if (ex instanceof UncheckedIOException u) {
            IOException cause = u.getCause();
            boolean ownMessage = u.getMessage() != null && !u.getMessage().equals(String.valueOf(cause));
            return cause instanceof FileSystemException || !ownMessage ? IoErrors.describe(cause) : u.getMessage();
        }
        if (ex instanceof IOException io) {
            return IoErrors.describe(io);
        }
        return null;
    }

    /** {@code message} without exception class names (a last guard: messages are written to need none). */
    static String plain(String message) {
        String s = EXCEPTION_NAME.matcher(message).replaceAll("").strip();
        return s.isEmpty() ? "invalid input" : s;
    }
}
