package com.shopperspectrum.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/** Every numeric option of every command has a range, stated in its --help text as min..max. */
class RangeTest {
    /** Numeric options that are not counts or sizes: any value is valid. */
    static final Set<String> ANY_VALUE = Set.of("--seed");

    static final Set<Class<?>> NUMERIC = Set.of(
            int.class, Integer.class, long.class, Long.class, double.class, Double.class, float.class, Float.class);

    @Test
    void everyNumericOptionHasARangeThatItsHelpStates() {
        List<String> missing = new ArrayList<>();
        int checked = 0;
        for (CommandLine sub : SpectrumCommand.newCommandLine().getSubcommands().values()) {
            for (OptionSpec o : sub.getCommandSpec().options()) {
                String name = sub.getCommandName() + " " + o.longestName();
                boolean numeric = NUMERIC.contains(o.type()) && !ANY_VALUE.contains(o.longestName());
                boolean kOption = o.longestName().equals("--k");
                if (!numeric) {
                    continue;
                }
                Range range = Ranges.range(o);
                String help = String.join(" ", o.description());
                if (kOption) {
                    assertThat(help).as(name).contains("1.." + SegmentationMixin.KConverter.MAX_K);
                } else if (range == null) {
                    missing.add(name);
                } else {
                    assertThat(help).as(name).contains(Ranges.text(range));
                }
                checked++;
            }
        }
        assertThat(missing).as("numeric options without @Range").isEmpty();
        assertThat(checked).isGreaterThan(20);
    }

    @Test
    void helpAnswersEveryCommandEvenWhenARequiredNumberIsMissing() {
        // generate's --rows is required and 0 until given: --help must not be refused by the range check
        for (String command : SpectrumCommand.newCommandLine().getSubcommands().keySet()) {
            CliRun run = CliRun.of(command, "--help");
            assertThat(run.exit()).as(command + " --help").isZero();
            assertThat(run.out()).as(command + " --help").contains("Usage: spectrum " + command);
        }
    }

    @Test
    void theMessageNamesOptionValueAndRange() {
        CliRun run = CliRun.of("similar", "--data", "x.csv", "-n", "1000000000", "100");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("option -n: 1000000000 is out of range; give 1..1000");
        CliRun nan = CliRun.of("recommend", "--data", "x.csv", "--half-life", "NaN", "1");
        assertThat(nan.exit()).isEqualTo(2);
        assertThat(nan.err()).contains("--half-life").contains("0..36500");
    }
}
