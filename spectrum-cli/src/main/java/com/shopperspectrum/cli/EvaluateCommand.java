package com.shopperspectrum.cli;

import com.shopperspectrum.core.data.TransactionTable;
import com.shopperspectrum.core.recommend.CosineItemSimilarity;
import com.shopperspectrum.core.recommend.RecommenderDefaults;
import com.shopperspectrum.core.recommend.eval.EvaluationData;
import com.shopperspectrum.core.recommend.eval.EvaluationReport;
import com.shopperspectrum.core.recommend.eval.EvaluationSettings;
import com.shopperspectrum.core.recommend.eval.Evaluator;
import com.shopperspectrum.core.recommend.eval.RankerResult;
import com.shopperspectrum.core.recommend.eval.StandardRankers;
import com.shopperspectrum.io.Json;
import com.shopperspectrum.io.engine.LoadedData;
import com.shopperspectrum.io.view.Csv;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code spectrum evaluate}: offline comparison of recommenders on a time split. */
@Command(
        name = "evaluate",
        mixinStandardHelpOptions = true,
        description = "Fit recommenders before a split date and measure them on the purchases after it.")
public final class EvaluateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "Transactions file.")
    Path file;

    @ArgGroup(exclusive = true)
    SplitChoice splitChoice = new SplitChoice();

    static final class SplitChoice {
        @Range(min = 1, max = 36500)
        @Option(
                names = "--test-days",
                paramLabel = "DAYS",
                description = "Test on the last DAYS days of the data, 1..36500 (default: "
                        + EvaluationData.DEFAULT_TEST_DAYS + ").")
        int testDays = EvaluationData.DEFAULT_TEST_DAYS;

        @Option(names = "--split-date", paramLabel = "DATE", description = "First day of the test period (yyyy-MM-dd).")
        String splitDate;
    }

    @Option(
            names = "--until",
            paramLabel = "DATE",
            description = "First day after the test period (yyyy-MM-dd; default: the end of the data).")
    String until;

    @Range(min = 1, max = 1000)
    @Option(
            names = "-k",
            paramLabel = "K",
            description = "Cut-off of the metrics, 1..1000 (default: ${DEFAULT-VALUE}).")
    int k = Evaluator.DEFAULT_K;

    @Range(min = 1, max = 1000)
    @Option(
            names = "--neighbours",
            paramLabel = "K",
            description = "Neighbours of the item-item models, 1..1000 (default: ${DEFAULT-VALUE}).")
    int neighbours = RecommenderDefaults.COSINE_NEIGHBOURS;

    @Range(min = 0, max = 36500)
    @Option(
            names = "--half-life",
            paramLabel = "DAYS",
            description = "Recency half-life of the item-item models in days, 0..36500; 0 = off (default: "
                    + "${DEFAULT-VALUE}).")
    double halfLife = RecommenderDefaults.HALF_LIFE_DAYS;

    @Range(min = 0.001, max = 1e9)
    @Option(
            names = "--ease-lambda",
            paramLabel = "L",
            description = "EASE ridge lambda, 0.001..1000000000 (default: ${DEFAULT-VALUE}).")
    double easeLambda = RecommenderDefaults.EASE_LAMBDA;

    @Range(min = 1, max = 1_000_000)
    @Option(
            names = "--ease-min-support",
            paramLabel = "N",
            description = "EASE uses products with at least N customers, 1..1000000 (default: ${DEFAULT-VALUE}).")
    int easeMinSupport = RecommenderDefaults.EASE_MIN_SUPPORT;

    @Option(names = "--json", description = "JSON output.")
    boolean json;

    @Option(names = "--csv", description = "CSV output.")
    boolean csv;

    @Mixin
    InputOptions input;

    @Mixin
    CleaningMixin cleaning;

    @Override
    public Integer call() {
        if (k < 1) {
            throw new IllegalArgumentException("-k must be at least 1, got " + k);
        }
        if (json && csv) {
            throw new IllegalArgumentException("give at most one of --json and --csv");
        }
        EvaluationSettings settings = new EvaluationSettings(
                neighbours, halfLife, easeLambda, easeMinSupport, CosineItemSimilarity.allProcessors());
        input.requireProduct("evaluate (of recommendations)");
        LoadedData loaded =
                DataLoader.load(file, input, cleaning, null, spec.commandLine().getErr());
        TransactionTable clean = loaded.clean();
        LocalDate split = splitDate(clean);
        EvaluationData data =
                EvaluationData.split(clean, cleaning.toOptions().nonProducts(), split, date("--until", until));
        EvaluationReport report =
                Evaluator.evaluate(data, StandardRankers.fit(data, settings), k, RecommenderDefaults.modelName());
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.write(toJson(report)));
        } else if (csv) {
            printCsv(report, out);
        } else {
            printText(report, out);
        }
        out.flush();
        return ExitCodes.OK;
    }

    private LocalDate splitDate(TransactionTable clean) {
        if (splitChoice.splitDate != null) {
            return date("--split-date", splitChoice.splitDate);
        }
        if (splitChoice.testDays < 1) {
            throw new IllegalArgumentException("--test-days must be at least 1, got " + splitChoice.testDays);
        }
        return EvaluationData.lastDays(clean, splitChoice.testDays);
    }

    private static LocalDate date(String option, String value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(option + ": expected a date yyyy-MM-dd, got '" + value + "'");
        }
    }

    private static Map<String, Object> toJson(EvaluationReport r) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (RankerResult m : r.results()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("model", m.model());
            row.put("candidates", m.candidates());
            row.put("hr", m.hr());
            row.put("precision", m.precision());
            row.put("recall", m.recall());
            row.put("ndcg", m.ndcg());
            row.put("map", m.map());
            row.put("coverage", m.coverage());
            rows.add(row);
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("split", r.split().toString());
        root.put("k", r.k());
        root.put("testCustomers", r.testCustomers());
        root.put("results", rows);
        root.put("default", r.defaultModel());
        return root;
    }

    private static void printCsv(EvaluationReport r, PrintWriter out) {
        out.print("model,candidates,customers,hr,precision,recall,ndcg,map,coverage\n");
        for (RankerResult m : r.results()) {
            List<String> cells =
                    new ArrayList<>(List.of(m.model(), String.valueOf(m.candidates()), "" + m.customers()));
            for (double v : new double[] {m.hr(), m.precision(), m.recall(), m.ndcg(), m.map(), m.coverage()}) {
                cells.add(String.format(Locale.ROOT, "%.6f", v));
            }
            out.print(Csv.row(cells));
        }
    }

    private static void printText(EvaluationReport r, PrintWriter out) {
        out.printf(
                "Split %s%s, k = %d, %,d test customers (bought in the test period, with a history)%n",
                r.split(), r.until() == null ? "" : " until " + r.until(), r.k(), r.testCustomers());
        out.printf(
                "%-24s %-4s %6s %6s %6s %6s %6s %6s %8s%n",
                "model", "cand", "HR", "P", "R", "NDCG", "MAP", "cover", "custs");
        for (RankerResult m : r.results()) {
            out.printf(
                    Locale.ROOT,
                    "%-24s %-4s %6.4f %6.4f %6.4f %6.4f %6.4f %6.4f %8d%n",
                    m.model(),
                    m.candidates(),
                    m.hr(),
                    m.precision(),
                    m.recall(),
                    m.ndcg(),
                    m.map(),
                    m.coverage(),
                    m.customers());
        }
        RankerResult best = r.result(r.defaultModel(), "new");
        RankerResult popular = r.result("popular", "new");
        if (best != null && popular != null && popular.ndcg() > 0) {
            out.printf(
                    Locale.ROOT,
                    "default model %s: NDCG@%d on new products %.4f = %.2fx popular (%.4f)%n",
                    r.defaultModel(),
                    r.k(),
                    best.ndcg(),
                    best.ndcg() / popular.ndcg(),
                    popular.ndcg());
        }
    }
}
