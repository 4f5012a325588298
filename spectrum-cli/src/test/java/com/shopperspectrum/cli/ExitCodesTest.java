package com.shopperspectrum.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The one exit-code mapping: no exception class name ever reaches the user. */
class ExitCodesTest {
    static String[] handle(Exception e) {
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(new SpectrumCommand());
        cl.setErr(new PrintWriter(err, true));
        int code = new ExitCodes().handleExecutionException(e, cl, null);
        return new String[] {String.valueOf(code), err.toString()};
    }

    @Test
    void fileProblemsAreExitTwoInPlainWords() {
        String[] missing = handle(new NoSuchFileException("/proc/nope"));
        assertThat(missing[0]).isEqualTo("2");
        assertThat(missing[1]).isEqualTo("error: /proc/nope: does not exist" + System.lineSeparator());
        String[] denied = handle(new UncheckedIOException(new AccessDeniedException("/root/x")));
        assertThat(denied[1]).contains("/root/x: permission denied").doesNotContain("Exception");
        String[] wrapped = handle(new UncheckedIOException(new IOException("cannot write x: disk full")));
        assertThat(wrapped[1]).contains("cannot write x: disk full");
    }

    @Test
    void aBugIsExitOneWithAPlainMessageAndNoClassName() {
        String[] bug = handle(new ArrayIndexOutOfBoundsException("Index 7 out of bounds for length 3"));
        assertThat(bug[0]).isEqualTo("1");
        assertThat(bug[1])
                .contains("internal error")
                .contains("a bug")
                .doesNotContain("Exception")
                .doesNotContain("java.");
    }

    @Test
    void exceptionNamesInAnInputMessageAreRemoved() {
        String[] named = handle(new IllegalArgumentException(
                "java.lang.IndexOutOfBoundsException: Index 0 out of bounds for length 0"));
        assertThat(named[0]).isEqualTo("2");
        assertThat(named[1]).isEqualTo("error: Index 0 out of bounds for length 0" + System.lineSeparator());
        assertThat(ExitCodes.plain("org.dhatim.fastexcel.reader.ExcelReaderException: not a workbook"))
                .isEqualTo("not a workbook");
    }

    @Test
    void outOfMemorySuggestsMoreHeapThanItHad() {
        // a 10 GB heap that ran out used to be told to try -Xmx8g
        assertThat(ExitCodes.outOfMemory(10L << 30))
                .contains("at most 10,240 MB")
                .contains("JAVA_OPTS=-Xmx20g ./spectrum")
                .contains("java -Xmx20g -jar")
                .doesNotContain("Xmx8g");
        assertThat(ExitCodes.outOfMemory(1L << 30)).contains("-Xmx8g").contains("at most 1,024 MB");
        assertThat(ExitCodes.outOfMemory((6L << 30) - (100L << 20))).contains("-Xmx12g");
    }
}
