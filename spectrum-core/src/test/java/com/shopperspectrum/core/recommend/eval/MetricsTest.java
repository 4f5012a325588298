package com.shopperspectrum.core.recommend.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class MetricsTest {
    @Test
    void metricsOfOneRankingByHand() {
        Metrics m = new Metrics(10);
        // ranked 5, 1, 7, 2; relevant {1, 2, 9}; k = 4: hits at ranks 2 and 4
        m.add(new int[] {5, 1, 7, 2}, new int[] {1, 2, 9}, 4);
        RankerResult r = m.result("x", "all", 8);
        assertThat(r.hr()).isEqualTo(1.0);
        assertThat(r.precision()).isEqualTo(0.5);
        assertThat(r.recall()).isCloseTo(2.0 / 3, within(1e-12));
        double dcg = 1 / log2(3) + 1 / log2(5);
        double idcg = 1 + 1 / log2(3) + 1 / log2(4);
        assertThat(r.ndcg()).isCloseTo(dcg / idcg, within(1e-12));
        assertThat(r.map()).isCloseTo((1.0 / 2 + 2.0 / 4) / 3, within(1e-12));
        assertThat(r.coverage()).isEqualTo(4.0 / 8);
    }

    @Test
    void averagesOverCustomersAndCountsAMissAsZero() {
        Metrics a = new Metrics(10);
        a.add(new int[] {1}, new int[] {1}, 1);
        Metrics b = new Metrics(10);
        b.add(new int[] {2}, new int[] {3}, 1);
        a.merge(b);
        RankerResult r = a.result("x", "new", 2);
        assertThat(r.customers()).isEqualTo(2);
        assertThat(r.hr()).isEqualTo(0.5);
        assertThat(r.ndcg()).isEqualTo(0.5);
        assertThat(r.map()).isEqualTo(0.5);
        assertThat(r.coverage()).isEqualTo(1.0);
    }

    @Test
    void shortRankingsArePenalisedByK() {
        Metrics m = new Metrics(10);
        m.add(new int[] {1}, new int[] {1}, 5);
        assertThat(m.result("x", "all", 10).precision()).isEqualTo(0.2);
        assertThat(m.result("x", "all", 10).ndcg()).isEqualTo(1.0);
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
