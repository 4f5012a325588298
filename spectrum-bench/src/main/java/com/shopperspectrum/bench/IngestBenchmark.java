package com.shopperspectrum.bench;

import com.shopperspectrum.core.clean.Cleaner;
import com.shopperspectrum.core.clean.CleaningOptions;
import com.shopperspectrum.core.clean.CleaningResult;
import com.shopperspectrum.core.data.TransactionTable;
import com.shopperspectrum.core.rfm.RfmCalculator;
import com.shopperspectrum.core.rfm.RfmTable;
import com.shopperspectrum.io.ReadOptions;
import com.shopperspectrum.io.TransactionReader;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * The loading stages on Online Retail (541,909 rows) or a generated file of the same size: CSV parse of the
 * gzip file into the columnar table, the default cleaning rules, and RFM. Single-shot times in milliseconds.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xmx4g"})
public class IngestBenchmark {
    @Param({"online_retail", "generated"})
    public String source;

    private Path file;
    private TransactionTable raw;
    private TransactionTable clean;

    @Setup
    public void load() {
        file = BenchData.file(source);
        raw = new TransactionReader().read(file, ReadOptions.DEFAULT).table();
        clean = new Cleaner(CleaningOptions.ORIGINAL).clean(raw).clean();
    }

    @Benchmark
    public TransactionTable parse() {
        return new TransactionReader().read(file, ReadOptions.DEFAULT).table();
    }

    @Benchmark
    public CleaningResult clean() {
        return new Cleaner(CleaningOptions.ORIGINAL).clean(raw);
    }

    @Benchmark
    public RfmTable rfm() {
        return new RfmCalculator().compute(clean);
    }
}
