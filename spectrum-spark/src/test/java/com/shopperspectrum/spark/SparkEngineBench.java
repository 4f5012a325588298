package com.shopperspectrum.spark;

import com.shopperspectrum.core.clean.*;
import com.shopperspectrum.core.data.TransactionTable;
import com.shopperspectrum.core.recommend.*;
import com.shopperspectrum.core.rfm.*;
import com.shopperspectrum.core.segment.*;
import com.shopperspectrum.io.*;
import java.nio.file.Path;

/**
 * Times each stage of either engine on one file (read + clean, RFM, k-means k=4 with 10 restarts, BM25 customer
 * similarity with K=50), the same work the model needs. Not a unit test (surefire runs {@code *Test} classes
 * only): it lives in the test sources so that {@code verify} compiles it against Spark, which the main code
 * has only as a provided dependency. Run after {@code ./mvnw -B -q -o package -DskipTests -pl spectrum-spark -am}:
 * <pre>
 * export SPARK_LOCAL_IP=127.0.0.1
 * CP="spectrum-spark/target/test-classes:spectrum-spark/target/spectrum-spark.jar:spectrum-io/target/classes:spectrum-core/target/classes:$(cat spectrum-spark/target/spark-classpath.txt)"
 * java -Xmx8g $(cat spectrum-spark/java-options) -cp "$CP" com.shopperspectrum.spark.SparkEngineBench FILE local
 * java -Xmx8g $(cat spectrum-spark/java-options) -cp "$CP" com.shopperspectrum.spark.SparkEngineBench FILE spark 'local[*]'
 * </pre>
 */
public class SparkEngineBench {
    public static void main(String[] a) {
        String file = a[0];
        long t0 = System.nanoTime();
        MatrixOptions mo = MatrixOptions.of(Scope.CUSTOMER, Weighting.BM25);
        SimilarityOptions so = new SimilarityOptions(50, false);
        if (a[1].equals("spark")) {
            var spark = new SparkSettings(a.length > 2 ? a[2] : "local[*]", 8, false).session();
            spark.sparkContext().setLogLevel("WARN");
            long s = System.nanoTime();
            TransactionFrame raw = new SparkTransactionReader(spark).read(file, ReadOptions.DEFAULT);
            SparkCleaning c = new SparkCleaner(CleaningOptions.ORIGINAL).clean(raw);
            long t1 = System.nanoTime();
            SparkRfmResult rfm = new SparkRfm().computeWithFrame(c.clean(), null);
            long t2 = System.nanoTime();
            Segmentation seg = new SparkSegmentTrainer().fit(rfm.frame(), rfm.table(), SegmentOptions.DEFAULT);
            long t3 = System.nanoTime();
            java.util.List<org.apache.spark.sql.Row> codes =
                    c.clean().rows().groupBy("stock_code").count().collectAsList();
            String[] cs = codes.stream().map(r -> r.getString(0)).toArray(String[]::new);
            ItemNeighbours n = new SparkItemSimilarity(mo, so)
                    .neighbours(c.clean(), cs, new String[cs.length], new boolean[cs.length]);
            long t4 = System.nanoTime();
            System.out.printf(
                    "spark: start %d ms, read+clean %d ms (%d clean), rfm %d ms (%d customers), kmeans %d ms (inertia %.1f), similarity %d ms (%d products), total %d ms%n",
                    (s - t0) / 1000000,
                    (t1 - s) / 1000000,
                    c.report().clean(),
                    (t2 - t1) / 1000000,
                    rfm.table().size(),
                    (t3 - t2) / 1000000,
                    seg.model().inertia(),
                    (t4 - t3) / 1000000,
                    cs.length,
                    (t4 - t0) / 1000000);
        } else {
            TransactionTable raw = new TransactionReader()
                    .read(Path.of(file), ReadOptions.DEFAULT)
                    .table();
            CleaningResult c = new Cleaner(CleaningOptions.ORIGINAL).clean(raw);
            long t1 = System.nanoTime();
            RfmTable rfm = new RfmCalculator().compute(c.clean());
            long t2 = System.nanoTime();
            Segmentation seg = new SegmentTrainer().fit(rfm, SegmentOptions.DEFAULT);
            long t3 = System.nanoTime();
            ProductCatalog catalog = ProductCatalog.of(c.clean(), NonProductCodes.DEFAULT);
            ItemNeighbours n = new CosineItemSimilarity(so, CosineItemSimilarity.allProcessors())
                    .neighbours(PurchaseMatrix.of(c.clean(), catalog, mo), catalog);
            long t4 = System.nanoTime();
            System.out.printf(
                    "local: read+clean %d ms (%d clean), rfm %d ms (%d customers), kmeans %d ms (inertia %.1f), similarity %d ms, total %d ms%n",
                    (t1 - t0) / 1000000,
                    c.report().clean(),
                    (t2 - t1) / 1000000,
                    rfm.size(),
                    (t3 - t2) / 1000000,
                    seg.model().inertia(),
                    (t4 - t3) / 1000000,
                    (t4 - t0) / 1000000);
        }
        System.exit(0);
    }
}
