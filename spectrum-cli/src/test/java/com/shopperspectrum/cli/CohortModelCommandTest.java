package com.shopperspectrum.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cohorts --model DIR} and {@code migration --model DIR} answer from the cohort part {@code train} stored:
 * the same text, JSON and CSV as the data-file run on the same data; other options than the defaults need the data
 * file (exit 2).
 */
class CohortModelCommandTest {
    @TempDir
    Path dir;

    Path shop;
    Path model;

    @BeforeEach
    void train() throws IOException {
        shop = CliRun.shop(dir);
        model = dir.resolve("model");
        CliRun run = CliRun.of("train", shop.toString(), "-o", model.toString());
        assertThat(run.exit()).as(run.err()).isZero();
    }

    @Test
    void cohortsFromTheModelEqualTheDataFileRun() throws IOException {
        for (String[] extra : new String[][] {{}, {"--json"}, {"--period", "month"}}) {
            CliRun data = CliRun.of(concat(new String[] {"cohorts", shop.toString()}, extra));
            CliRun stored = CliRun.of(concat(new String[] {"cohorts", "--model", model.toString()}, extra));
            assertThat(data.exit()).as(data.err()).isZero();
            assertThat(stored.exit()).as(stored.err()).isZero();
            assertThat(stored.out()).isEqualTo(data.out()).contains("2011-01");
        }
        Path a = dir.resolve("a.csv");
        Path b = dir.resolve("b.csv");
        assertThat(CliRun.of("cohorts", shop.toString(), "-o", a.toString()).exit())
                .isZero();
        assertThat(CliRun.of("cohorts", "--model", model.toString(), "-o", b.toString())
                        .exit())
                .isZero();
        assertThat(Files.readString(b)).isEqualTo(Files.readString(a)).startsWith("cohort,period_index,");
    }

    @Test
    void migrationFromTheModelEqualsTheDataFileRun() throws IOException {
        for (String[] extra : new String[][] {
            {},
            {"--json"},
            {"--from", "2011-03-28", "--to", "2011-06-26"},
            {"--from", "2011-03-01", "--to", "2011-05-01"},
            {"--from", "2011-04-01", "--json"},
            {"--from", "2011-02-01", "--to", "2011-06-01", "--json"}
        }) {
            CliRun data = CliRun.of(concat(new String[] {"migration", shop.toString()}, extra));
            CliRun stored = CliRun.of(concat(new String[] {"migration", "--model", model.toString()}, extra));
            assertThat(data.exit()).as(data.err()).isZero();
            assertThat(stored.exit()).as(stored.err()).isZero();
            assertThat(stored.out()).isEqualTo(data.out()).contains(extra.length > 1 ? extra[1] : "2011-03-28");
        }
        Path a = dir.resolve("a.csv");
        Path b = dir.resolve("b.csv");
        assertThat(CliRun.of("migration", shop.toString(), "-o", a.toString()).exit())
                .isZero();
        assertThat(CliRun.of("migration", "--model", model.toString(), "-o", b.toString())
                        .exit())
                .isZero();
        assertThat(Files.readString(b)).isEqualTo(Files.readString(a)).hasLineCount(7);
    }

    @Test
    void otherOptionsNeedTheDataFile() {
        String m = model.toString();
        assertBad(CliRun.of("cohorts", "--model", m, "--period", "week"), "--period week with --model " + m);
        assertBad(CliRun.of("migration", "--model", m, "--from", "2011-04-02"), "--from 2011-04-02 with --model");
        assertBad(
                CliRun.of("migration", "--model", m, "--to", "2011-05-01"),
                "--from (by default 90 days before --to) 2011-01-31 with --model");
        assertBad(CliRun.of("migration", "--model", m, "--to", "2011-06-20"), "--to 2011-06-20 with --model");
        assertBad(CliRun.of("migration", "--model", m, "--k", "3"), "--k, --transform, --restarts or --seed");
        assertBad(CliRun.of("migration", "--model", dir.resolve("none").toString()), "model directory not found");
    }

    private static void assertBad(CliRun run, String message) {
        assertThat(run.exit()).as(run.out()).isEqualTo(2);
        assertThat(run.err()).contains(message).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(run.err()).contains(message.startsWith("model") ? "" : "give the data FILE");
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
