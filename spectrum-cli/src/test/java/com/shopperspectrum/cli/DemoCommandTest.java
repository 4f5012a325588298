package com.shopperspectrum.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {
    @TempDir
    Path dir;

    @Test
    void generatesTheSampleOnceThenReusesIt() throws Exception {
        CliRun first = CliRun.of("demo", "--dir", dir.toString());
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out()).contains("Generated the built-in sample").containsPattern("raw\\s+200,000");
        assertThat(Files.list(dir).filter(p -> p.toString().endsWith(".csv.gz")).count()).isEqualTo(1);
        CliRun again = CliRun.of("demo", "--dir", dir.toString());
        assertThat(again.out()).contains("Using the built-in sample");
    }
}
