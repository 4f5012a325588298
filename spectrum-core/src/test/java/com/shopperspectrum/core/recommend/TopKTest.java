package com.shopperspectrum.core.recommend;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class TopKTest {
    /** Skipping the offers below {@link TopK#threshold()} keeps the same pairs in the same order (ties included). */
    @Property(tries = 60)
    void offersBelowTheThresholdChangeNothing(
            @ForAll long seed,
            @ForAll @IntRange(min = 0, max = 400) int n,
            @ForAll @IntRange(min = 0, max = 60) int k) {
        Random rnd = new Random(seed);
        double[] scores = new double[n];
        for (int i = 0; i < n; i++) {
            scores[i] = rnd.nextInt(30) / 4.0; // many ties
        }
        TopK all = new TopK(k);
        TopK skipping = new TopK(k);
        int offered = 0;
        for (int i = 0; i < n; i++) {
            all.offer(i, scores[i]);
            if (scores[i] >= skipping.threshold()) {
                skipping.offer(i, scores[i]);
                offered++;
            }
        }
        int[] a = new int[all.size()];
        int[] b = new int[skipping.size()];
        double[] sa = new double[a.length];
        double[] sb = new double[b.length];
        all.drainInto(a, sa, 0);
        skipping.drainInto(b, sb, 0);
        assertThat(b).containsExactly(a);
        assertThat(sb).containsExactly(sa);
        assertThat(offered).isLessThanOrEqualTo(n);
    }
}
