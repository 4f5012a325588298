package com.shopperspectrum.core.recommend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EaseMemoryTest {
    private static final long GB = 1L << 30;

    @Test
    void needsTheDoubleInverseAndTheFloatWeights() {
        assertThat(EaseMemory.bytesNeeded(1_000)).isEqualTo(12_000_000L);
        assertThat(EaseMemory.bytesNeeded(25_000)).isEqualTo(7_500_000_000L);
        assertThat(EaseMemory.bytesNeeded(25_000, false)).isEqualTo(7_500_000_000L);
    }

    @Test
    void singlePrecisionNeedsOneFloatMatrix() {
        assertThat(EaseMemory.bytesNeeded(25_000, true)).isEqualTo(2_500_000_000L);
        assertThatCode(() -> EaseMemory.require(25_000, 6 * GB, 2 * GB, true)).doesNotThrowAnyException();
        assertThatThrownBy(() -> EaseMemory.require(25_000, 3 * GB, 2 * GB, true))
                .hasMessageContaining("needs about 2.5 GB")
                .hasMessageContaining("inverse in floats");
    }

    @Test
    void aFitThatFitsPasses() {
        assertThatCode(() -> EaseMemory.require(3_347, 4 * GB, GB)).doesNotThrowAnyException();
    }

    @Test
    void aFitThatDoesNotFitSaysWhatItNeedsAndHowToGiveMore() {
        assertThatThrownBy(() -> EaseMemory.require(25_000, 6 * GB, 2 * GB))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("EASE on 25,000 products needs about 7.5 GB")
                .hasMessageContaining("Java has 4.3 GB free")
                .hasMessageContaining("JAVA_OPTS=-Xmx12g ./spectrum train")
                .hasMessageContaining("--ease-min-support");
        assertThatThrownBy(() -> EaseMemory.require(3_342, 256L << 20, 150L << 20))
                .hasMessageContaining("needs about 134 MB")
                .hasMessageContaining("Java has 111 MB free");
    }
}
