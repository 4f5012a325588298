package com.shopperspectrum.bench;

import com.shopperspectrum.core.clean.Cleaner;
import com.shopperspectrum.core.clean.CleaningOptions;
import com.shopperspectrum.core.data.TransactionTable;
import com.shopperspectrum.core.rfm.RfmCalculator;
import com.shopperspectrum.core.rfm.RfmTable;
import com.shopperspectrum.core.segment.FeatureTransform;
import com.shopperspectrum.core.segment.KMeansOptions;
import com.shopperspectrum.core.segment.KMeansTrainer;
import com.shopperspectrum.core.segment.Scaler;
import com.shopperspectrum.core.segment.SegmentOptions;
import com.shopperspectrum.core.segment.SegmentTrainer;
import com.shopperspectrum.core.segment.Segmentation;
import com.shopperspectrum.io.ReadOptions;
import com.shopperspectrum.io.TransactionReader;
import java.nio.file.Path;

/**
 * Times RFM and k-means (k = 4, 10 restarts) on a transactions file: warm-up runs, then the median of timed
 * runs. Not a unit test: run it on a quiet machine.
 *
 * <pre>
 * ./mvnw -B -q -o package -DskipTests -pl spectrum-bench -am
 * java -cp spectrum-bench/target/benchmarks.jar com.shopperspectrum.bench.SegmentBench ../shared/data/online_retail.csv.gz
 * </pre>
 */
public class SegmentBench {
    public static void main(String[] args) {
        Path file = Path.of(args.length > 0 ? args[0] : "../shared/data/online_retail.csv.gz");
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        TransactionTable raw =
                new TransactionReader().read(file, ReadOptions.DEFAULT).table();
        TransactionTable clean =
                new Cleaner(CleaningOptions.ORIGINAL).clean(raw).clean();
        System.out.printf(
                "%s: %,d raw rows, %,d clean rows, %d cores%n",
                file.getFileName(),
                raw.size(),
                clean.size(),
                Runtime.getRuntime().availableProcessors());
        RfmCalculator calculator = new RfmCalculator();
        RfmTable rfm = calculator.compute(clean);
        System.out.printf(
                "RFM: %,d customers, median %.1f ms%n",
                rfm.size(), Timing.median(3, runs, () -> calculator.compute(clean)));
        double[][] raw3 = new double[rfm.size()][];
        for (int i = 0; i < rfm.size(); i++) {
            raw3[i] = new double[] {rfm.recency(i), rfm.frequency(i), rfm.monetary(i)};
        }
        KMeansTrainer trainer = new KMeansTrainer();
        SegmentTrainer segments = new SegmentTrainer();
        for (FeatureTransform t : FeatureTransform.values()) {
            double[][] points = Scaler.fit(raw3, t).transformAll(raw3);
            KMeansOptions options = KMeansOptions.of(4);
            double inertia = trainer.fit(points, options).inertia();
            System.out.printf(
                    "k-means k=4 restarts=10 transform=%s: inertia %.6f, median %.1f ms%n",
                    t.label(), inertia, Timing.median(3, runs, () -> trainer.fit(points, options)));
            SegmentOptions so = SegmentOptions.DEFAULT.withTransform(t);
            Segmentation s = segments.fit(rfm, so);
            System.out.printf(
                    "segment (scale, k-means, naming, silhouette, scores) transform=%s: silhouette %.4f, "
                            + "median %.1f ms%n",
                    t.label(), s.model().silhouette(), Timing.median(3, runs, () -> segments.fit(rfm, so)));
        }
        SegmentOptions auto = SegmentOptions.DEFAULT.withK(SegmentOptions.AUTO_K);
        System.out.printf(
                "segment --k auto (k=2..10, 10 restarts each): chose k=%d, median %.1f ms%n",
                segments.fit(rfm, auto).model().k(),
                Timing.median(3, Math.min(runs, 3), () -> segments.fit(rfm, auto)));
    }
}
