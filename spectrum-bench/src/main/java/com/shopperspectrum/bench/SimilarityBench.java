package com.shopperspectrum.bench;

// Times the similarity build, one similar-products query and one personal recommendation.
// Run (after ./mvnw -B -q -o package -DskipTests -pl spectrum-bench -am), with a fixed heap so memory figures are
// comparable:
//   java -Xmx6g -cp spectrum-bench/target/benchmarks.jar com.shopperspectrum.bench.SimilarityBench DATA.csv.gz
// [WEIGHTING] [SCOPE]
//   java -Xmx6g -cp spectrum-bench/target/benchmarks.jar com.shopperspectrum.bench.SimilarityBench
// synthetic:ROWS:CUSTOMERS:PRODUCTS [WEIGHTING] [SCOPE]
// The synthetic table: ROWS lines, customers uniform, products Zipf(1) over PRODUCTS, seed 42.
import com.shopperspectrum.core.clean.Cleaner;
import com.shopperspectrum.core.clean.CleaningOptions;
import com.shopperspectrum.core.data.TransactionTable;
import com.shopperspectrum.core.recommend.CosineItemSimilarity;
import com.shopperspectrum.core.recommend.ItemNeighbours;
import com.shopperspectrum.core.recommend.MatrixOptions;
import com.shopperspectrum.core.recommend.ProductCatalog;
import com.shopperspectrum.core.recommend.PurchaseMatrix;
import com.shopperspectrum.core.recommend.RecommendOptions;
import com.shopperspectrum.core.recommend.Recommender;
import com.shopperspectrum.core.recommend.Scope;
import com.shopperspectrum.core.recommend.SimilarityOptions;
import com.shopperspectrum.core.recommend.Weighting;
import com.shopperspectrum.io.ReadOptions;
import com.shopperspectrum.io.TransactionReader;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.SplittableRandom;

public class SimilarityBench {
    public static void main(String[] args) {
        Weighting w = args.length > 1 ? Weighting.valueOf(args[1].toUpperCase()) : Weighting.BM25;
        Scope scope = args.length > 2 ? Scope.valueOf(args[2].toUpperCase()) : Scope.CUSTOMER;
        long t0 = System.nanoTime();
        TransactionTable clean = args[0].startsWith("synthetic:")
                ? synthetic(args[0])
                : new Cleaner(CleaningOptions.ORIGINAL)
                        .clean(new TransactionTable[] {
                                    new TransactionReader()
                                            .read(Path.of(args[0]), ReadOptions.DEFAULT)
                                            .table()
                                }
                                [0])
                        .clean();
        System.out.printf(
                "input: %,d clean rows, %,d customers, %,d products (%.1f s)%n",
                clean.size(), clean.customers().size(), clean.products().size(), secs(t0));
        ProductCatalog catalog = ProductCatalog.of(clean, CleaningOptions.ORIGINAL.nonProducts());
        long before = usedAfterGc();
        long t1 = System.nanoTime();
        PurchaseMatrix m = PurchaseMatrix.of(clean, catalog, MatrixOptions.of(scope, w));
        double matrixSecs = secs(t1);
        int threads = Runtime.getRuntime().availableProcessors();
        long t2 = System.nanoTime();
        long cpu0 = cpuNanos();
        ItemNeighbours n = new CosineItemSimilarity(new SimilarityOptions(50, false), threads).neighbours(m, catalog);
        double simSecs = secs(t2);
        double simCpu = (cpuNanos() - cpu0) / 1e9;
        long after = usedAfterGc();
        long neighbourBytes = 4L * (n.offsets().length + 2L * n.items().length);
        System.out.printf(
                "%s %s: matrix %,d x %,d, %,d non-zeros, %.1f MB, built in %.2f s; top-50 cosine on %d threads"
                        + " in %.2f s wall (%.2f s CPU); %,d neighbours, %.1f MB; heap growth matrix+neighbours %.1f MB (max heap %.0f MB)%n",
                w,
                scope,
                m.rows(),
                m.columns(),
                m.nonZeros(),
                m.memoryBytes() / 1e6,
                matrixSecs,
                threads,
                simSecs,
                simCpu,
                n.items().length,
                neighbourBytes / 1e6,
                (after - before) / 1e6,
                Runtime.getRuntime().maxMemory() / 1e6);
        String code = catalog.byPopularity().get(0).stockCode();
        double q = median(2001, () -> n.similar(code, 5));
        System.out.printf("one similar(%s, 5) query: median %.1f µs over 2001 calls%n", code, q * 1e6);
        Recommender rec = Recommender.of(clean, catalog, n);
        String customer = clean.customerId(0);
        RecommendOptions o = new RecommendOptions(10, false, 0);
        double r = median(201, () -> rec.forCustomer(customer, o));
        System.out.printf(
                "one recommendation (customer %s, %d products bought, n = 10): median %.2f ms over 201 calls%n",
                customer, rec.history().size(clean.customer(0)), r * 1e3);
    }

    static TransactionTable synthetic(String spec) {
        String[] f = spec.split(":");
        long rows = Long.parseLong(f[1]);
        int customers = Integer.parseInt(f[2]);
        int products = Integer.parseInt(f[3]);
        double[] cdf = new double[products];
        double s = 0;
        for (int i = 0; i < products; i++) {
            s += 1.0 / (i + 1);
            cdf[i] = s;
        }
        SplittableRandom rnd = new SplittableRandom(42);
        TransactionTable.Builder b = TransactionTable.builder();
        LocalDateTime start = LocalDateTime.of(2024, 1, 1, 9, 0);
        for (long r = 0; r < rows; r++) {
            int c = rnd.nextInt(customers);
            int p = Arrays.binarySearch(cdf, rnd.nextDouble() * s);
            p = p < 0 ? -p - 1 : p;
            int day = rnd.nextInt(365);
            b.add("I" + c + "-" + day, "P" + p, null, 1 + rnd.nextInt(5), start.plusDays(day), 2.5, "C" + c, "UK");
        }
        return b.build();
    }

    interface Task {
        Object run();
    }

    static double median(int times, Task task) {
        double[] t = new double[times];
        for (int i = 0; i < times; i++) {
            long s = System.nanoTime();
            task.run();
            t[i] = (System.nanoTime() - s) / 1e9;
        }
        Arrays.sort(t);
        return t[times / 2];
    }

    static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean)
                        java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    static double secs(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    static long usedAfterGc() {
        System.gc();
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }
}
