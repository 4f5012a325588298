package com.shopperspectrum.bench;

// The similarity build warmed up: top-50 cosine neighbours of every product, built RUNS times in one JVM after
// WARMUP untimed builds (JIT compiled), on all cores. Issue 5's target: <= 150 ms on Online Retail.
// Run (after ./mvnw -B -q -o package -DskipTests -pl spectrum-bench -am):
//   java -cp spectrum-bench/target/benchmarks.jar com.shopperspectrum.bench.SimilarityWarm
// ../shared/data/online_retail.csv.gz [WEIGHTING] [RUNS]
import com.shopperspectrum.core.clean.Cleaner;
import com.shopperspectrum.core.clean.CleaningOptions;
import com.shopperspectrum.core.data.TransactionTable;
import com.shopperspectrum.core.recommend.CosineItemSimilarity;
import com.shopperspectrum.core.recommend.MatrixOptions;
import com.shopperspectrum.core.recommend.ProductCatalog;
import com.shopperspectrum.core.recommend.PurchaseMatrix;
import com.shopperspectrum.core.recommend.Scope;
import com.shopperspectrum.core.recommend.SimilarityOptions;
import com.shopperspectrum.core.recommend.Weighting;
import com.shopperspectrum.io.ReadOptions;
import com.shopperspectrum.io.TransactionReader;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

public class SimilarityWarm {
    public static void main(String[] args) {
        Weighting w = args.length > 1 ? Weighting.valueOf(args[1].toUpperCase(Locale.ROOT)) : Weighting.TFIDF;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 15;
        TransactionTable raw = new TransactionReader((d, t) -> {})
                .read(Path.of(args[0]), ReadOptions.DEFAULT)
                .table();
        TransactionTable clean =
                new Cleaner(CleaningOptions.ORIGINAL).clean(raw).clean();
        ProductCatalog catalog = ProductCatalog.of(clean, CleaningOptions.ORIGINAL.nonProducts());
        int threads = Runtime.getRuntime().availableProcessors();
        CosineItemSimilarity cosine = new CosineItemSimilarity(new SimilarityOptions(50, false), threads);
        double[] matrixMs = new double[runs];
        double[] cosineMs = new double[runs];
        for (int r = -10; r < runs; r++) {
            long t0 = System.nanoTime();
            PurchaseMatrix m = PurchaseMatrix.of(clean, catalog, MatrixOptions.of(Scope.CUSTOMER, w));
            long t1 = System.nanoTime();
            cosine.neighbours(m, catalog);
            long t2 = System.nanoTime();
            if (r >= 0) {
                matrixMs[r] = (t1 - t0) / 1e6;
                cosineMs[r] = (t2 - t1) / 1e6;
            }
        }
        Arrays.sort(matrixMs);
        Arrays.sort(cosineMs);
        System.out.printf(
                Locale.ROOT,
                "%s customer scope, top-50, %d threads, %d warm runs after 10 untimed:%n",
                w,
                threads,
                runs);
        System.out.printf(
                Locale.ROOT, "  matrix build  min %.1f ms, median %.1f ms%n", matrixMs[0], matrixMs[runs / 2]);
        System.out.printf(
                Locale.ROOT, "  top-50 cosine min %.1f ms, median %.1f ms%n", cosineMs[0], cosineMs[runs / 2]);
        System.out.printf(Locale.ROOT, "  together      median %.1f ms%n", matrixMs[runs / 2] + cosineMs[runs / 2]);
    }
}
