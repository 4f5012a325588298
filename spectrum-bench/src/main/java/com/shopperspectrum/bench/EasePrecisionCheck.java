package com.shopperspectrum.bench;

import com.shopperspectrum.core.clean.Cleaner;
import com.shopperspectrum.core.clean.CleaningOptions;
import com.shopperspectrum.core.clean.NonProductCodes;
import com.shopperspectrum.core.data.TransactionTable;
import com.shopperspectrum.core.recommend.EaseOptions;
import com.shopperspectrum.core.recommend.EaseRegression;
import com.shopperspectrum.core.recommend.ItemNeighbours;
import com.shopperspectrum.core.recommend.NativeSpdInverse;
import com.shopperspectrum.core.recommend.ProductCatalog;
import com.shopperspectrum.core.recommend.PurchaseHistory;
import com.shopperspectrum.core.recommend.RecommenderDefaults;
import com.shopperspectrum.core.recommend.SpdInverse;
import com.shopperspectrum.core.recommend.eval.CosineRanker;
import com.shopperspectrum.core.recommend.eval.EaseRanker;
import com.shopperspectrum.core.recommend.eval.EvaluationData;
import com.shopperspectrum.core.recommend.eval.EvaluationReport;
import com.shopperspectrum.core.recommend.eval.Evaluator;
import com.shopperspectrum.core.recommend.eval.Ranker;
import com.shopperspectrum.core.recommend.eval.RankerResult;
import com.shopperspectrum.core.recommend.eval.StandardRankers;
import com.shopperspectrum.io.ReadOptions;
import com.shopperspectrum.io.TransactionReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Whether EASE in single precision ({@code spotrf}/{@code spotri}) loses anything against doubles
 * ({@code dpotrf}/{@code dpotri}) on a real file: (1) the top-K neighbours of every product with the default
 * options, signed and positive, compared rank by rank (the same product, or a tie within 1e-5 relative) and by
 * weight (the largest relative difference); (2) the two EASE rows of the evaluation table (the dense model and the
 * served top-K form, default split) to 4 decimals. Prints what differs and a verdict line.
 *
 * <p>Run: {@code java -Xmx4g -cp spectrum-bench/target/benchmarks.jar
 * com.shopperspectrum.bench.EasePrecisionCheck ../shared/data/online_retail.csv.gz}
 */
public final class EasePrecisionCheck {
    private static final double TOLERANCE = 1e-5;

    private EasePrecisionCheck() {}

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args.length > 0 ? args[0] : "../shared/data/online_retail.csv.gz");
        SpdInverse dbl = NativeSpdInverse.load().orElseThrow(() -> new IllegalStateException("no native LAPACK"));
        SpdInverse sgl = NativeSpdInverse.loadSingle().orElseThrow();
        TransactionTable raw =
                new TransactionReader().read(file, ReadOptions.DEFAULT).table();
        TransactionTable clean =
                new Cleaner(CleaningOptions.ORIGINAL).clean(raw).clean();
        ProductCatalog catalog = ProductCatalog.of(clean, NonProductCodes.DEFAULT);
        PurchaseHistory history = PurchaseHistory.of(clean, catalog);
        boolean same = true;
        for (boolean signed : new boolean[] {true, false}) {
            EaseOptions o = RecommenderDefaults.easeOptions(false);
            EaseOptions options = new EaseOptions(o.lambda(), o.minSupport(), o.neighbours(), false, signed);
            ItemNeighbours a =
                    EaseRegression.fit(history, catalog, options, dbl).neighbours();
            ItemNeighbours b =
                    EaseRegression.fit(history, catalog, options, sgl).neighbours();
            same &= compare(a, b, (signed ? "signed" : "positive") + " k" + options.neighbours());
        }
        same &= compareEvaluation(clean, dbl, sgl);
        System.out.println(same ? "VERDICT same" : "VERDICT differs");
    }

    private static boolean compare(ItemNeighbours a, ItemNeighbours b, String what) {
        int rankDiffs = 0;
        int countDiffs = 0;
        int weightDiffs = 0;
        double maxRel = 0;
        for (int p = 0; p < a.size(); p++) {
            if (a.count(p) != b.count(p)) {
                countDiffs++;
                continue;
            }
            for (int r = 0; r < a.count(p); r++) {
                float wa = a.score(p, r);
                float wb = b.score(p, r);
                double rel = Math.abs(wa - wb) / Math.max(Math.abs(wa), Float.MIN_NORMAL);
                maxRel = Math.max(maxRel, rel);
                if (rel > TOLERANCE) {
                    weightDiffs++;
                }
                if (a.neighbour(p, r) != b.neighbour(p, r)
                        && Math.abs(a.similarity(p, b.neighbour(p, r)) - wa) > TOLERANCE * Math.abs(wa)) {
                    rankDiffs++;
                }
            }
        }
        System.out.printf(
                Locale.ROOT,
                "%s: %d products; lists of another length %d, ranks differing beyond a tie %d,"
                        + " weights beyond 1e-5 relative %d, largest relative difference %.3g%n",
                what,
                a.size(),
                countDiffs,
                rankDiffs,
                weightDiffs,
                maxRel);
        return countDiffs == 0 && rankDiffs == 0 && weightDiffs == 0;
    }

    private static boolean compareEvaluation(TransactionTable clean, SpdInverse dbl, SpdInverse sgl) {
        EvaluationData data = EvaluationData.split(
                clean, NonProductCodes.DEFAULT, EvaluationData.lastDays(clean, EvaluationData.DEFAULT_TEST_DAYS), null);
        List<String> rows = new ArrayList<>();
        for (SpdInverse inverse : List.of(dbl, sgl)) {
            rows.add(table(data, inverse));
        }
        System.out.println("evaluation, doubles:\n" + rows.get(0) + "evaluation, floats:\n" + rows.get(1));
        boolean same = rows.get(0).equals(rows.get(1));
        System.out.println("evaluation tables to 4 decimals " + (same ? "identical" : "DIFFER"));
        return same;
    }

    private static String table(EvaluationData data, SpdInverse inverse) {
        EaseOptions o = RecommenderDefaults.easeOptions(false);
        EaseRegression ease = EaseRegression.fit(
                data.history(),
                data.catalog(),
                new EaseOptions(o.lambda(), o.minSupport(), o.neighbours(), false, o.signed()),
                inverse);
        int[] recent = StandardRankers.recentPopular(data);
        String served = RecommenderDefaults.easeName(o.lambda(), o.neighbours(), o.signed());
        List<Ranker> rankers = List.of(
                EaseRanker.of(ease, data, recent),
                new CosineRanker(served, ease.neighbours(), data, RecommenderDefaults.EASE_HALF_LIFE_DAYS, recent));
        EvaluationReport report = Evaluator.evaluate(data, rankers, Evaluator.DEFAULT_K, served);
        StringBuilder s = new StringBuilder();
        for (RankerResult r : report.results()) {
            s.append(String.format(
                    Locale.ROOT,
                    "  %-24s %-3s %5d hr %.4f p %.4f r %.4f ndcg %.4f map %.4f cov %.4f%n",
                    r.model(),
                    r.candidates(),
                    r.customers(),
                    r.hr(),
                    r.precision(),
                    r.recall(),
                    r.ndcg(),
                    r.map(),
                    r.coverage()));
        }
        return s.toString();
    }
}
