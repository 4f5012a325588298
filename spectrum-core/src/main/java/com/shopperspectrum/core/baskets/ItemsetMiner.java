package com.shopperspectrum.core.baskets;

import com.shopperspectrum.core.data.InvalidInputException;
import java.util.Arrays;
import java.util.Locale;

/**
 * Finds every itemset of up to {@code maxItems} items in at least {@code minCount} baskets, exactly (never
 * sampled). Items below the minimum are dropped first and the rest ranked by count. Pairs are counted over the
 * sparse basket matrix, one item's column at a time (for item r, the baskets holding r and their items ranked
 * after r, into a dense counter), in time proportional to the sum of the squared basket sizes and memory linear
 * in the items. Itemsets of three and four items come from Eclat (Zaki 2000): the baskets of {@code P+a+b} are the
 * intersection of those of {@code P+a} and {@code P+b}, explored depth-first within each prefix's class; it finds
 * exactly the itemsets FP-growth (Han, Pei &amp; Yin 2000) finds.
 *
 * <p><b>Memory guard.</b> The itemsets are counted before they are kept: when more than {@code maxItemsets} would
 * be kept, mining stops with an {@link InvalidInputException} naming {@code --min-support} and the count (exact
 * up to pairs; for larger itemsets, the count reached when the limit was passed).
 */
public final class ItemsetMiner {
    private final Baskets baskets;
    private final int maxItems;
    private final long minCount;
    private final long limit;
    private final String support;
    private int[] itemOfRank;
    private int[][] tids;
    private int[] start;
    private int[] ranked;
    private long[] keys = new long[1024];
    private int[] counts = new int[1024];
    private int size;
    private long belowSupport;
    private int bits;
    /** Up to pairs the itemsets past the limit are still counted (cheaply), so the refusal says how many. */
    private boolean exactCount = true;

    private long excess;

    private ItemsetMiner(Baskets baskets, int maxItems, long minCount, long limit, String support) {
        this.baskets = baskets;
        this.maxItems = maxItems;
        this.minCount = minCount;
        this.limit = limit;
        this.support = support;
    }

    /**
     * The frequent itemsets of {@code baskets}.
     *
     * @param maxItems    the largest itemset, 2 to 4
     * @param minCount    the minimum basket count, at least 1
     * @param maxItemsets the memory guard's limit
     * @param support     the threshold as the user gave it (for the guard's message)
     */
    public static FrequentItemsets mine(
            Baskets baskets, int maxItems, long minCount, long maxItemsets, String support) {
        if (maxItems < 2 || maxItems > 4 || minCount < 1) {
            throw new IllegalArgumentException("maxItems 2..4 and minCount >= 1, got " + maxItems + ", " + minCount);
        }
        return new ItemsetMiner(baskets, maxItems, minCount, maxItemsets, support).run();
    }

    private FrequentItemsets run() {
        rankItems();
        bits = 64 / maxItems;
        if (itemOfRank.length >= (1L << bits) - 1) {
            throw new InvalidInputException(
                    String.format(
                            Locale.ROOT,
                            "--max-items %d handles at most %,d frequent items; --min-support %s leaves %,d: raise it",
                            maxItems,
                            (1L << bits) - 2,
                            support,
                            itemOfRank.length),
                    "--min-support");
        }
        for (int r = 0; r < itemOfRank.length; r++) {
            add(r + 1L, tids[r].length);
        }
        int[][] pairs = countPairs();
        if (maxItems > 2) {
            for (int r = 0; r < pairs.length; r++) {
                extendClass(r, pairs[r]);
            }
        }
        return new FrequentItemsets(
                baskets.size(),
                minCount,
                bits,
                itemOfRank,
                Arrays.copyOf(keys, size),
                Arrays.copyOf(counts, size),
                belowSupport);
    }

    /** Frequent items ranked by count (descending, ties by index); baskets re-coded as ascending ranks. */
    private void rankItems() {
        int[] count = new int[baskets.items()];
        for (int b = 0; b < baskets.size(); b++) {
            for (int k = 0; k < baskets.basketSize(b); k++) {
                count[baskets.member(b, k)]++;
            }
        }
        Integer[] frequent = java.util.stream.IntStream.range(0, count.length)
                .filter(i -> count[i] >= minCount)
                .boxed()
                .toArray(Integer[]::new);
        belowSupport += Arrays.stream(count).filter(c -> c > 0 && c < minCount).count();
        Arrays.sort(frequent, (a, b) -> count[a] != count[b] ? Integer.compare(count[b], count[a]) : a - b);
        itemOfRank = Arrays.stream(frequent).mapToInt(Integer::intValue).toArray();
        int[] rankOf = new int[count.length];
        Arrays.fill(rankOf, -1);
        for (int r = 0; r < itemOfRank.length; r++) {
            rankOf[itemOfRank[r]] = r;
        }
        start = new int[baskets.size() + 1];
        int[] tmp = new int[(int) baskets.entries()];
        int n = 0;
        int[] fill = new int[itemOfRank.length];
        for (int b = 0; b < baskets.size(); b++) {
            int from = n;
            for (int k = 0; k < baskets.basketSize(b); k++) {
                int r = rankOf[baskets.member(b, k)];
                if (r >= 0) {
                    tmp[n++] = r;
                    fill[r]++;
                }
            }
            Arrays.sort(tmp, from, n);
            start[b + 1] = n;
        }
        ranked = Arrays.copyOf(tmp, n);
        tids = new int[itemOfRank.length][];
        for (int r = 0; r < tids.length; r++) {
            tids[r] = new int[fill[r]];
        }
        Arrays.fill(fill, 0);
        for (int b = 0; b < baskets.size(); b++) {
            for (int k = start[b]; k < start[b + 1]; k++) {
                tids[ranked[k]][fill[ranked[k]]++] = b;
            }
        }
    }

    /** Per rank r, the ranks s &gt; r with {r, s} frequent, ascending; each pair added with its count. */
    private int[][] countPairs() {
        int f = itemOfRank.length;
        int[][] result = new int[f][];
        int[] counter = new int[f];
        int[] touched = new int[f];
        for (int r = 0; r < f; r++) {
            int t = 0;
            for (int b : tids[r]) {
                for (int k = start[b + 1] - 1; k >= start[b] && ranked[k] > r; k--) {
                    if (counter[ranked[k]]++ == 0) {
                        touched[t++] = ranked[k];
                    }
                }
            }
            Arrays.sort(touched, 0, t);
            int kept = 0;
            for (int i = 0; i < t; i++) {
                int s = touched[i];
                if (counter[s] >= minCount) {
                    add(((long) (s + 1) << bits) | (r + 1), counter[s]);
                    touched[kept++] = s;
                } else {
                    belowSupport++;
                }
                counter[s] = 0;
            }
            result[r] = Arrays.copyOf(touched, kept);
        }
        if (excess > 0) {
            throw refused(Long.toString(size + excess));
        }
        exactCount = false;
        return result;
    }

    /** Eclat within the class of prefix {r}: the frequent pairs {r, s} and their baskets. */
    private void extendClass(int r, int[] partners) {
        int[][] lists = new int[partners.length][];
        for (int i = 0; i < partners.length; i++) {
            lists[i] = intersect(tids[r], tids[partners[i]]);
        }
        extend(new int[] {r}, partners, lists);
    }

    private void extend(int[] prefix, int[] members, int[][] lists) {
        if (prefix.length + 2 > maxItems) {
            return;
        }
        for (int i = 0; i < members.length; i++) {
            int[] next = new int[members.length - i - 1];
            int[][] nextLists = new int[next.length][];
            int n = 0;
            for (int j = i + 1; j < members.length; j++) {
                int[] both = intersect(lists[i], lists[j]);
                if (both.length >= minCount) {
                    next[n] = members[j];
                    nextLists[n++] = both;
                    add(pack(prefix, members[i], members[j]), both.length);
                } else {
                    belowSupport++;
                }
            }
            if (n > 1) {
                int[] longer = Arrays.copyOf(prefix, prefix.length + 1);
                longer[prefix.length] = members[i];
                extend(longer, Arrays.copyOf(next, n), Arrays.copyOf(nextLists, n));
            }
        }
    }

    private long pack(int[] prefix, int a, int b) {
        long key = 0;
        int shift = 0;
        for (int r : prefix) {
            key |= (long) (r + 1) << shift;
            shift += bits;
        }
        key |= (long) (a + 1) << shift;
        return key | (long) (b + 1) << (shift + bits);
    }

    /**
     * The pair of items found together in the most baskets, over all items: {@code {i, j, count}} (item indices,
     * count 0 when no basket has two items). Ties: the smaller i, then j. Used to explain an empty result.
     */
    static long[] mostFrequentPair(Baskets baskets) {
        int m = baskets.items();
        int[][] columns = columns(baskets);
        int[] counter = new int[m];
        int[] touched = new int[m];
        long[] best = {0, 0, 0};
        for (int i = 0; i < m; i++) {
            int t = 0;
            for (int b : columns[i]) {
                for (int k = baskets.basketSize(b) - 1; k >= 0 && baskets.member(b, k) > i; k--) {
                    if (counter[baskets.member(b, k)]++ == 0) {
                        touched[t++] = baskets.member(b, k);
                    }
                }
            }
            Arrays.sort(touched, 0, t);
            for (int x = 0; x < t; x++) {
                int j = touched[x];
                if (counter[j] > best[2]) {
                    best = new long[] {i, j, counter[j]};
                }
                counter[j] = 0;
            }
        }
        return best;
    }

    private static int[][] columns(Baskets baskets) {
        int[] fill = new int[baskets.items()];
        for (int b = 0; b < baskets.size(); b++) {
            for (int k = 0; k < baskets.basketSize(b); k++) {
                fill[baskets.member(b, k)]++;
            }
        }
        int[][] columns = new int[fill.length][];
        for (int i = 0; i < fill.length; i++) {
            columns[i] = new int[fill[i]];
        }
        Arrays.fill(fill, 0);
        for (int b = 0; b < baskets.size(); b++) {
            for (int k = 0; k < baskets.basketSize(b); k++) {
                int i = baskets.member(b, k);
                columns[i][fill[i]++] = b;
            }
        }
        return columns;
    }

    static int[] intersect(int[] a, int[] b) {
        int[] out = new int[Math.min(a.length, b.length)];
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < a.length && j < b.length) {
            if (a[i] < b[j]) {
                i++;
            } else if (a[i] > b[j]) {
                j++;
            } else {
                out[n++] = a[i];
                i++;
                j++;
            }
        }
        return n == out.length ? out : Arrays.copyOf(out, n);
    }

    private void add(long key, int count) {
        if (size >= limit) {
            if (!exactCount) {
                throw refused("more than " + String.format(Locale.ROOT, "%,d", limit));
            }
            excess++;
            return;
        }
        if (size == keys.length) {
            keys = Arrays.copyOf(keys, size * 2);
            counts = Arrays.copyOf(counts, size * 2);
        }
        keys[size] = key;
        counts[size++] = count;
    }

    private InvalidInputException refused(String count) {
        return new InvalidInputException(
                String.format(
                        Locale.ROOT,
                        "--min-support %s would keep %s itemsets of up to %d items, more than the limit of %,d "
                                + "(--max-itemsets): raise --min-support or lower --max-items",
                        support,
                        count.matches("[0-9]+") ? String.format(Locale.ROOT, "%,d", Long.parseLong(count)) : count,
                        maxItems,
                        limit),
                "--min-support");
    }
}
