package com.shopperspectrum.bench;

// EASE's dense inverse (GaussJordan) blocked against unblocked, on a Gram matrix shaped like Online Retail's
// (n products, 4,000 customers buying about 60 each, ridge 250). Same arithmetic, so the results must be equal.
// Run (after ./mvnw -B -q -o package -DskipTests -pl spectrum-bench -am):
//   java -cp spectrum-bench/target/benchmarks.jar com.shopperspectrum.bench.InverseBench 3347 3
import com.shopperspectrum.core.recommend.GaussJordan;
import java.util.Random;

public class InverseBench {
    /** Equal values (==: a zero's sign may differ where a step was skipped). */
    static boolean same(double[] a, double[] b) {
        for (int i = 0; i < a.length; i++) {
            if (a[i] != b[i]) {
                return false;
            }
        }
        return true;
    }

    public static void main(String[] args) {
        int n = Integer.parseInt(args[0]);
        int reps = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Random rnd = new Random(1);
        double[] g = new double[n * n];
        for (int r = 0; r < 4000; r++) {
            int[] bought = rnd.ints(60, 0, n).distinct().toArray();
            for (int i : bought) {
                for (int j : bought) {
                    g[i * n + j] += 1;
                }
            }
        }
        for (int i = 0; i < n; i++) {
            g[i * n + i] += 250;
        }
        double[] reference = null;
        for (int rep = 0; rep < reps; rep++) {
            for (int block : new int[] {1, 48}) {
                double[] a = g.clone();
                long t0 = System.nanoTime();
                GaussJordan.invertInPlace(a, n, true, block);
                long ms = (System.nanoTime() - t0) / 1_000_000;
                if (reference == null) {
                    reference = a;
                }
                System.out.printf("n=%d block=%d %,d ms equal=%s%n", n, block, ms, same(a, reference));
            }
        }
    }
}
