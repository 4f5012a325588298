package com.shopperspectrum.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End-to-end: the built fat jar, run as a user runs it. */
class JarIT {
    @TempDir
    Path dir;

    record Result(int code, String out, String err) {}

    static Result run(Path workDir, String... args) throws IOException, InterruptedException {
        return run(workDir, List.of(), args);
    }

    static Result run(Path workDir, List<String> jvm, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        cmd.addAll(jvm);
        cmd.addAll(List.of("-jar", System.getProperty("spectrum.jar")));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd)
                .directory(workDir.toFile())
                .redirectOutput(workDir.resolve("out.txt").toFile())
                .redirectError(workDir.resolve("err.txt").toFile())
                .start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("jar finished in time").isTrue();
        return new Result(
                p.exitValue(),
                Files.readString(workDir.resolve("out.txt"), StandardCharsets.UTF_8),
                Files.readString(workDir.resolve("err.txt"), StandardCharsets.UTF_8));
    }

    @Test
    void helpListsTheCommands() throws Exception {
        Result r = run(dir, "--help");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Usage: spectrum").contains("profile");
    }

    @Test
    void profileOfAFileWorksFromTheJar() throws Exception {
        Path f = dir.resolve("t.csv");
        Files.writeString(f, ProfileCommandTest.UCI);
        Result r = run(dir, "profile", f.toString(), "--json");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("\"clean\":4");
    }

    @Test
    void badInputExitsTwoWithoutAStackTrace() throws Exception {
        Result r = run(dir, "profile", "missing.csv");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("missing.csv").doesNotContain("\tat ");
    }

    @Test
    void runningOutOfMemoryExplainsHowToGiveMoreWithoutAStackTrace() throws Exception {
        Result generated = run(dir, "generate", "--rows", "300000", "-o", "big.csv.gz");
        assertThat(generated.code()).as(generated.err()).isZero();
        Result r = run(dir, List.of("-Xmx24m"), "profile", "big.csv.gz");
        assertThat(r.code()).as(r.err()).isEqualTo(1);
        assertThat(r.err())
                .contains("out of memory")
                .contains("at most 24 MB")
                .contains("-Xmx")
                .doesNotContain("\tat ");
    }
}
