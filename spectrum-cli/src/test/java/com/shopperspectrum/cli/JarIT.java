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

    static Process start(Path workDir, String name, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m"));
        cmd.addAll(List.of("-jar", System.getProperty("spectrum.jar")));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd)
                .directory(workDir.toFile())
                .redirectOutput(workDir.resolve(name + ".out").toFile())
                .redirectError(workDir.resolve(name + ".err").toFile())
                .start();
    }

    /**
     * Issue 13's kill test: {@code kill -9} of {@code train} at random moments (half of them once the new version is
     * being written) into an existing model. After each, the model at {@code -o} loads, a {@code --model} command
     * succeeds and {@code sha256sum -c checksums} passes; after the next complete train no temporary is left.
     */
    @Test
    void killingTrainAtAnyMomentLeavesTheOldOrTheNewCompleteModel() throws Exception {
        Result generated = run(dir, "generate", "--rows", "20000", "--seed", "7", "-o", "data.csv.gz");
        assertThat(generated.code()).as(generated.err()).isZero();
        long t0 = System.nanoTime();
        Result first = run(dir, "train", "data.csv.gz", "-o", "model");
        long trainMillis = (System.nanoTime() - t0) / 1_000_000;
        assertThat(first.code()).as(first.err()).isZero();
        Path model = dir.resolve("model");
        java.util.Random random = new java.util.Random(13);
        int killedWhileWriting = 0;
        int kills = 0;
        // A train that ends before its kill is not counted: the loop goes on (at most 72 starts) until 24 trains
        // were killed alive, half of them after their new version appeared, however fast the machine is.
        for (int i = 0; i < 72 && kills < 24; i++) {
            Process train = start(dir, "train-" + i, "train", "data.csv.gz", "-o", "model");
            boolean whileWriting = false;
            if (i % 2 == 0) {
                Thread.sleep(random.nextInt((int) Math.max(trainMillis, 200)));
            } else if (awaitTemporary(model, train)) {
                Thread.sleep(random.nextInt(40));
                whileWriting = true;
            }
            if (train.isAlive()) {
                kills++;
                if (whileWriting) {
                    killedWhileWriting++;
                }
            }
            train.destroyForcibly(); // SIGKILL
            assertThat(train.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertLoadsAndVerifies(model, "after kill " + i);
        }
        System.out.printf("kill test: %d kills, %d while writing%n", kills, killedWhileWriting);
        assertThat(kills).isGreaterThanOrEqualTo(20);
        assertThat(killedWhileWriting).isGreaterThanOrEqualTo(5);
        Result last = run(dir, "train", "data.csv.gz", "-o", "model");
        assertThat(last.code()).as(last.err()).isZero();
        assertLoadsAndVerifies(model, "after the last train");
        try (var list = Files.list(model)) {
            assertThat(list.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder(
                            "spectrum-model",
                            "current",
                            com.shopperspectrum.io.model.ModelDirectory.files(model)
                                    .getFileName()
                                    .toString());
        }
    }

    /** Waits until the train writes its new version (a .tmp- entry appears) or ends; true when it appeared. */
    private static boolean awaitTemporary(Path model, Process train) throws IOException, InterruptedException {
        while (train.isAlive()) {
            try (var list = Files.list(model)) {
                if (list.anyMatch(p -> p.getFileName().toString().startsWith(".tmp-v-"))) {
                    return true;
                }
            }
            Thread.sleep(2);
        }
        return false;
    }

    private static void assertLoadsAndVerifies(Path model, String when) throws Exception {
        CliRun similar = CliRun.of("recommend", "--model", model.toString(), "--all");
        assertThat(similar.exitCode()).as(when + ": " + similar.err()).isZero();
        Path files = com.shopperspectrum.io.model.ModelDirectory.files(model);
        Process check = new ProcessBuilder("sha256sum", "--quiet", "-c", "checksums")
                .directory(files.toFile())
                .redirectErrorStream(true)
                .start();
        String output = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(check.waitFor())
                .as(when + ": sha256sum -c checksums: " + output)
                .isZero();
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
