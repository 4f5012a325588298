package com.shopperspectrum.spark;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Local masters get shuffle partitions sized to their threads and no UI; cluster masters keep Spark's settings. */
class SparkSettingsTest {
    @Test
    void localMastersAreSizedToTheirThreads() {
        assertThat(SparkSettings.localThreads("local")).isEqualTo(1);
        assertThat(SparkSettings.localThreads("local[3]")).isEqualTo(3);
        assertThat(SparkSettings.localThreads("local[4, 2]")).isEqualTo(4);
        assertThat(SparkSettings.localThreads("local[*]"))
                .isEqualTo(Runtime.getRuntime().availableProcessors());
        assertThat(SparkSettings.forMaster("local[3]")).isEqualTo(new SparkSettings("local[3]", 6, false));
    }

    @Test
    void clusterMastersKeepSparksSettings() {
        assertThat(SparkSettings.localThreads("yarn")).isZero();
        assertThat(SparkSettings.localThreads("spark://host:7077")).isZero();
        assertThat(SparkSettings.forMaster("yarn")).isEqualTo(new SparkSettings("yarn", 0, true));
    }
}
