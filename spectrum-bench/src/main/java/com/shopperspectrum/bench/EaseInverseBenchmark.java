package com.shopperspectrum.bench;

import com.shopperspectrum.core.clean.Cleaner;
import com.shopperspectrum.core.clean.CleaningOptions;
import com.shopperspectrum.core.clean.NonProductCodes;
import com.shopperspectrum.core.data.TransactionTable;
import com.shopperspectrum.core.recommend.EaseOptions;
import com.shopperspectrum.core.recommend.EaseRegression;
import com.shopperspectrum.core.recommend.GaussJordanInverse;
import com.shopperspectrum.core.recommend.NativeSpdInverse;
import com.shopperspectrum.core.recommend.ProductCatalog;
import com.shopperspectrum.core.recommend.PurchaseHistory;
import com.shopperspectrum.core.recommend.RecommenderDefaults;
import com.shopperspectrum.core.recommend.SpdInverse;
import com.shopperspectrum.io.ReadOptions;
import com.shopperspectrum.io.TransactionReader;
import dev.ludovic.netlib.lapack.JavaLAPACK;
import dev.ludovic.netlib.lapack.LAPACK;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.netlib.util.intW;

/**
 * The whole EASE fit ({@link EaseRegression#fit}: Gram matrix, inverse, weights) on Online Retail with the
 * default options (λ 250, products with at least 3 customers: n = 3,347), once per inverse per round, the
 * inverses alternating within each round so that a busy machine slows all of them alike; prints every time
 * with the load average, then the medians. {@code f2j} (netlib's pure-Java LAPACK, the library's own fallback)
 * is measured only when named, to show why the fallback is the hand-written Gauss–Jordan instead.
 *
 * <p>Run (after {@code ./mvnw -o package -DskipTests -pl spectrum-bench -am}):
 * {@code java -Xmx4g -cp spectrum-bench/target/benchmarks.jar com.shopperspectrum.bench.EaseInverseBenchmark
 * 5 native gauss-jordan [single] [f2j]} ({@code single}: native {@code spotrf}/{@code spotri} in floats)
 */
public final class EaseInverseBenchmark {
    private EaseInverseBenchmark() {}

    public static void main(String[] args) throws IOException {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        List<String> names =
                args.length > 1 ? Arrays.asList(args).subList(1, args.length) : List.of("native", "gauss-jordan");
        TransactionTable raw = new TransactionReader()
                .read(BenchData.file("online_retail"), ReadOptions.DEFAULT)
                .table();
        TransactionTable clean =
                new Cleaner(CleaningOptions.ORIGINAL).clean(raw).clean();
        ProductCatalog catalog = ProductCatalog.of(clean, NonProductCodes.DEFAULT);
        PurchaseHistory history = PurchaseHistory.of(clean, catalog);
        EaseOptions options = RecommenderDefaults.easeOptions(false);
        Map<String, List<Long>> times = new LinkedHashMap<>();
        System.out.printf(
                "JDK %s, %d cores, max heap %d MB%n",
                Runtime.version(),
                Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);
        for (int round = 0; round < rounds; round++) {
            for (String name : names) {
                SpdInverse inverse = inverse(name);
                long t0 = System.nanoTime();
                EaseRegression fit = EaseRegression.fit(history, catalog, options, inverse);
                long ms = (System.nanoTime() - t0) / 1_000_000;
                times.computeIfAbsent(name, k -> new ArrayList<>()).add(ms);
                System.out.printf(
                        "round %d %-13s n=%d %,7d ms  (%s; load %s)%n",
                        round + 1, name, fit.products(), ms, fit.inverse(), load());
            }
        }
        times.forEach(
                (name, t) -> System.out.printf("median %-13s %,7d ms over %d rounds%n", name, median(t), t.size()));
    }

    private static SpdInverse inverse(String name) {
        return switch (name) {
            case "native" ->
                NativeSpdInverse.load().orElseThrow(() -> new IllegalStateException("no native LAPACK loads here"));
            case "single" ->
                NativeSpdInverse.loadSingle()
                        .orElseThrow(() -> new IllegalStateException("no native LAPACK loads here"));
            case "gauss-jordan" -> new GaussJordanInverse();
            case "f2j" -> new F2jInverse(JavaLAPACK.getInstance());
            default -> throw new IllegalArgumentException("inverse: native, single, gauss-jordan or f2j, got " + name);
        };
    }

    private static long median(List<Long> t) {
        long[] s = t.stream().mapToLong(Long::longValue).sorted().toArray();
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

    private static String load() throws IOException {
        Path avg = Path.of("/proc/loadavg");
        return Files.isReadable(avg) ? Files.readString(avg).trim() : "unknown";
    }

    /** The same dpotrf + dpotri on netlib's pure-Java LAPACK (F2J), for the fallback comparison. */
    private record F2jInverse(LAPACK lapack) implements SpdInverse {
        @Override
        public void invertInPlace(double[] a, int n) {
            intW info = new intW(0);
            lapack.dpotrf("L", n, a, n, info);
            lapack.dpotri("L", n, a, n, info);
            if (info.val != 0) {
                throw new IllegalStateException("F2J dpotrf/dpotri info " + info.val);
            }
            for (int j = 0; j < n; j++) {
                for (int i = j + 1; i < n; i++) {
                    a[j + i * n] = a[i + j * n];
                }
            }
        }

        @Override
        public String name() {
            return "F2J dpotrf+dpotri";
        }
    }
}
