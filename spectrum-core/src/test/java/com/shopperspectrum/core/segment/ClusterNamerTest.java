package com.shopperspectrum.core.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ClusterNamerTest {
    // (recency, frequency, monetary) centroids in z-space
    private static final double[] AT_RISK = {1.5, -0.8, -0.7};
    private static final double[] HIGH = {-1.0, 1.6, 1.5};
    private static final double[] OCCASIONAL = {-0.4, -0.9, -0.8};
    private static final double[] REGULAR = {-0.2, 0.3, 0.4};

    @Test
    void fourClustersGetTheFourBusinessNamesInTierOrder() {
        ClusterNamer.Naming naming = ClusterNamer.name(new double[][] {OCCASIONAL, AT_RISK, REGULAR, HIGH});

        assertThat(naming.names()).containsExactly("High-Value", "Regular", "Occasional", "At-Risk");
        assertThat(naming.order()).containsExactly(3, 2, 0, 1);
    }

    @Test
    void namesDependOnlyOnCentroidsNotOnTheirOrder() {
        ClusterNamer.Naming a = ClusterNamer.name(new double[][] {HIGH, REGULAR, OCCASIONAL, AT_RISK});
        ClusterNamer.Naming b = ClusterNamer.name(new double[][] {AT_RISK, OCCASIONAL, HIGH, REGULAR});

        assertThat(a.names()).containsExactly(b.names());
        assertThat(a.order()).containsExactly(0, 1, 2, 3);
        assertThat(b.order()).containsExactly(2, 3, 1, 0);
    }

    @Test
    void otherKGetNumberedNamesFromTheSameTiers() {
        double[] lost = {2.5, -1.0, -1.0};
        double[] veryHigh = {-1.2, 2.5, 2.6};

        assertThat(ClusterNamer.name(new double[][] {HIGH, AT_RISK}).names()).containsExactly("High-Value", "At-Risk");
        assertThat(ClusterNamer.name(new double[][] {AT_RISK, REGULAR, HIGH}).names())
                .containsExactly("High-Value", "Regular", "At-Risk");
        assertThat(ClusterNamer.name(new double[][] {lost, HIGH, REGULAR, OCCASIONAL, AT_RISK})
                        .names())
                .containsExactly("High-Value", "Regular", "Occasional", "At-Risk", "At-Risk 2");
        ClusterNamer.Naming six =
                ClusterNamer.name(new double[][] {lost, HIGH, REGULAR, OCCASIONAL, AT_RISK, veryHigh});
        assertThat(six.names())
                .containsExactly("High-Value", "Regular", "Regular 2", "Occasional", "At-Risk", "At-Risk 2");
        assertThat(six.order()).containsExactly(5, 1, 2, 3, 4, 0);
        assertThat(ClusterNamer.name(new double[][] {HIGH}).names()).containsExactly("All Customers");
    }

    @Test
    void everyTierIsUsedFromFourClustersOn() {
        for (int k = 4; k <= 10; k++) {
            int[] counts = ClusterNamer.tierCounts(k);
            assertThat(Arrays.stream(counts).min().orElseThrow()).isGreaterThanOrEqualTo(1);
            assertThat(counts[0] + counts[1] + counts[2] + counts[3]).isEqualTo(k);
        }
    }

    @Test
    void withoutMonetaryFrequencyAloneRanksValue() {
        double[][] twoD = {{1.5, -0.8}, {-0.2, 0.3}, {-1.0, 1.6}, {-0.4, -0.9}};

        assertThat(ClusterNamer.name(twoD).order()).containsExactly(2, 1, 3, 0);
    }
}
