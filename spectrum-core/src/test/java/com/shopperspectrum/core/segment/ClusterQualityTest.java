package com.shopperspectrum.core.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ClusterQualityTest {
    private static final double[][] POINTS = {{0}, {1}, {10}, {11}};
    private static final int[] LABELS = {0, 0, 1, 1};

    @Test
    void silhouetteByHand() {
        // point 0: a = 1, b = (10 + 11) / 2 = 10.5; point 1: a = 1, b = (9 + 10) / 2 = 9.5; points 2 and 3 mirror them
        double expected = ((9.5 / 10.5) + (8.5 / 9.5)) / 2;

        assertThat(ClusterQuality.silhouette(POINTS, LABELS, 2, 1L)).isCloseTo(expected, within(1e-12));
    }

    @Test
    void aPointAloneInItsClusterScoresZero() {
        double[][] points = {{0}, {1}, {10}};
        // point 0: 1 - 1/10; point 1: 1 - 1/9; point 2 alone: 0
        double expected = ((1 - 1 / 10.0) + (1 - 1 / 9.0) + 0) / 3;

        assertThat(ClusterQuality.silhouette(points, new int[] {0, 0, 1}, 2, 1L))
                .isCloseTo(expected, within(1e-12));
    }

    @Test
    void daviesBouldinByHand() {
        double[][] centroids = {{0.5}, {10.5}};
        // each cluster spreads 0.5 from its centroid, centroids are 10 apart: (0.5 + 0.5) / 10
        assertThat(ClusterQuality.daviesBouldin(POINTS, LABELS, centroids)).isCloseTo(0.1, within(1e-12));
    }

    @Test
    void oneClusterHasNoScores() {
        assertThat(ClusterQuality.silhouette(POINTS, new int[4], 1, 1L)).isNaN();
        assertThat(ClusterQuality.daviesBouldin(POINTS, new int[4], new double[][] {{5.5}}))
                .isNaN();
    }

    @Test
    void largeInputsAreSampledReproducibly() {
        double[][] points = Blobs.separated(2, 1_000, 2, 5L);
        int[] labels = new int[points.length];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = i % 2;
        }

        double a = ClusterQuality.silhouette(points, labels, 2, 9L, 300);
        double exact = ClusterQuality.silhouette(points, labels, 2, 9L);

        assertThat(a)
                .isEqualTo(ClusterQuality.silhouette(points, labels, 2, 9L, 300))
                .isNotEqualTo(exact)
                .isCloseTo(exact, within(0.005));
    }
}
