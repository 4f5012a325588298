package com.shopperspectrum.core.baskets;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Pair rules from counts made elsewhere (the Spark engine aggregates them on the cluster): the baskets, each item's
 * basket count and description, and the baskets of each frequent pair. {@link #rules} keeps the rules A ⇒ B and
 * B ⇒ A of every pair in at least the minimum support's baskets under the same confidence and lift tests as
 * {@link RuleMiner}, so equal counts give an equal {@link BasketModel}. Not thread-safe; fill it, then read it.
 */
public final class PairCounts {
    private final int baskets;
    private final Map<String, Long> items = new HashMap<>();
    private final Map<String, String> descriptions = new HashMap<>();
    private final List<String[]> pairs = new ArrayList<>();
    private final List<Long> both = new ArrayList<>();

    public PairCounts(int baskets) {
        if (baskets < 1) {
            throw new IllegalArgumentException("no baskets: no sales line is left after cleaning");
        }
        this.baskets = baskets;
    }

    /** An item in {@code count} baskets, with its description ("" when none). */
    public void item(String code, String description, long count) {
        items.put(Objects.requireNonNull(code, "code"), count);
        descriptions.put(code, description == null ? "" : description);
    }

    /** Items {@code a} and {@code b} (each given once, in either order) together in {@code count} baskets. */
    public void pair(String a, String b, long count) {
        pairs.add(new String[] {a, b});
        both.add(count);
    }

    public int baskets() {
        return baskets;
    }

    /**
     * The pair rules at {@code options} (two items whatever its {@code maxItems}).
     *
     * @throws IllegalArgumentException when a basket count threshold exceeds the baskets, or more rules than
     *                                  {@code maxItemsets} pass
     */
    public BasketModel rules(RuleOptions options) {
        long minCount = options.minSupport().minCount(baskets);
        List<AssociationRule> rules = new ArrayList<>();
        for (int k = 0; k < pairs.size(); k++) {
            long c = both.get(k);
            if (c < minCount) {
                continue;
            }
            String a = pairs.get(k)[0];
            String b = pairs.get(k)[1];
            add(rules, a, b, c, options);
            add(rules, b, a, c, options);
            if (rules.size() > options.maxItemsets()) {
                throw new IllegalArgumentException(String.format(
                        Locale.ROOT,
                        "--min-support %s would keep more than %,d rules (--max-itemsets)",
                        options.minSupport(),
                        options.maxItemsets()));
            }
        }
        return BasketModel.of(baskets, options, minCount, rules);
    }

    private void add(List<AssociationRule> rules, String a, String b, long c, RuleOptions options) {
        long ca = count(a);
        long cb = count(b);
        boolean confident = options.minConfidence() <= 0 || (double) c / ca >= options.minConfidence();
        if (confident && (double) c * baskets / ((double) ca * cb) >= options.minLift()) {
            rules.add(new AssociationRule(
                    List.of(a),
                    List.of(b),
                    List.of(descriptions.get(a)),
                    List.of(descriptions.get(b)),
                    c,
                    ca,
                    cb,
                    baskets));
        }
    }

    private long count(String item) {
        Long c = items.get(item);
        if (c == null) {
            throw new IllegalArgumentException("pair of '" + item + "' without its basket count");
        }
        return c;
    }
}
