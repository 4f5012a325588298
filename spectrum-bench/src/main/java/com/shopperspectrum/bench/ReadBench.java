package com.shopperspectrum.bench;

import com.shopperspectrum.io.ReadOptions;
import com.shopperspectrum.io.TransactionReader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;

/**
 * Times {@code TransactionReader.read} of a file RUNS times in one JVM and prints each run's wall time and the
 * calling thread's CPU time (the parse thread; inflating, checking the UTF-8 and splitting records run on a
 * second thread, whose CPU this does not count), then the medians of the second half and the MB/s of
 * uncompressed text they make.
 * Not a unit test: run it on a quiet machine.
 *
 * <pre>
 * ./mvnw -B -q -o package -DskipTests -pl spectrum-bench -am
 * java -cp spectrum-bench/target/benchmarks.jar com.shopperspectrum.bench.ReadBench ../shared/data/online_retail.csv.gz 12
 * </pre>
 */
public class ReadBench {
    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 12;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] wall = new long[runs];
        long[] cpu = new long[runs];
        for (int r = 0; r < runs; r++) {
            long t0 = System.nanoTime();
            long c0 = threads.getCurrentThreadCpuTime();
            int rows = new TransactionReader()
                    .read(file, ReadOptions.DEFAULT)
                    .table()
                    .size();
            wall[r] = (System.nanoTime() - t0) / 1_000_000;
            cpu[r] = (threads.getCurrentThreadCpuTime() - c0) / 1_000_000;
            System.out.printf(
                    "run %d: %,d rows, %,d ms wall, %,d ms CPU of the parse thread%n", r + 1, rows, wall[r], cpu[r]);
        }
        long text = textBytes(file);
        long w = median(Arrays.copyOfRange(wall, runs / 2, runs));
        long c = median(Arrays.copyOfRange(cpu, runs / 2, runs));
        System.out.printf(
                "median of runs %d-%d: %,d ms wall (%.0f MB/s of text), %,d ms parse-thread CPU (%.0f MB/s)%n",
                runs / 2 + 1, runs, w, text / 1e3 / w, c, text / 1e3 / c);
    }

    private static long median(long[] values) {
        Arrays.sort(values);
        return values[values.length / 2];
    }

    private static long textBytes(Path file) throws Exception {
        if (!file.toString().endsWith(".gz")) {
            return Files.size(file);
        }
        try (var in = new GZIPInputStream(Files.newInputStream(file))) {
            return in.transferTo(java.io.OutputStream.nullOutputStream());
        }
    }
}
