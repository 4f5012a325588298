package com.shopperspectrum.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

/** docs/commands.md is exactly what the commands' {@code --help} say (see {@link CommandReference}). */
class CommandReferenceTest {
    @Test
    void theCommandReferenceIsTheCommandsHelp() throws IOException {
        String expected = CommandReference.render();
        if (Boolean.getBoolean("spectrum.docs.update")) {
            CommandReference.write();
        }
        String actual = Files.isRegularFile(CommandReference.FILE)
                ? Files.readString(CommandReference.FILE, StandardCharsets.UTF_8)
                : "";
        assertThat(actual.equals(expected))
                .as(
                        "docs/commands.md differs from the commands' --help (%s); regenerate it with:%n  %s",
                        firstDifference(actual, expected), CommandReference.REGENERATE)
                .isTrue();
    }

    private static String firstDifference(String actual, String expected) {
        List<String> a = actual.lines().toList();
        List<String> e = expected.lines().toList();
        for (int i = 0; i < Math.max(a.size(), e.size()); i++) {
            String got = i < a.size() ? a.get(i) : "(end of file)";
            String want = i < e.size() ? e.get(i) : "(end of file)";
            if (!got.equals(want)) {
                return "line " + (i + 1) + ": the file has '" + got + "', the commands say '" + want + "'";
            }
        }
        return "only line endings differ";
    }

    @Test
    void everySubcommandHasItsSection() {
        String reference = CommandReference.render();
        for (String name : SpectrumCommand.newCommandLine().getSubcommands().keySet()) {
            assertThat(reference).contains("## `spectrum " + name + "`");
        }
    }
}
