package com.shopperspectrum.cli;

import com.shopperspectrum.core.model.ModelOptions;
import com.shopperspectrum.core.model.SpectrumModel;
import com.shopperspectrum.core.recommend.MatrixOptions;
import com.shopperspectrum.core.recommend.RecommenderDefaults;
import com.shopperspectrum.core.recommend.SimilarityOptions;
import com.shopperspectrum.core.rfm.RfmTable;
import com.shopperspectrum.core.segment.FeatureTransform;
import com.shopperspectrum.core.segment.KMeansOptions;
import com.shopperspectrum.core.segment.SegmentOptions;
import com.shopperspectrum.core.segment.Segmentation;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** How to segment when training on a data file: shared by {@code segment}, {@code predict-segment} and training. */
public final class SegmentationMixin {
    @Option(
            names = "--k",
            paramLabel = "K|auto",
            defaultValue = "" + SegmentOptions.DEFAULT_K,
            converter = KConverter.class,
            description = "Number of segments, 1.." + KConverter.MAX_K + ", or 'auto' to choose among 2..10 by "
                    + "silhouette within the elbow of the inertia curve (default: ${DEFAULT-VALUE}).")
    int k;

    @Option(
            names = "--transform",
            paramLabel = "log|none",
            defaultValue = "log",
            description = "Features: log = log1p of R, F, M then z-score; none = z-score only "
                    + "(default: ${DEFAULT-VALUE}).")
    FeatureTransform transform;

    @Range(min = 1, max = 1000)
    @Option(
            names = "--restarts",
            paramLabel = "N",
            defaultValue = "" + KMeansOptions.DEFAULT_RESTARTS,
            description = "k-means++ restarts, 1..1000; the lowest inertia is kept (default: ${DEFAULT-VALUE}).")
    int restarts;

    @Option(
            names = "--seed",
            paramLabel = "SEED",
            defaultValue = "" + KMeansOptions.DEFAULT_SEED,
            description = "Random seed, any whole number; the same seed gives the same segments (default: "
                    + "${DEFAULT-VALUE}).")
    long seed;

    @Option(
            names = "--as-of",
            paramLabel = "DATE",
            description = "Snapshot day (yyyy-MM-dd) recency is measured to; only purchases before it count "
                    + "(default: the day after the last purchase).")
    LocalDate asOf;

    public SegmentOptions toOptions() {
        return new SegmentOptions(
                k, transform, restarts, seed, KMeansOptions.DEFAULT_MAX_ITERATIONS, KMeansOptions.DEFAULT_TOLERANCE);
    }

    /** Only the segmentation and the tables every model has: no EASE, no evaluation. */
    ModelOptions trainingOptions() {
        return new ModelOptions(
                toOptions(),
                asOf,
                MatrixOptions.of(RecommenderDefaults.SCOPE, RecommenderDefaults.WEIGHTING),
                SimilarityOptions.DEFAULT,
                0,
                null);
    }

    /**
     * Checks a model trained from a data file: it fails with the reason when there is no segmentation (no customers
     * before {@code --as-of}, a k larger than the customers, …) and warns when monetary value is unavailable.
     */
    void checkTrained(SpectrumModel trained, PrintWriter err) {
        RfmTable rfm = trained.customers().rfm();
        if (rfm.size() == 0) {
            throw new IllegalArgumentException("no customers to segment: the clean data has no purchases"
                    + (asOf == null ? "" : " before --as-of " + asOf));
        }
        if (trained.segmentation() == null) {
            throw new IllegalArgumentException(
                    String.join("; ", trained.metadata().warnings()));
        }
        if (!rfm.hasMonetary()) {
            err.println("warning: the data has no prices, so monetary value is unavailable: segmenting on "
                    + "recency and frequency only");
            err.flush();
        }
    }

    /** The segmentation of a model read from {@code dir}, or an error saying why it has none. */
    static Segmentation of(SpectrumModel model, Path dir) {
        if (model.segmentation() == null) {
            List<String> why = model.metadata().warnings().stream()
                    .filter(w -> w.startsWith("no segmentation"))
                    .toList();
            throw new IllegalArgumentException("the model " + dir + " has no segmentation: "
                    + (why.isEmpty() ? "it was trained without one" : String.join("; ", why)));
        }
        return model.segmentation();
    }

    /** {@code auto} or a whole number of at least 1. */
    static final class KConverter implements ITypeConverter<Integer> {
        /** The most segments --k may ask for. */
        static final int MAX_K = 100;

        @Override
        public Integer convert(String value) {
            if ("auto".equalsIgnoreCase(value.trim())) {
                return SegmentOptions.AUTO_K;
            }
            try {
                int k = Integer.parseInt(value.trim());
                if (k >= 1 && k <= MAX_K) {
                    return k;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new TypeConversionException(
                    "'" + value + "' is out of range; give a whole number 1.." + MAX_K + " or 'auto'");
        }
    }
}
