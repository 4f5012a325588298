package com.shopperspectrum.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The command line built for one subcommand behaves as that subcommand does in the whole tree. */
class CommandLineTest {
    @Test
    void aSubcommandAloneHasTheSameUsageAndErrorsAsInTheWholeTree() {
        CommandLine whole = SpectrumCommand.newCommandLine();
        assertThat(whole.getSubcommands()).hasSize(18);
        for (String name : whole.getSubcommands().keySet()) {
            if (name.equals("help")) {
                continue;
            }
            CommandLine alone = SpectrumCommand.forArgs(name, "--help");
            assertThat(alone.getSubcommands().keySet()).as(name).containsExactly(name);
            assertThat(alone.getSubcommands().get(name).getUsageMessage())
                    .as(name)
                    .isEqualTo(whole.getSubcommands().get(name).getUsageMessage());
            assertThat(run(alone, name, "--no-such-option"))
                    .as(name)
                    .isEqualTo(run(SpectrumCommand.newCommandLine(), name, "--no-such-option"));
        }
    }

    @Test
    void anythingButASubcommandsNameGetsTheWholeTree() {
        for (String[] args : new String[][] {{}, {"--help"}, {"--version"}, {"help", "train"}, {"trian"}}) {
            assertThat(SpectrumCommand.forArgs(args).getSubcommands()).hasSize(18);
        }
        assertThat(run(SpectrumCommand.forArgs("trian"), "trian")).contains("train");
    }

    /** The exit code and what the command printed. */
    private static String run(CommandLine cl, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return exit + "\n" + out + "\n" + err;
    }
}
