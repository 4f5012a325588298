package com.shopperspectrum.core.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Test;

class KMeansTrainerTest {
    private final KMeansTrainer trainer = new KMeansTrainer();

    /** Two tight pairs on a line: the optimum is {0, 1} and {10, 12}, inertia 0.5 + 2 = 2.5. */
    private static final double[][] PAIRS = {{0}, {1}, {10}, {12}};

    @Test
    void findsTheObviousPartitionAndItsInertia() {
        KMeansModel model = trainer.fit(PAIRS, KMeansOptions.of(2));

        int[] labels = model.assign(PAIRS);
        assertThat(labels[0]).isEqualTo(labels[1]);
        assertThat(labels[2]).isEqualTo(labels[3]).isNotEqualTo(labels[0]);
        assertThat(model.inertia()).isCloseTo(2.5, within(1e-12));
        assertThat(model.centroid(labels[0])).containsExactly(0.5);
        assertThat(model.centroid(labels[2])).containsExactly(11.0);
    }

    @Test
    void oneClusterIsTheMean() {
        KMeansModel model = trainer.fit(PAIRS, KMeansOptions.of(1));

        assertThat(model.centroid(0)[0]).isCloseTo(5.75, within(1e-12));
        assertThat(model.inertia()).isCloseTo(5.75 * 5.75 + 4.75 * 4.75 + 4.25 * 4.25 + 6.25 * 6.25, within(1e-9));
    }

    @Test
    void asManyClustersAsPointsGiveZeroInertia() {
        KMeansModel model = trainer.fit(PAIRS, KMeansOptions.of(4));

        assertThat(model.inertia()).isZero();
        assertThat(Arrays.stream(model.assign(PAIRS)).distinct().count()).isEqualTo(4);
    }

    @Test
    void duplicatePointsFewerThanKDoNotBreakTheFit() {
        double[][] same = {{1, 1}, {1, 1}, {1, 1}, {2, 2}};

        KMeansModel model = trainer.fit(same, KMeansOptions.of(3));

        assertThat(model.inertia()).isZero();
    }

    @Test
    void resultDoesNotDependOnTheNumberOfThreads() throws Exception {
        double[][] points = Blobs.random(300, 3, 7L);
        KMeansOptions options = new KMeansOptions(5, 8, 11L, 300, 1e-4);

        KMeansModel common = trainer.fit(points, options);
        ForkJoinPool single = new ForkJoinPool(1);
        try {
            KMeansModel oneThread =
                    single.submit(() -> trainer.fit(points, options)).get();
            assertThat(oneThread).isEqualTo(common);
        } finally {
            single.shutdown();
        }
    }

    @Test
    void keepsTheRestartWithTheLowestInertia() {
        double[][] points = Blobs.random(200, 2, 3L);
        KMeansOptions options = new KMeansOptions(6, 5, 9L, 300, 1e-4);

        KMeansModel best = trainer.fit(points, options);

        for (int r = 0; r < 5; r++) {
            assertThat(trainer.fitOnce(points, options, r).model().inertia()).isGreaterThanOrEqualTo(best.inertia());
        }
    }

    @Test
    void rejectsKAboveThePointCount() {
        assertThatThrownBy(() -> trainer.fit(PAIRS, KMeansOptions.of(5)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("k must be at most the number of points (4), got 5");
    }

    @Test
    void rejectsNonFinitePoints() {
        assertThatThrownBy(() -> trainer.fit(new double[][] {{1}, {Double.NaN}}, KMeansOptions.of(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("point 1, feature 0 is not finite: NaN");
    }

    @Test
    void optionsAreValidatedWhenMade() {
        assertThatThrownBy(() -> new KMeansOptions(0, 10, 42, 300, 1e-4)).hasMessage("k must be at least 1, got 0");
        assertThatThrownBy(() -> new KMeansOptions(2, 0, 42, 300, 1e-4))
                .hasMessage("restarts must be at least 1, got 0");
        assertThatThrownBy(() -> new KMeansOptions(2, 1, 42, 0, 1e-4))
                .hasMessage("maxIterations must be at least 1, got 0");
        assertThatThrownBy(() -> new KMeansOptions(2, 1, 42, 10, -1))
                .hasMessage("tolerance must be a finite number >= 0, got -1.0");
    }
}
