package com.shopperspectrum.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class GenerateCommandTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cl = SpectrumCommand.newCommandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }

    @Test
    void writesTheRequestedRowsAndSaysWhat() throws IOException {
        Path file = dir.resolve("small.csv");
        int code = run(
                "generate",
                "--rows",
                "10",
                "--seed",
                "3",
                "--customers",
                "4",
                "--products",
                "5",
                "-o",
                file.toString());
        assertThat(code).as(err.toString()).isZero();
        assertThat(Files.readAllLines(file)).hasSize(11);
        assertThat(out.toString()).contains("wrote 10 rows (4 customers, 5 products, seed 3)");
    }

    @Test
    void sameArgumentsSameBytes() throws IOException {
        Path a = dir.resolve("a.csv.gz");
        Path b = dir.resolve("b.csv.gz");
        assertThat(run("generate", "--rows", "5000", "-o", a.toString(), "--threads", "1"))
                .isZero();
        assertThat(run("generate", "--rows", "5000", "-o", b.toString())).isZero();
        assertThat(Files.readAllBytes(b)).isEqualTo(Files.readAllBytes(a));
    }

    @Test
    void badOptionsExitWithTwoAndNameTheOption() {
        String file = dir.resolve("x.csv.gz").toString();
        assertBad("--rows", "generate", "--rows", "0", "-o", file);
        assertBad("--rows", "generate", "--rows", "-3", "-o", file);
        assertBad("--customers", "generate", "--rows", "10", "--customers", "0", "-o", file);
        assertBad("--products", "generate", "--rows", "10", "--products", "-1", "-o", file);
        assertBad("--products", "generate", "--rows", "10", "--products", "3000000", "-o", file);
        assertBad("--threads", "generate", "--rows", "10", "--threads", "0", "-o", file);
        assertBad("--rows", "generate", "--rows", "many", "-o", file);
        assertBad("--output", "generate", "--rows", "10");
        assertBad(
                "no",
                "generate",
                "--rows",
                "10",
                "-o",
                dir.resolve("no/such/dir.csv").toString());
        assertThat(Files.exists(dir.resolve("x.csv.gz"))).isFalse();
    }

    private void assertBad(String mentioned, String... args) {
        err.getBuffer().setLength(0);
        assertThat(run(args)).as(String.join(" ", args)).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(err.toString()).contains(mentioned).doesNotContain("Exception");
    }
}
