package com.shopperspectrum.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Help.Ansi;

/**
 * Renders {@code docs/commands.md}, the command reference, from the commands' own picocli definitions: the
 * {@code --help} of {@code spectrum} and of every subcommand, in the order the usage lists them, 80 columns wide
 * (what a terminal-less {@code --help} prints), without colours. {@link CommandReferenceTest} fails when the file
 * differs; {@link #main} (or that test with {@code -Dspectrum.docs.update=true}) rewrites it.
 */
final class CommandReference {
    /** The file, from the module's folder (where the tests run). */
    static final Path FILE = Path.of("..", "docs", "commands.md");

    /** The one command that brings the file up to date. */
    static final String REGENERATE = "./mvnw -B -pl spectrum-cli -am test -Dtest=CommandReferenceTest "
            + "-Dsurefire.failIfNoSpecifiedTests=false -Dspectrum.docs.update=true";

    private static final int WIDTH = 80;

    private CommandReference() {}

    static String render() {
        CommandLine root = SpectrumCommand.newCommandLine();
        StringBuilder out = new StringBuilder();
        out.append("# Command reference\n\n")
                .append("Generated from the commands' picocli definitions (each command's `--help`) by\n")
                .append(
                        "`spectrum-cli/src/test/java/com/shopperspectrum/cli/CommandReference.java`; do not edit by hand.\n")
                .append("`CommandReferenceTest` fails when this file is out of date; regenerate it with\n\n")
                .append("```bash\n")
                .append(REGENERATE)
                .append("\n```\n\n");
        section(out, "spectrum", root);
        for (Map.Entry<String, CommandLine> sub : root.getSubcommands().entrySet()) {
            section(out, "spectrum " + sub.getKey(), sub.getValue());
        }
        return out.toString();
    }

    private static void section(StringBuilder out, String title, CommandLine command) {
        command.setUsageHelpAutoWidth(false);
        command.setUsageHelpWidth(WIDTH);
        String usage = command.getUsageMessage(Ansi.OFF).stripTrailing();
        out.append("## `").append(title).append("`\n\n```text\n");
        usage.lines().forEach(line -> out.append(line.stripTrailing()).append('\n'));
        out.append("```\n\n");
    }

    static void write() throws IOException {
        Files.createDirectories(FILE.getParent());
        Files.writeString(FILE, render(), StandardCharsets.UTF_8);
    }

    /** Rewrites the file; run from spectrum-cli's folder with the test class path. */
    public static void main(String[] args) throws IOException {
        write();
    }
}
