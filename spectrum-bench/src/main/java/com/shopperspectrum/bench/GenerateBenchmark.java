package com.shopperspectrum.bench;

import com.shopperspectrum.core.generate.GeneratorOptions;
import com.shopperspectrum.core.generate.RetailGenerator;
import com.shopperspectrum.io.GeneratedCsvWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Synthetic data: generating 1,000,000 rows only (into a counting sink), and writing them as gzip CSV on 1 and on
 * all threads. Milliseconds per million rows, so 1000 / score is millions of rows per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(1)
public class GenerateBenchmark {
    private static final long ROWS = 1_000_000;

    @Param({"1", "0"})
    public int threads;

    private RetailGenerator generator;
    private Path out;

    @Setup
    public void setUp() throws IOException {
        generator = new RetailGenerator(GeneratorOptions.scaled(ROWS, 42));
        out = Files.createTempFile("spectrum-generate-bench", ".csv.gz");
    }

    @TearDown
    public void tearDown() throws IOException {
        Files.deleteIfExists(out);
    }

    @Benchmark
    public long generateOnly() {
        long[] sum = {0};
        generator.generate(line -> sum[0] += line.quantity());
        return sum[0];
    }

    /** threads = 0 means all available processors. */
    @Benchmark
    public long writeGzip() {
        int workers = threads == 0 ? Runtime.getRuntime().availableProcessors() : threads;
        return new GeneratedCsvWriter(workers, done -> {}).write(generator, out);
    }
}
