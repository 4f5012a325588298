package com.shopperspectrum.core.baskets;

import java.util.Arrays;

/**
 * Every itemset of one to {@code maxItems} items in at least {@code minCount} baskets, with its exact basket
 * count, and the number of candidates the support removed. Items are the {@link Baskets} item indices. An itemset
 * is packed into one {@code long}: the ranks of its items (+1, ascending) in {@code bits} bits each. Immutable
 * once built by {@link ItemsetMiner}.
 */
public final class FrequentItemsets {
    private final int baskets;
    private final long minCount;
    private final int bits;
    private final int[] itemOfRank;
    private final long[] keys;
    private final int[] counts;
    private final LongCountMap byKey;
    private final long belowSupport;

    FrequentItemsets(
            int baskets, long minCount, int bits, int[] itemOfRank, long[] keys, int[] counts, long belowSupport) {
        this.baskets = baskets;
        this.minCount = minCount;
        this.bits = bits;
        this.itemOfRank = itemOfRank;
        this.keys = keys;
        this.counts = counts;
        this.belowSupport = belowSupport;
        this.byKey = new LongCountMap(keys.length);
        for (int i = 0; i < keys.length; i++) {
            byKey.put(keys[i], counts[i]);
        }
    }

    /** Number of baskets mined. */
    public int baskets() {
        return baskets;
    }

    /** The minimum basket count an itemset needed. */
    public long minCount() {
        return minCount;
    }

    /** Number of frequent itemsets (single items included). */
    public int size() {
        return keys.length;
    }

    /** The items of itemset {@code k}, as {@link Baskets} item indices, ascending. */
    public int[] items(int k) {
        int[] ranks = ranks(keys[k]);
        int[] items = new int[ranks.length];
        for (int i = 0; i < ranks.length; i++) {
            items[i] = itemOfRank[ranks[i]];
        }
        Arrays.sort(items);
        return items;
    }

    /** The basket count of itemset {@code k}. */
    public long count(int k) {
        return counts[k];
    }

    /**
     * Candidates the minimum support removed: items in some basket but too few, and itemsets whose every
     * one-smaller subset was frequent (the pairs of frequent items found together, and so on) but too few.
     */
    public long belowSupport() {
        return belowSupport;
    }

    int bits() {
        return bits;
    }

    long key(int k) {
        return keys[k];
    }

    int rankItem(int rank) {
        return itemOfRank[rank];
    }

    /** The count of the packed itemset, or -1 when it is not frequent. */
    int count(long key) {
        return byKey.get(key);
    }

    int[] ranks(long key) {
        int n = 0;
        for (long k = key; k != 0; k >>>= bits) {
            n++;
        }
        int[] ranks = new int[n];
        long mask = (1L << bits) - 1;
        long k = key;
        for (int i = 0; i < n; i++, k >>>= bits) {
            ranks[i] = (int) (k & mask) - 1;
        }
        return ranks;
    }

    long pack(int[] ranks, int mask) {
        long key = 0;
        int shift = 0;
        for (int i = 0; i < ranks.length; i++) {
            if ((mask & (1 << i)) != 0) {
                key |= (long) (ranks[i] + 1) << shift;
                shift += bits;
            }
        }
        return key;
    }
}
