package com.shopperspectrum.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.shopperspectrum.core.model.SpectrumModel;
import com.shopperspectrum.io.model.ModelReader;
import com.shopperspectrum.io.model.ModelWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code clv --model DIR} answers from the CLV part {@code train} stored: the same text, JSON and customers CSV to
 * the byte as {@code clv FILE} on the same data; other options than train's need the data file, and a model without
 * the part says to train again (exit 2, no stack trace).
 */
class ClvModelCommandTest {
    @TempDir
    static Path dir;

    static Path data;
    static Path model;

    @BeforeAll
    static void train() throws IOException {
        data = dir.resolve("g.csv.gz");
        assertThat(CliRun.of("generate", "--rows", "20000", "-o", data.toString())
                        .exit())
                .isZero();
        model = dir.resolve("model");
        CliRun run = CliRun.of("train", data.toString(), "-o", model.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("clv ").containsPattern("  value      (BG/NBD|Pareto/NBD) chosen by ");
    }

    @Test
    void theStoredFitAnswersToTheByteAsTheDataFileRun() throws IOException {
        for (String[] extra : new String[][] {{}, {"--json"}}) {
            CliRun fromData = CliRun.of(concat(new String[] {"clv", data.toString()}, extra));
            CliRun fromModel = CliRun.of(concat(new String[] {"clv", "--model", model.toString()}, extra));
            assertThat(fromData.exit()).as(fromData.err()).isZero();
            assertThat(fromModel.exit()).as(fromModel.err()).isZero();
            assertThat(fromModel.out()).isEqualTo(fromData.out()).containsAnyOf("BG/NBD", "\"bgnbd\"");
        }
        Path a = dir.resolve("a.csv");
        Path b = dir.resolve("b.csv");
        assertThat(CliRun.of("clv", data.toString(), "-o", a.toString()).exit()).isZero();
        assertThat(CliRun.of("clv", "--model", model.toString(), "-o", b.toString())
                        .exit())
                .isZero();
        assertThat(Files.readString(b))
                .isEqualTo(Files.readString(a))
                .startsWith("customer_id,x,t_x,T,m_x,p_alive,")
                .doesNotContain("NaN");
    }

    @Test
    void otherOptionsNeedTheDataFile() {
        CliRun run = CliRun.of("clv", "--model", model.toString(), "--horizon", "26");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err())
                .contains("holds the fit with --model-type auto", "--horizon 52", "give the data FILE")
                .doesNotContain("Exception");
    }

    @Test
    void aModelWithoutThePartSaysToTrainAgain() throws IOException {
        SpectrumModel loaded = new ModelReader().read(model);
        assertThat(loaded.clv()).isNotNull();
        Path old = dir.resolve("old-model");
        new ModelWriter().write(loaded.toBuilder().clv(null).build(), old);
        CliRun run = CliRun.of("clv", "--model", old.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err())
                .contains("has no customer-value part", "train it again")
                .doesNotContain("Exception");
    }

    private static String[] concat(String[] a, String[] b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
