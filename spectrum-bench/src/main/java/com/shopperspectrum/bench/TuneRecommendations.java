package com.shopperspectrum.bench;

// Tunes the item-item and EASE settings on a validation period and prints one CSV row per setting.
// Run (after ./mvnw -B -q -o package -DskipTests -pl spectrum-bench -am):
//   java -cp spectrum-bench/target/benchmarks.jar com.shopperspectrum.bench.TuneRecommendations DATA.csv.gz SPLIT UNTIL
// > tune.csv
// Grid axes as system properties (comma lists; empty skips): scopes, weightings, ks, hls, k1s, bs, bm25k,
// supports, lambdas.
// e.g. validation = the 90 days before the last 90 of Online Retail: 2011-06-13 .. 2011-09-11 (exclusive).
import com.shopperspectrum.core.clean.Cleaner;
import com.shopperspectrum.core.clean.CleaningOptions;
import com.shopperspectrum.core.data.TransactionTable;
import com.shopperspectrum.core.recommend.MatrixOptions;
import com.shopperspectrum.core.recommend.Scope;
import com.shopperspectrum.core.recommend.Weighting;
import com.shopperspectrum.core.recommend.eval.CosineRanker;
import com.shopperspectrum.core.recommend.eval.EaseRanker;
import com.shopperspectrum.core.recommend.eval.EvaluationData;
import com.shopperspectrum.core.recommend.eval.EvaluationReport;
import com.shopperspectrum.core.recommend.eval.EvaluationSettings;
import com.shopperspectrum.core.recommend.eval.Evaluator;
import com.shopperspectrum.core.recommend.eval.PopularRanker;
import com.shopperspectrum.core.recommend.eval.Ranker;
import com.shopperspectrum.core.recommend.eval.RankerResult;
import com.shopperspectrum.core.recommend.eval.StandardRankers;
import com.shopperspectrum.io.ReadOptions;
import com.shopperspectrum.io.TransactionReader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

public class TuneRecommendations {
    static EvaluationData data;
    static int[] recent;

    public static void main(String[] args) {
        TransactionTable raw = new TransactionReader((done, total) -> {})
                .read(Path.of(args[0]), ReadOptions.DEFAULT)
                .table();
        TransactionTable clean =
                new Cleaner(CleaningOptions.ORIGINAL).clean(raw).clean();
        data = EvaluationData.split(
                clean,
                CleaningOptions.ORIGINAL.nonProducts(),
                LocalDate.parse(args[1]),
                args.length > 2 ? LocalDate.parse(args[2]) : null);
        recent = StandardRankers.recentPopular(data);
        System.out.println(
                "model,scope,weighting,k1,b,neighbours,half_life,lambda,min_support,ndcg_all,ndcg_new,hr_new,recall_new,coverage_new");
        int[] overall = data.catalog().byPopularity().stream()
                .filter(p -> !p.nonProduct())
                .mapToInt(p -> p.index())
                .toArray();
        row(new PopularRanker("popular", overall, data), "", "", 0, 0, 0, 0, 0, 0);
        for (String sc : prop("scopes", "CUSTOMER,INVOICE")) {
            Scope scope = Scope.valueOf(sc);
            for (String ws : prop("weightings", "QUANTITY,BINARY,TFIDF,BM25")) {
                for (String k : prop("ks", "20,50,100,200")) {
                    cosine(new MatrixOptions(scope, Weighting.valueOf(ws), 1.2, 0.75), Integer.parseInt(k));
                }
            }
            for (String k1 : prop("k1s", "0.5,1.2,3.0")) {
                for (String b : prop("bs", "0.25,0.5,0.75,1.0")) {
                    cosine(
                            new MatrixOptions(scope, Weighting.BM25, Double.parseDouble(k1), Double.parseDouble(b)),
                            Integer.parseInt(System.getProperty("bm25k", "50")));
                }
            }
        }
        for (String support : prop("supports", "3,5,10")) {
            for (String lambda : prop("lambdas", "50,100,250,500,1000")) {
                row(
                        EaseRanker.fit(data, Double.parseDouble(lambda), Integer.parseInt(support), recent),
                        "",
                        "",
                        0,
                        0,
                        0,
                        0,
                        Double.parseDouble(lambda),
                        Integer.parseInt(support));
            }
        }
    }

    /** A comma-separated grid axis from a system property (empty = skip the axis). */
    static String[] prop(String name, String def) {
        String v = System.getProperty(name, def);
        return v.isEmpty() ? new String[0] : v.split(",");
    }

    static void cosine(MatrixOptions m, int k) {
        EvaluationSettings s =
                new EvaluationSettings(k, 0, 1, 1, Runtime.getRuntime().availableProcessors());
        CosineRanker base = StandardRankers.cosine(data, m, s, recent);
        for (String h : prop("hls", "0,30,60,120,240,480")) {
            double hl = Double.parseDouble(h);
            row(
                    new CosineRanker(base.name(), base.neighbours(), data, hl, recent),
                    m.scope().name(),
                    m.weighting().name(),
                    m.k1(),
                    m.b(),
                    k,
                    hl,
                    0,
                    0);
        }
    }

    static void row(
            Ranker model, String scope, String w, double k1, double b, int k, double hl, double lambda, int support) {
        EvaluationReport r = Evaluator.evaluate(data, List.of(model), 10, "");
        RankerResult all = r.result(model.name(), "all");
        RankerResult fresh = r.result(model.name(), "new");
        System.out.println(String.format(
                Locale.ROOT,
                "%s,%s,%s,%.2f,%.2f,%d,%.0f,%.0f,%d,%.4f,%.4f,%.4f,%.4f,%.4f",
                model.name(),
                scope,
                w,
                k1,
                b,
                k,
                hl,
                lambda,
                support,
                all.ndcg(),
                fresh.ndcg(),
                fresh.hr(),
                fresh.recall(),
                fresh.coverage()));
        System.out.flush();
    }
}
