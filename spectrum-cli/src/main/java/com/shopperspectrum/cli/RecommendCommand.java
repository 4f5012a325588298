package com.shopperspectrum.cli;

import com.shopperspectrum.core.baskets.AssociationRule;
import com.shopperspectrum.core.baskets.BasketModel;
import com.shopperspectrum.core.baskets.RuleOptions;
import com.shopperspectrum.core.data.Dictionary;
import com.shopperspectrum.core.model.ModelOptions;
import com.shopperspectrum.core.model.ModelRecommender;
import com.shopperspectrum.core.model.SpectrumModel;
import com.shopperspectrum.core.recommend.RecommendOptions;
import com.shopperspectrum.core.recommend.Recommendation;
import com.shopperspectrum.core.recommend.Recommendations;
import com.shopperspectrum.core.recommend.Recommender;
import com.shopperspectrum.core.recommend.RecommenderDefaults;
import com.shopperspectrum.core.recommend.RecommenderType;
import com.shopperspectrum.core.rfm.CustomerIdOrder;
import com.shopperspectrum.io.view.BoughtTogetherView;
import com.shopperspectrum.io.view.Csv;
import com.shopperspectrum.io.view.RecommendationsView;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code spectrum recommend}: personal suggestions with a reason, for a customer, a basket or everyone. */
@Command(
        name = "recommend",
        mixinStandardHelpOptions = true,
        description = "Personal product suggestions for a customer (or an anonymous basket, or every customer).")
public final class RecommendCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ModelInput source;

    @Parameters(arity = "0..1", paramLabel = "CUSTOMER_ID", description = "The customer to suggest products to.")
    String customer;

    @Range(min = 1, max = 1000)
    @Option(names = "-n", paramLabel = "N", description = "How many suggestions, 1..1000 (default: ${DEFAULT-VALUE}).")
    int n = 10;

    @Option(names = "--include-purchased", description = "Also suggest products the customer already bought.")
    boolean includePurchased;

    @Range(min = 0, max = 36500)
    @Option(
            names = "--half-life",
            paramLabel = "DAYS",
            description = "Weigh purchases by recency with this half-life in days, 0..36500; 0 = off (default: "
                    + RecommenderDefaults.HALF_LIFE_DAYS + " for cosine, " + RecommenderDefaults.EASE_HALF_LIFE_DAYS
                    + " for ease).")
    Double halfLife;

    @Option(
            names = "--basket",
            split = ",",
            paramLabel = "CODE",
            description = "Stock codes of an anonymous basket: what completes it (see --from).")
    List<String> basket = new ArrayList<>();

    /** Where a basket's suggestions come from. */
    enum BasketSource {
        rules,
        recommender
    }

    @Option(
            names = "--from",
            paramLabel = "SOURCE",
            description = "With --basket: rules = the model's basket pair rules, the answer of POST "
                    + "/api/baskets/complete (default); recommender = the recommender's suggestions, as for a "
                    + "customer.")
    BasketSource from;

    @Option(names = "--all", description = "Every customer's list, as CSV (to -o or standard output).")
    boolean all;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE",
            description = "CSV file for --all.")
    Path output;

    @Option(names = "--json", description = "JSON output.")
    boolean json;

    @Mixin
    RecommendModelMixin modelType;

    @Mixin
    SimilarityMixin model;

    @Mixin
    InputOptions input;

    @Mixin
    CleaningMixin cleaning;

    @Override
    public Integer call() {
        int modes = (customer == null ? 0 : 1) + (basket.isEmpty() ? 0 : 1) + (all ? 1 : 0);
        if (modes != 1) {
            throw new IllegalArgumentException("give exactly one of CUSTOMER_ID, --basket or --all");
        }
        source.dataFile();
        if (from != null && basket.isEmpty()) {
            throw new IllegalArgumentException("--from applies to --basket");
        }
        if (!basket.isEmpty() && from != BasketSource.recommender) {
            return completeBasket();
        }
        if (output != null) {
            OutputPaths.file("-o", output);
        }
        modelType.check(spec.commandLine().getParseResult(), !source.trains());
        PrintWriter out = spec.commandLine().getOut();
        SpectrumModel m = source.requireProducts(
                "recommend",
                input,
                () -> source.model(
                        input,
                        cleaning,
                        this::trainingOptions,
                        output == null ? null : output.toAbsolutePath().getParent(),
                        spec.commandLine().getErr(),
                        this::checkRecommender));
        String[] withoutPurchases = source.customersWithoutPurchases(m);
        Recommender recommender = ModelRecommender.of(m, withoutPurchases);
        Dictionary customers = Dictionary.of(
                Stream.concat(Arrays.stream(m.customers().rfm().customerIds()), Arrays.stream(withoutPurchases))
                        .toArray(String[]::new));
        RecommendOptions options = new RecommendOptions(
                n, includePurchased, halfLife == null ? m.recommender().halfLifeDays() : halfLife);
        if (all) {
            writeAll(recommender, customers, options, out);
            return ExitCodes.OK;
        }
        Recommendations r =
                customer != null ? recommender.forCustomer(customer, options) : recommender.forBasket(basket, options);
        if (json) {
            out.println(new RecommendationsView(r).text());
        } else {
            printText(r, RecommendModelMixin.describe(m), out);
        }
        out.flush();
        return ExitCodes.OK;
    }

    /** {@code --basket} from the pair rules: the bytes of {@code POST /api/baskets/complete} with {@code --json}. */
    private int completeBasket() {
        for (String option : List.of(
                "--model-type",
                "--ease-lambda",
                "--ease-min-support",
                "--ease-signed",
                "--half-life",
                "--include-purchased",
                "-o")) {
            if (spec.commandLine().getParseResult().hasMatchedOption(option)) {
                throw new IllegalArgumentException(
                        option + " applies to the recommender; --basket answers from the basket rules unless "
                                + "--from recommender");
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        SpectrumModel m = source.requireProducts(
                "recommend --basket",
                input,
                () -> source.model(
                        input,
                        cleaning,
                        () -> new ModelOptions(null, null, model.matrix(), model.similarity(1), 0, null)
                                .withBaskets(RuleOptions.DEFAULT),
                        null,
                        spec.commandLine().getErr(),
                        trained -> {}));
        if (m.baskets() == null) {
            throw new IllegalArgumentException(
                    (source.trains() ? "the data gave" : "--model " + source.modelDir + " has")
                            + " no basket rules ("
                            + String.join("; ", m.metadata().warnings())
                            + "); use --from recommender, or train the model again with spectrum train");
        }
        BoughtTogetherView answer = BoughtTogetherView.completion(m.products(), m.baskets(), basket, n, "--basket");
        if (json) {
            out.println(answer.text());
        } else {
            printCompletion(answer, m.baskets(), out);
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static void printCompletion(BoughtTogetherView answer, BasketModel rules, PrintWriter out) {
        out.printf(
                Locale.ROOT,
                "Completing basket %s (pair rules of %,d baskets, min support %s, min lift %s):%n",
                String.join(",", answer.items()),
                rules.baskets(),
                rules.minSupport(),
                rules.minLift());
        if (answer.rules().isEmpty()) {
            out.println("  no rule has a product of this basket on its left side");
        }
        int rank = 1;
        for (AssociationRule r : answer.rules()) {
            out.printf(
                    Locale.ROOT,
                    "%3d  %-12s %-40s %s%n",
                    rank++,
                    r.consequent().get(0),
                    r.consequentDescriptions().isEmpty()
                            ? ""
                            : r.consequentDescriptions().get(0),
                    BoughtTogetherView.text(r));
        }
    }

    /**
     * The neighbours and the chosen recommender, no segmentation or evaluation; with EASE, {@code --neighbours} is
     * the K of the EASE neighbours.
     */
    private ModelOptions trainingOptions() {
        return new ModelOptions(
                null,
                null,
                model.matrix(),
                model.similarity(1),
                0,
                modelType.easeOptions(model.neighbours(RecommenderDefaults.EASE_NEIGHBOURS), model.includeNonProducts));
    }

    /** EASE asked for but not fitted (too many products for its dense inverse) is an error, not the cosine. */
    private void checkRecommender(SpectrumModel trained) {
        if (modelType.type == RecommenderType.EASE && trained.recommender().type() != RecommenderType.EASE) {
            throw new IllegalArgumentException(
                    "--model-type ease: " + String.join("; ", trained.metadata().warnings()));
        }
    }

    private void printText(Recommendations r, String description, PrintWriter out) {
        String who = r.customer() == null ? "basket " + String.join(",", basket) : "customer " + r.customer();
        out.printf(
                "Suggestions for %s (%s):%n",
                who,
                r.fallback()
                        ? "no usable purchase history: popular products of the last " + Recommender.RECENT_DAYS
                                + " days"
                        : description);
        int rank = 1;
        for (Recommendation i : r.items()) {
            out.printf(
                    "%3d  %-12s %-40s %6.3f  %s%n",
                    rank++,
                    i.stockCode(),
                    i.description(),
                    i.score(),
                    i.because().isEmpty()
                            ? "(popular)"
                            : (r.customer() == null ? "because the basket has " : "because you bought ")
                                    + String.join(", ", i.because()));
        }
    }

    private void writeAll(Recommender recommender, Dictionary customers, RecommendOptions options, PrintWriter out) {
        String[] ids = customers.values();
        Arrays.sort(ids, CustomerIdOrder.INSTANCE);
        try (Writer w = output == null ? null : Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
            PrintWriter csv = w == null ? out : new PrintWriter(w);
            csv.print("customer_id,rank,stock_code,score,fallback,because\n");
            for (String id : ids) {
                Recommendations r = recommender.forCustomer(id, options);
                int rank = 1;
                for (Recommendation i : r.items()) {
                    csv.print(Csv.row(List.of(
                            id,
                            Integer.toString(rank++),
                            i.stockCode(),
                            String.format(Locale.ROOT, "%.6f", i.score()),
                            Boolean.toString(r.fallback()),
                            String.join(" ", i.because()))));
                }
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(new IOException("cannot write " + output + ": " + e.getMessage(), e));
        }
    }
}
