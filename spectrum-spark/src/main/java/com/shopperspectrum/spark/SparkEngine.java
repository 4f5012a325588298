package com.shopperspectrum.spark;

import com.shopperspectrum.core.model.ModelMetadata;
import com.shopperspectrum.core.model.SpectrumModel;
import com.shopperspectrum.io.engine.Engine;
import com.shopperspectrum.io.engine.Engines;
import com.shopperspectrum.io.engine.TrainingJob;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.sql.SparkSession;

/**
 * The Spark engine ({@code --engine spark}): reads, cleans and trains on Spark DataFrames and MLlib
 * ({@link SparkTransactionReader}, {@link SparkCleaner}, {@link SparkModelBuilder}) and returns the same
 * {@link SpectrumModel} as the embedded engine. Runs in the session of this JVM: local mode by default, or the
 * cluster that spark-submit or {@code --master} names. Registered with {@link java.util.ServiceLoader}.
 */
public final class SparkEngine implements Engine {
    @Override
    public String name() {
        return Engines.SPARK;
    }

    @Override
    public SpectrumModel train(TrainingJob job) {
        if (job.read().skipBadRows()) {
            throw new IllegalArgumentException(
                    "--skip-bad-rows: the Spark engine stops at the first bad value "
                            + "(naming the column, the value and how many rows have it); use --engine embedded to set rows aside");
        }
        SparkModelBuilder builder = new SparkModelBuilder(job.cleaning().nonProducts(), job.model());
        long t0 = System.nanoTime();
        SparkSession spark = SparkSettings.forMaster(job.master()).session();
        long t1 = System.nanoTime();
        TransactionFrame raw = new SparkTransactionReader(spark).read(job.input(), job.read());
        SparkCleaning cleaning = new SparkCleaner(job.cleaning()).clean(raw);
        long t2 = System.nanoTime();
        ModelMetadata.InputFile input =
                SparkInputFile.describe(job.input(), spark.sparkContext().hadoopConfiguration());
        long t3 = System.nanoTime();
        Map<String, Long> timings = new LinkedHashMap<>();
        timings.put("sparkStart", ModelMetadata.millis(t0, t1));
        timings.put("readAndClean", ModelMetadata.millis(t1, t2));
        timings.put("hashInput", ModelMetadata.millis(t2, t3));
        Map<String, Long> rows = TrainingJob.rows(cleaning.report().raw(), 0, cleaning.report());
        SpectrumModel model = builder.build(
                raw,
                cleaning,
                job.metadata(name(), input, rows, timings, cleaning.report().warnings()));
        cleaning.release();
        raw.rows().unpersist();
        return model.withMetadata(model.metadata().withTiming("model", ModelMetadata.millis(t3, System.nanoTime())));
    }
}
