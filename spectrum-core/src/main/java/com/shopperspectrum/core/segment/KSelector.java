package com.shopperspectrum.core.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Chooses the number of clusters. Every {@code k} from {@link #MIN_K} to {@link #MAX_K} (at most n) is fitted
 * with the given options and scored by inertia, silhouette and Davies–Bouldin ({@link ClusterQuality}). The
 * <em>elbow</em> is the k whose inertia lies farthest below the straight line (chord) joining the first and last
 * points of the inertia curve, both axes scaled to [0, 1] (the "Kneedle" rule, Satopää et al., "Finding a
 * 'Kneedle' in a Haystack", 2011). The chosen k is the one with the highest silhouette within the elbow
 * region {@code elbow - 1 .. elbow + 1} (ties: the smaller k), which keeps the choice where extra clusters stop
 * paying off while preferring well-separated clusters.
 */
public final class KSelector {
    public static final int MIN_K = 2;
    public static final int MAX_K = 10;

    private final KMeansTrainer trainer = new KMeansTrainer();

    /** Scores k = 2..10 on {@code points} (options' own k is ignored) and picks one. */
    public KSelection select(double[][] points, KMeansOptions options) {
        int maxK = Math.min(MAX_K, points.length);
        if (maxK < MIN_K) {
            throw new IllegalArgumentException(
                    "choosing k needs at least " + MIN_K + " customers, got " + points.length);
        }
        List<KScore> scores = new ArrayList<>();
        for (int k = MIN_K; k <= maxK; k++) {
            KMeansModel model = trainer.fit(points, options.withK(k));
            int[] labels = model.assign(points);
            scores.add(new KScore(
                    k,
                    model.inertia(),
                    ClusterQuality.silhouette(points, labels, k, options.seed()),
                    ClusterQuality.daviesBouldin(points, labels, model.centroids())));
        }
        int elbow = elbow(scores);
        int chosen = elbow;
        double best = Double.NEGATIVE_INFINITY;
        for (KScore s : scores) {
            if (Math.abs(s.k() - elbow) <= 1 && s.silhouette() > best) {
                best = s.silhouette();
                chosen = s.k();
            }
        }
        int lo = Math.max(MIN_K, elbow - 1);
        int hi = Math.min(maxK, elbow + 1);
        String reason = String.format(
                Locale.ROOT,
                "elbow of the inertia curve at k=%d (farthest below the chord "
                        + "from k=%d to k=%d); k=%d has the highest silhouette (%.3f) in the elbow region k=%d..%d",
                elbow,
                MIN_K,
                maxK,
                chosen,
                best,
                lo,
                hi);
        return new KSelection(scores, chosen, elbow, reason);
    }

    /** The k farthest below the chord of the normalised inertia curve (the first k when it has < 3 points). */
    static int elbow(List<KScore> scores) {
        int m = scores.size();
        if (m < 3) {
            return scores.get(0).k();
        }
        double first = scores.get(0).inertia();
        double last = scores.get(m - 1).inertia();
        double range = first - last;
        int best = scores.get(0).k();
        double bestGap = 0;
        for (int i = 1; i < m - 1; i++) {
            double x = (double) i / (m - 1);
            double y = range > 0 ? (scores.get(i).inertia() - last) / range : 1 - x;
            double gap = (1 - x) - y;
            if (gap > bestGap) {
                bestGap = gap;
                best = scores.get(i).k();
            }
        }
        return best;
    }
}
