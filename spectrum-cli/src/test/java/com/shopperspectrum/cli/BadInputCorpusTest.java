package com.shopperspectrum.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.shopperspectrum.cli.BadInputCorpus.Case;
import com.shopperspectrum.cli.BadInputCorpus.Outcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every file of the {@link BadInputCorpus} through {@code profile} (text and {@code --json}) and {@code train}:
 * the exit code (2 for a bad file, 0 for a valid one however dirty), a message naming the file and the problem,
 * no stack trace or exception class name, never NaN or Infinity in an output, and nothing left behind (beside the
 * input, or in the output folder of a failed {@code train}).
 */
class BadInputCorpusTest {
    /** A qualified Java class name, as an exception's toString() would print it. */
    private static final Pattern CLASS_NAME =
            Pattern.compile("\\b(java|javax|jdk|sun|org|com|de|picocli)\\.[a-z]\\w*(\\.\\w+)*\\.[A-Z]\\w*");

    @TempDir
    static Path dir;

    private static List<Case> cases;

    private static synchronized List<Case> cases() throws IOException, InterruptedException {
        if (cases == null) {
            cases = BadInputCorpus.write(Files.createDirectories(dir.resolve("corpus")));
        }
        return cases;
    }

    @Test
    void theCorpusHoldsAtLeastSixtyFiles() throws Exception {
        assertThat(cases()).hasSizeGreaterThanOrEqualTo(60);
        assertThat(cases().stream().filter(c -> c.profile().exit() == 2)).hasSizeGreaterThanOrEqualTo(45);
    }

    @TestFactory
    Stream<DynamicTest> profile() throws Exception {
        return cases().stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> profile(c)));
    }

    @TestFactory
    Stream<DynamicTest> train() throws Exception {
        return cases().stream()
                .filter(c -> c.train() != null)
                .map(c -> DynamicTest.dynamicTest(c.name(), () -> train(c)));
    }

    private static void profile(Case c) throws IOException {
        List<String> before = listing(c.file().getParent());
        CliRun text = run(c, "profile", c.file().toString());
        check(c, c.profile(), text);
        if (c.profile().exit() == 0) {
            assertThat(text.out()).as("text output").contains(c.profile().text());
            CliRun json = run(c, "profile", c.file().toString(), "--json");
            assertThat(json.exitCode()).isZero();
            assertThat(json.out()).doesNotContain("NaN").doesNotContain("Infinity");
        }
        assertThat(listing(c.file().getParent())).as("files beside the input").isEqualTo(before);
    }

    private static void train(Case c) throws IOException {
        List<String> before = listing(c.file().getParent());
        Path parent =
                Files.createDirectories(dir.resolve("models").resolve(c.file().getFileName() + "-model"));
        Path model = parent.resolve("model");
        CliRun run = run(c, "train", c.file().toString(), "-o", model.toString());
        check(c, c.train(), run);
        if (c.train().exit() == 0) {
            assertThat(run.out()).contains(c.train().text());
            assertThat(listing(parent)).containsExactly("model");
        } else {
            assertThat(listing(parent)).as("left in the output folder").isEmpty();
        }
        assertThat(listing(c.file().getParent())).as("files beside the input").isEqualTo(before);
    }

    private static CliRun run(Case c, String... command) {
        List<String> args = new ArrayList<>(List.of(command));
        args.addAll(c.options());
        Path rejects = Path.of(c.file().getFileName() + ".rejects.csv"); // --skip-bad-rows: the working directory
        try {
            return assertTimeoutPreemptively(
                    Duration.ofMinutes(2), () -> CliRun.of(args.toArray(String[]::new)), () -> c.name() + " hangs");
        } finally {
            try {
                Files.deleteIfExists(rejects);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    private static void check(Case c, Outcome expected, CliRun run) {
        String all = run.out() + run.err();
        assertThat(run.exitCode()).as("exit code; stderr: %s", clip(run.err())).isEqualTo(expected.exit());
        assertThat(all).as("no stack trace").doesNotContain("\tat ").doesNotContain("Exception");
        assertThat(CLASS_NAME.matcher(all).find())
                .as("a class name in: %s", clip(all))
                .isFalse();
        assertThat(run.err().length()).as("message length").isLessThan(2_000);
        if (expected.exit() == 2) {
            assertThat(run.err()).startsWith("error: ").contains(expected.text());
            boolean optionProblem = expected.text().matches("--[a-z-]+: .*");
            if (!optionProblem) { // a bad option value names the option instead
                assertThat(run.err()).contains(c.file().getFileName().toString());
            }
        } else {
            assertThat(all).doesNotContain("NaN").doesNotContain("Infinity");
        }
    }

    private static List<String> listing(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static String clip(String s) {
        return s.length() <= 600 ? s : s.substring(0, 600) + "…";
    }
}
