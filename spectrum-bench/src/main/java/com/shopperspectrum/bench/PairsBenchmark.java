package com.shopperspectrum.bench;

import com.shopperspectrum.core.clean.Cleaner;
import com.shopperspectrum.core.clean.CleaningOptions;
import com.shopperspectrum.core.data.TransactionTable;
import com.shopperspectrum.core.recommend.PurchaseHistory;
import com.shopperspectrum.io.ReadOptions;
import com.shopperspectrum.io.TransactionReader;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The distinct (customer, product) pairs of the clean rows, packed as {@code customer << 32 | product}, in
 * sorted order: the step with which the model trainer builds purchase histories. {@code streamDistinct} is the
 * way it was first written ({@code LongStream.parallel().distinct().sorted()}: boxes every key into a HashSet, and
 * {@code Long.hashCode} of such keys is {@code customer ^ product}, so buckets collide and turn into trees);
 * {@code sortUnique} is the trainer's way since: sorts the primitive array and drops repeats in place.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xmx4g"})
public class PairsBenchmark {
    @Param({"online_retail", "generated"})
    public String source;

    private long[] keys;

    @Setup
    public void load() {
        TransactionTable raw = new TransactionReader()
                .read(BenchData.file(source), ReadOptions.DEFAULT)
                .table();
        TransactionTable t = new Cleaner(CleaningOptions.ORIGINAL).clean(raw).clean();
        keys = new long[t.size()];
        int n = 0;
        for (int r = 0; r < t.size(); r++) {
            if (t.customer(r) >= 0) {
                keys[n++] = (long) t.customer(r) << 32 | t.product(r);
            }
        }
        keys = Arrays.copyOf(keys, n);
    }

    @Benchmark
    public long[] streamDistinct() {
        return Arrays.stream(Arrays.copyOf(keys, keys.length))
                .parallel()
                .distinct()
                .sorted()
                .toArray();
    }

    @Benchmark
    public long[] sortUnique() {
        return PurchaseHistory.sortedDistinct(keys, keys.length);
    }
}
