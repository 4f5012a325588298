package com.shopperspectrum.bench;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.function.Supplier;

/** The measuring programs' one way to time a piece of work: untimed warm-up runs, then the median of timed ones. */
final class Timing {
    private Timing() {}

    /**
     * Median wall time in ms of {@code runs} timed runs after {@code warmups} untimed ones; also prints the min,
     * the mean process CPU time (which a busy machine distorts less) and the load average.
     */
    static double median(int warmups, int runs, Supplier<?> work) {
        for (int i = 0; i < warmups; i++) {
            work.get();
        }
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        double[] ms = new double[runs];
        long cpu0 = os.getProcessCpuTime();
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            work.get();
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        double cpuMs = (os.getProcessCpuTime() - cpu0) / 1e6 / runs;
        Arrays.sort(ms);
        System.out.printf(
                "  [%d runs: min %.1f ms, median %.1f ms, mean CPU %.1f ms, load average %.1f]%n",
                runs, ms[0], ms[runs / 2], cpuMs, os.getSystemLoadAverage());
        return ms[runs / 2];
    }
}
