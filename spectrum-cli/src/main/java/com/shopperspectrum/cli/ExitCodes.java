package com.shopperspectrum.cli;

import com.shopperspectrum.core.data.InvalidInputException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * The one place where failures become exit codes: 0 ok, 1 internal error (or out of memory, see
 * {@link Main}), 2 invalid input or usage.
 * Invalid input (a bad file, row, field or parameter) prints its message, never a stack trace; an internal
 * error prints its message and, with {@code SPECTRUM_DEBUG=1}, the stack trace.
 */
final class ExitCodes implements IExecutionExceptionHandler {
    static final int OK = 0;
    static final int INTERNAL = 1;
    static final int INVALID_INPUT = 2;

    /** The message for a command that ran out of heap: how big the heap was and how to give it more. */
    static String outOfMemory(long maxHeapBytes) {
        return String.format(
                java.util.Locale.ROOT,
                "error: out of memory: the Java heap (at most %,d MB) is too "
                        + "small for this input. Give Java more: JAVA_OPTS=-Xmx8g ./spectrum ... or java -Xmx8g -jar "
                        + "spectrum.jar ... (training needs roughly 200 bytes per input row; see BENCHMARKS.md)",
                maxHeapBytes >> 20);
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
        PrintWriter err = cmd.getErr();
        if (ex instanceof InvalidInputException || ex instanceof IllegalArgumentException) {
            err.println("error: " + ex.getMessage());
            err.flush();
            return INVALID_INPUT;
        }
        if (ex instanceof UncheckedIOException io) {
            err.println("error: " + io.getCause().getMessage());
            err.flush();
            return INVALID_INPUT;
        }
        err.println("internal error: " + ex);
        if ("1".equals(System.getenv("SPECTRUM_DEBUG"))) {
            ex.printStackTrace(err);
        } else {
            err.println("(set SPECTRUM_DEBUG=1 for the stack trace)");
        }
        err.flush();
        return INTERNAL;
    }
}
