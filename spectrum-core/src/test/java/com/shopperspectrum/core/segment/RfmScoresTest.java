package com.shopperspectrum.core.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class RfmScoresTest {
    private static final double[] ONE_TO_TEN = {10, 9, 8, 7, 6, 5, 4, 3, 2, 1};

    @Test
    void cutPointsAreLinearlyInterpolatedQuintiles() {
        // numpy.percentile([1..10], [20, 40, 60, 80]) = 2.8, 4.6, 6.4, 8.2
        double[] cuts = RfmQuintiles.cuts(ONE_TO_TEN);

        assertThat(cuts[0]).isCloseTo(2.8, within(1e-12));
        assertThat(cuts[1]).isCloseTo(4.6, within(1e-12));
        assertThat(cuts[2]).isCloseTo(6.4, within(1e-12));
        assertThat(cuts[3]).isCloseTo(8.2, within(1e-12));
    }

    @Test
    void recentIsFiveAndFrequentIsFive() {
        RfmQuintiles q = RfmQuintiles.fit(ONE_TO_TEN, ONE_TO_TEN, ONE_TO_TEN);

        assertThat(q.recencyScore(1)).isEqualTo(5);
        assertThat(q.recencyScore(2.8)).isEqualTo(5);
        assertThat(q.recencyScore(3)).isEqualTo(4);
        assertThat(q.recencyScore(10)).isEqualTo(1);
        assertThat(q.frequencyScore(1)).isEqualTo(1);
        assertThat(q.frequencyScore(5)).isEqualTo(3);
        assertThat(q.frequencyScore(100)).isEqualTo(5);
        assertThat(q.monetaryScore(7)).isEqualTo(4);
    }

    @Test
    void tiedValuesShareAScore() {
        double[] frequencies = {1, 1, 1, 1, 1, 1, 2, 2, 3, 9};
        RfmQuintiles q = RfmQuintiles.fit(frequencies, frequencies, null);

        assertThat(q.frequencyScore(1)).isEqualTo(1);
        assertThat(q.frequencyScore(2)).isEqualTo(4);
        assertThat(q.frequencyScore(9)).isEqualTo(5);
        assertThat(q.hasMonetary()).isFalse();
        assertThat(q.monetaryScore(5)).isZero();
    }

    @Test
    void scoreMapCoversTheNamedSegments() {
        assertThat(RfmSegment.of(5, 5, 5)).isEqualTo(RfmSegment.CHAMPIONS);
        assertThat(RfmSegment.of(5, 4, 3)).isEqualTo(RfmSegment.CHAMPIONS);
        assertThat(RfmSegment.of(4, 5, 4)).isEqualTo(RfmSegment.LOYAL_CUSTOMERS);
        assertThat(RfmSegment.of(3, 4, 4)).isEqualTo(RfmSegment.LOYAL_CUSTOMERS);
        assertThat(RfmSegment.of(5, 2, 3)).isEqualTo(RfmSegment.POTENTIAL_LOYALISTS);
        assertThat(RfmSegment.of(5, 1, 1)).isEqualTo(RfmSegment.NEW_CUSTOMERS);
        assertThat(RfmSegment.of(4, 1, 1)).isEqualTo(RfmSegment.PROMISING);
        assertThat(RfmSegment.of(3, 3, 3)).isEqualTo(RfmSegment.NEED_ATTENTION);
        assertThat(RfmSegment.of(3, 1, 2)).isEqualTo(RfmSegment.ABOUT_TO_SLEEP);
        assertThat(RfmSegment.of(2, 3, 4)).isEqualTo(RfmSegment.AT_RISK);
        assertThat(RfmSegment.of(1, 5, 5)).isEqualTo(RfmSegment.CANNOT_LOSE_THEM);
        assertThat(RfmSegment.of(2, 1, 2)).isEqualTo(RfmSegment.HIBERNATING);
        assertThat(RfmSegment.of(1, 1, 1)).isEqualTo(RfmSegment.LOST);
        assertThat(RfmSegment.of(5, 5, 0)).isEqualTo(RfmSegment.CHAMPIONS);
        assertThat(RfmSegment.of(1, 1, 0)).isEqualTo(RfmSegment.LOST);
    }

    @Test
    void everyScoreCombinationHasASegment() {
        java.util.Set<RfmSegment> seen = java.util.EnumSet.noneOf(RfmSegment.class);
        for (int r = 1; r <= 5; r++) {
            for (int f = 1; f <= 5; f++) {
                for (int m = 0; m <= 5; m++) {
                    seen.add(RfmSegment.of(r, f, m));
                }
            }
        }
        assertThat(seen).containsExactlyInAnyOrder(RfmSegment.values());
    }

    @Test
    void scoresOutOfRangeAreRejected() {
        assertThatThrownBy(() -> RfmSegment.of(0, 1, 1)).hasMessage("r score must be in 1..5, got 0");
        assertThatThrownBy(() -> RfmSegment.of(1, 6, 1)).hasMessage("f score must be in 1..5, got 6");
    }
}
