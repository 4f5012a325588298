package com.shopperspectrum.core.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class LongSortTest {
    /** Packed pairs like training's: a first half below 2^bitsHigh, a second below 2^bitsLow, duplicates. */
    private static long[] packed(long seed, int n, int bitsHigh, int bitsLow) {
        Random rnd = new Random(seed);
        long[] a = new long[n];
        for (int i = 0; i < n; i++) {
            a[i] = ((rnd.nextLong() >>> (64 - bitsHigh)) << 32) | (rnd.nextLong() >>> (64 - bitsLow));
        }
        return a;
    }

    @Property(tries = 40)
    void sortsPackedPairsAsTheComparisonSortDoes(
            @ForAll long seed,
            @ForAll @IntRange(min = 0, max = 20_000) int n,
            @ForAll @IntRange(min = 1, max = 31) int bitsHigh,
            @ForAll @IntRange(min = 1, max = 31) int bitsLow,
            @ForAll @IntRange(min = 0, max = 50) int margin) {
        long[] a = packed(seed, n + 2 * margin, bitsHigh, bitsLow);
        long[] expected = a.clone();
        Arrays.sort(expected, margin, margin + n);
        LongSort.sort(a, margin, margin + n);
        assertThat(a).containsExactly(expected);
    }

    @Test
    void aRangeAboveTheRadixThresholdIsSortedInPlaceAndTheRestIsLeftAlone() {
        long[] a = packed(3, 3 * LongSort.RADIX_FROM, 13, 15);
        long[] expected = a.clone();
        int from = 100;
        int to = a.length - 7;
        Arrays.sort(expected, from, to);
        LongSort.sort(a, from, to);
        assertThat(a).containsExactly(expected);
    }

    @Test
    void negativeAndEqualKeysAreSortedToo() {
        Random rnd = new Random(9);
        long[] a = rnd.longs(5 * LongSort.RADIX_FROM).toArray();
        long[] expected = a.clone();
        Arrays.sort(expected);
        LongSort.sort(a);
        assertThat(a).containsExactly(expected);
        long[] same = new long[LongSort.RADIX_FROM * 2];
        Arrays.fill(same, 42L << 32 | 7);
        LongSort.sort(same);
        assertThat(same).containsOnly(42L << 32 | 7);
    }
}
