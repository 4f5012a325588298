package com.shopperspectrum.cli;

import com.shopperspectrum.core.baskets.BasketOptions;
import com.shopperspectrum.core.baskets.BasketRules;
import com.shopperspectrum.core.baskets.BasketScope;
import com.shopperspectrum.core.baskets.Baskets;
import com.shopperspectrum.core.baskets.ItemKey;
import com.shopperspectrum.core.baskets.RuleMiner;
import com.shopperspectrum.core.baskets.RuleOptions;
import com.shopperspectrum.core.baskets.RuleSort;
import com.shopperspectrum.core.baskets.SupportThreshold;
import com.shopperspectrum.core.clean.Cleaner;
import com.shopperspectrum.core.clean.CleaningOptions;
import com.shopperspectrum.io.engine.LoadedData;
import com.shopperspectrum.io.view.BasketRulesView;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code spectrum baskets FILE}: association rules "a basket with A also has B", by lift. */
@Command(
        name = "baskets",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Association rules between the items bought together: A => B with support, confidence, lift, leverage "
                    + "and conviction, from exact counts.",
            "",
            "Baskets: one per invoice (or per customer and day) of the sales lines the cleaning keeps; lines without "
                    + "a customer id count (they are orders). Items: stock codes or trimmed descriptions, non-products "
                    + "left out of the items (their baskets still count). Rules: every split of every itemset of up to "
                    + "--max-items items in at least --min-support baskets. support = baskets with A and B / baskets; "
                    + "confidence = with A and B / with A; lift = confidence / share with B; conviction empty when the "
                    + "confidence is 1. When no rule passes, says what each threshold removed and what to try.",
            "",
            "Writes -o: antecedent,consequent,baskets_both,baskets_antecedent,baskets_consequent,support,confidence,"
                    + "lift,leverage,conviction. See docs/baskets.md."
        })
public final class BasketsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    FileOrModel source;

    @Option(
            names = "--scope",
            paramLabel = "S",
            defaultValue = "invoice",
            description = "A basket: invoice, or customer-day (one customer's lines of one day; for data without "
                    + "invoices) (default: ${DEFAULT-VALUE}).")
    String scope;

    @Option(
            names = "--item",
            paramLabel = "K",
            defaultValue = "stock-code",
            description = "An item: stock-code, or description (trimmed) (default: ${DEFAULT-VALUE}).")
    String item;

    @Option(names = "--include-non-products", description = "Keep postage, fees and vouchers as items.")
    boolean includeNonProducts;

    @Option(names = "--customers-only", description = "Only the lines with a customer id.")
    boolean customersOnly;

    @Option(names = "--country", paramLabel = "C", description = "Only the lines of this country.")
    String country;

    @Range(min = 2, max = 4)
    @Option(
            names = "--max-items",
            paramLabel = "N",
            defaultValue = "2",
            description = "The largest itemset of a rule, 2..4 (default: ${DEFAULT-VALUE}).")
    int maxItems;

    @Option(
            names = "--min-support",
            paramLabel = "S",
            defaultValue = "0.01",
            description = "Minimum support: a share of the baskets in (0, 1], or a basket count above 1 "
                    + "(default: ${DEFAULT-VALUE}).")
    String minSupport;

    @Range(min = 0, max = 1)
    @Option(
            names = "--min-confidence",
            paramLabel = "C",
            description = "Minimum confidence, in (0, 1], 0..1 (default: none).")
    Double minConfidence;

    @Range(min = 0, max = 1_000_000)
    @Option(
            names = "--min-lift",
            paramLabel = "L",
            defaultValue = "1.0",
            description = "Minimum lift, 0..1000000 (default: ${DEFAULT-VALUE}: at least as often as chance).")
    double minLift;

    @Range(min = 1, max = 100_000_000)
    @Option(
            names = "--max-itemsets",
            paramLabel = "N",
            defaultValue = "1000000",
            description = "Refuse, before keeping them, more itemsets (or rules) than this, 1..100000000 "
                    + "(default: ${DEFAULT-VALUE}).")
    long maxItemsets;

    @Option(
            names = "--sort",
            paramLabel = "BY",
            defaultValue = "lift",
            description = "Order of the rules: lift, support or confidence, descending (default: ${DEFAULT-VALUE}).")
    String sort;

    @Range(min = 0, max = 100_000)
    @Option(
            names = "--top",
            paramLabel = "N",
            defaultValue = "20",
            description = "Rules printed, 0..100000 (default: ${DEFAULT-VALUE}); --json and -o hold every rule.")
    int top;

    @Option(names = "--json", description = "Print one JSON object instead of text.")
    boolean json;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "CSV",
            description = "Write every rule as CSV.")
    Path output;

    @Mixin
    InputOptions input;

    @Mixin
    CleaningMixin cleaning;

    @Override
    public Integer call() {
        RuleOptions rules = ruleOptions();
        RuleSort order = choice("--sort", sort, RuleSort.values());
        BasketOptions options = basketOptions();
        Path dataFile = source.input().dataFile();
        if (dataFile == null) {
            throw new IllegalArgumentException(
                    "--model " + source.input().modelDir + ": a model holds only the pair rules at train's "
                            + "thresholds (for serve's bought-together and basket completion), not the baskets "
                            + "these options need; give the data FILE instead");
        }
        input.requireProduct("baskets");
        var err = spec.commandLine().getErr();
        LoadedData data = DataLoader.load(dataFile, input, cleaning, null, err);
        CleaningOptions rulesOfCleaning = cleaning.toOptions();
        Baskets baskets =
                Baskets.of(new Cleaner(rulesOfCleaning).sales(data.cleaning().raw()), options);
        BasketRules result = new RuleMiner(rules).mine(baskets, options);
        BasketRulesView view = new BasketRulesView(result, order);
        if (output != null) {
            DemandInput.write(output, view.csv());
        }
        var out = spec.commandLine().getOut();
        out.print(json ? view.text() + "\n" : BasketsText.of(result, order, top, output));
        out.flush();
        return ExitCodes.OK;
    }

    private RuleOptions ruleOptions() {
        if (minConfidence != null && minConfidence == 0) {
            throw new IllegalArgumentException("--min-confidence must be in (0, 1], got 0 (leave it out for none)");
        }
        return new RuleOptions(
                maxItems,
                SupportThreshold.parse(minSupport),
                minConfidence == null ? 0 : minConfidence,
                minLift,
                maxItemsets);
    }

    private BasketOptions basketOptions() {
        return new BasketOptions(
                choice("--scope", scope, BasketScope.values()),
                choice("--item", item, ItemKey.values()),
                includeNonProducts,
                customersOnly,
                country,
                cleaning.toOptions().nonProducts());
    }

    /** The enum constant whose label is {@code value} (case-insensitive), or a message naming the choices. */
    static <E extends Enum<E>> E choice(String option, String value, E[] values) {
        for (E e : values) {
            String label = e.name().toLowerCase(Locale.ROOT).replace('_', '-');
            if (label.equalsIgnoreCase(value.strip())) {
                return e;
            }
        }
        throw new IllegalArgumentException(option + " '" + value + "' is not one of "
                + String.join(
                        ", ",
                        Arrays.stream(values)
                                .map(e -> e.name().toLowerCase(Locale.ROOT).replace('_', '-'))
                                .toList()));
    }
}
