package com.shopperspectrum.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.shopperspectrum.cli.TrainCommand;
import com.shopperspectrum.io.engine.Engines;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The spark-submit entry point is {@code train} with the Spark engine as the default: the same options, parsing and
 * exit codes (checked here without starting Spark).
 */
class SparkTrainTest {
    @TempDir
    Path dir;

    @Test
    void helpIsTrainsWithSparkAsTheDefaultEngine() {
        Run help = run("--help");

        assertThat(help.exit()).isZero();
        assertThat(help.out())
                .contains("Usage: " + SparkTrain.NAME)
                .contains("(default: spark)")
                .contains("--evaluate", "--ease-lambda", "--skip-bad-rows", "--columns", "--model-type");
    }

    @Test
    void invalidInputExitsWithTwoAndAPlainMessage() {
        String out = dir.resolve("model").toString();

        Run badK = run("in.csv", "-o", out, "--k", "0");
        Run skip = run("in.csv", "-o", out, "--skip-bad-rows");

        assertThat(badK.exit()).isEqualTo(2);
        assertThat(badK.err())
                .contains("'--k': '0' is out of range; give a whole number 1..100 or 'auto'")
                .doesNotContain("Exception");
        assertThat(skip.exit()).as(skip.err()).isEqualTo(2);
        assertThat(skip.err())
                .startsWith("error: --skip-bad-rows: the Spark engine stops at the first bad value")
                .doesNotContain("Exception");
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = TrainCommand.standalone(SparkTrain.NAME, Engines.SPARK);
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return new Run(cl.execute(args), out.toString(), err.toString());
    }

    private record Run(int exit, String out, String err) {}
}
