package com.shopperspectrum.core.recommend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class GaussJordanTest {
    @Test
    void invertsATwoByTwoByHand() {
        double[] a = {4, 2, 2, 3};
        GaussJordan.invertInPlace(a, 2, false);
        // inverse of [[4,2],[2,3]] = 1/8 [[3,-2],[-2,4]]
        assertThat(a).containsExactly(new double[] {3 / 8.0, -2 / 8.0, -2 / 8.0, 4 / 8.0}, within(1e-12));
    }

    @Property(tries = 30)
    void timesTheOriginalIsTheIdentity(@ForAll @IntRange(min = 1, max = 30) int n, @ForAll long seed) {
        Random rnd = new Random(seed);
        double[] x = new double[n * (n + 3)];
        for (int i = 0; i < x.length; i++) {
            x[i] = rnd.nextInt(3) == 0 ? 1 : 0;
        }
        double[] g = new double[n * n];
        int rows = n + 3;
        for (int r = 0; r < rows; r++) {
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    g[i * n + j] += x[r * n + i] * x[r * n + j];
                }
            }
        }
        for (int i = 0; i < n; i++) {
            g[i * n + i] += 1.0;
        }
        double[] inv = g.clone();
        GaussJordan.invertInPlace(inv, n, seed % 2 == 0);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double s = 0;
                for (int k = 0; k < n; k++) {
                    s += g[i * n + k] * inv[k * n + j];
                }
                assertThat(s).isCloseTo(i == j ? 1 : 0, within(1e-9));
            }
        }
    }

    @Property(tries = 30)
    void everyBlockSizeGivesExactlyTheUnblockedResult(
            @ForAll @IntRange(min = 1, max = 40) int n,
            @ForAll @IntRange(min = 2, max = 50) int block,
            @ForAll long seed) {
        Random rnd = new Random(seed);
        double[] g = new double[n * n];
        for (int r = 0; r < n + 5; r++) {
            int[] bought = rnd.ints(1 + rnd.nextInt(n), 0, n).distinct().toArray();
            for (int i : bought) {
                for (int j : bought) {
                    g[i * n + j] += 1;
                }
            }
        }
        for (int i = 0; i < n; i++) {
            g[i * n + i] += 0.5 + rnd.nextDouble();
        }
        double[] unblocked = g.clone();
        GaussJordan.invertInPlace(unblocked, n, false, 1);
        double[] blocked = g.clone();
        GaussJordan.invertInPlace(blocked, n, seed % 2 == 0, block);
        for (int i = 0; i < n * n; i++) {
            // == : the same value (a zero's sign may differ where a step was skipped)
            assertThat(blocked[i] == unblocked[i])
                    .as("element %d: %s vs %s", i, blocked[i], unblocked[i])
                    .isTrue();
        }
    }

    @Test
    void rejectsMatricesThatAreNotPositiveDefinite() {
        assertThatThrownBy(() -> GaussJordan.invertInPlace(new double[] {0, 1, 1, 0}, 2, false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("pivot 0");
        assertThatThrownBy(() -> GaussJordan.invertInPlace(new double[3], 2, false))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
