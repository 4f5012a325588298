package com.shopperspectrum.spark;

import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.log1p;
import static org.apache.spark.sql.functions.stddev_pop;

import com.shopperspectrum.core.rfm.RfmTable;
import com.shopperspectrum.core.segment.ClusterNamer;
import com.shopperspectrum.core.segment.ClusterQuality;
import com.shopperspectrum.core.segment.CustomerSegments;
import com.shopperspectrum.core.segment.FeatureTransform;
import com.shopperspectrum.core.segment.KMeansModel;
import com.shopperspectrum.core.segment.KSelection;
import com.shopperspectrum.core.segment.KSelector;
import com.shopperspectrum.core.segment.RfmQuintiles;
import com.shopperspectrum.core.segment.Scaler;
import com.shopperspectrum.core.segment.SegmentModel;
import com.shopperspectrum.core.segment.SegmentOptions;
import com.shopperspectrum.core.segment.SegmentTrainer;
import com.shopperspectrum.core.segment.Segmentation;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.spark.ml.clustering.KMeans;
import org.apache.spark.ml.feature.VectorAssembler;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Customer segments on Spark: the features of {@code core.segment.Scaler} (log1p or none, then z-score with the
 * population standard deviation) computed on the cluster, k-means through MLlib (k-means|| seeding, Bahmani et
 * al. 2012, then Lloyd's iterations) with {@code restarts} seeds keeping the lowest inertia, and then the
 * embedded engine's naming ({@link ClusterNamer}), RFM quintiles and silhouette on the driver, which holds the
 * RFM table. The result is the same {@link Segmentation} the embedded engine returns. With {@code --k auto},
 * k is chosen by {@link KSelector} on the driver (its silhouettes need the points there anyway), then fitted
 * with MLlib.
 */
public final class SparkSegmentTrainer {
    private static final String[] FEATURES = {"recency", "frequency", "monetary"};
    private static final int ROWS_PER_PARTITION = 500_000;
    private static final int CONCURRENT_RESTARTS = 4;

    /**
     * Fits {@code perCustomer} (columns recency, frequency, monetary; one row per customer of {@code rfm}).
     * {@code rfm} is the same table on the driver, for labels, quintiles and silhouette.
     */
    public Segmentation fit(Dataset<Row> perCustomer, RfmTable rfm, SegmentOptions options) {
        SegmentTrainer.checkSegmentable(rfm, options);
        int n = rfm.size();
        int d = rfm.hasMonetary() ? 3 : 2;
        Dataset<Row> transformed = perCustomer.select(transformed(options.transform(), d));
        Scaler scaler = fitScaler(transformed, options.transform(), d);
        Dataset<Row> features = features(transformed, scaler, d, n);
        double[][] raw = rawRows(rfm, d);
        double[][] points = scaler.transformAll(raw);
        KSelection selection = options.autoK() ? new KSelector().select(points, options.kmeans(KSelector.MIN_K)) : null;
        int k = selection == null ? options.k() : selection.chosen();
        KMeansModel fitted = bestOfRestarts(features, options, k);
        features.unpersist();
        ClusterNamer.Naming naming = ClusterNamer.name(fitted.centroids());
        KMeansModel ordered = fitted.reorder(naming.order());
        int[] labels = ordered.assign(points);
        double silhouette = ClusterQuality.silhouette(points, labels, k, options.seed());
        RfmQuintiles quintiles = RfmQuintiles.fit(column(raw, 0), column(raw, 1), d == 3 ? column(raw, 2) : null);
        SegmentModel model =
                new SegmentModel(options, scaler, ordered, List.of(naming.names()), quintiles, silhouette, selection);
        return new Segmentation(model, CustomerSegments.score(model, raw, labels));
    }

    private static Column[] transformed(FeatureTransform transform, int d) {
        Column[] out = new Column[d];
        for (int j = 0; j < d; j++) {
            Column value = col(FEATURES[j]).cast("double");
            out[j] = (transform == FeatureTransform.LOG ? log1p(value) : value).as(FEATURES[j]);
        }
        return out;
    }

    private static Scaler fitScaler(Dataset<Row> transformed, FeatureTransform transform, int d) {
        List<Column> stats = new ArrayList<>();
        for (int j = 0; j < d; j++) {
            stats.add(avg(col(FEATURES[j])));
            stats.add(stddev_pop(col(FEATURES[j])));
        }
        Row r = transformed
                .agg(stats.get(0), stats.subList(1, stats.size()).toArray(Column[]::new))
                .first();
        double[] mean = new double[d];
        double[] scale = new double[d];
        for (int j = 0; j < d; j++) {
            mean[j] = r.getDouble(2 * j);
            double std = r.getDouble(2 * j + 1);
            scale[j] = std > 0 ? std : 1.0;
        }
        return new Scaler(transform, mean, scale);
    }

    private static Dataset<Row> features(Dataset<Row> transformed, Scaler scaler, int d, int n) {
        Column[] z = new Column[d];
        String[] names = new String[d];
        for (int j = 0; j < d; j++) {
            names[j] = "z_" + FEATURES[j];
            z[j] = col(FEATURES[j])
                    .minus(scaler.mean()[j])
                    .divide(scaler.scale()[j])
                    .as(names[j]);
        }
        int partitions = Math.max(
                1,
                Math.min(transformed.sparkSession().sparkContext().defaultParallelism(), n / ROWS_PER_PARTITION + 1));
        Dataset<Row> assembled = new VectorAssembler()
                .setInputCols(names)
                .setOutputCol("features")
                .transform(transformed.select(z))
                .select("features");
        return assembled.repartition(partitions).persist();
    }

    /**
     * The restarts run as concurrent Spark jobs: each is a chain of small jobs (one per Lloyd iteration) whose time is
     * mostly scheduling, so running them side by side overlaps that latency. The result does not depend on the
     * order they finish in: each restart has its own seed, and the lowest inertia wins (ties: the first restart).
     */
    private static KMeansModel bestOfRestarts(Dataset<Row> features, SegmentOptions options, int k) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(options.restarts(), CONCURRENT_RESTARTS));
        try {
            List<Future<KMeansModel>> fits = new ArrayList<>();
            for (int r = 0; r < options.restarts(); r++) {
                int restart = r;
                fits.add(pool.submit(() -> fit(features, options, k, restart)));
            }
            KMeansModel best = null;
            for (Future<KMeansModel> f : fits) {
                KMeansModel m = f.get();
                if (best == null || m.inertia() < best.inertia()) {
                    best = m;
                }
            }
            return best;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while fitting k-means", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static KMeansModel fit(Dataset<Row> features, SegmentOptions options, int k, int restart) {
        org.apache.spark.ml.clustering.KMeansModel fit = new KMeans()
                .setK(k)
                .setSeed(options.seed() * 0x9E3779B97F4A7C15L + restart)
                .setMaxIter(options.maxIterations())
                .setTol(options.tolerance())
                .setInitMode("k-means||")
                .fit(features);
        return new KMeansModel(
                centres(fit.clusterCenters()),
                fit.summary().trainingCost(),
                fit.summary().numIter(),
                restart);
    }

    private static double[][] centres(Vector[] centres) {
        double[][] out = new double[centres.length][];
        for (int c = 0; c < centres.length; c++) {
            out[c] = centres[c].toArray();
        }
        return out;
    }

    private static double[][] rawRows(RfmTable rfm, int d) {
        double[][] rows = new double[rfm.size()][d];
        for (int i = 0; i < rfm.size(); i++) {
            rows[i][0] = rfm.recency(i);
            rows[i][1] = rfm.frequency(i);
            if (d == 3) {
                rows[i][2] = rfm.monetary(i);
            }
        }
        return rows;
    }

    private static double[] column(double[][] rows, int j) {
        double[] out = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            out[i] = rows[i][j];
        }
        return out;
    }
}
