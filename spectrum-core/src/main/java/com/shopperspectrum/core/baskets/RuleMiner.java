package com.shopperspectrum.core.baskets;

import com.shopperspectrum.core.data.InvalidInputException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Association rules from the baskets: every split of every frequent itemset of two to {@code maxItems} items into
 * a non-empty antecedent and consequent (as mlxtend's {@code association_rules} and Spark's {@code FPGrowth} do),
 * kept when its confidence and lift reach the thresholds. The counts are exact; the measures follow from them
 * ({@link AssociationRule}).
 *
 * <p>When nothing passes, {@link BasketRules#suggestion()} names the threshold that removed the last candidates
 * and a value under which at least one rule passes: the support of the most frequent pair, the best confidence or
 * the best lift seen (rounded down).
 */
public final class RuleMiner {
    private final RuleOptions options;

    public RuleMiner(RuleOptions options) {
        this.options = options;
    }

    public BasketRules mine(Baskets baskets, BasketOptions basketOptions) {
        return mine(baskets, basketOptions, true);
    }

    /**
     * The rules without the suggestion when none pass (null then): what the model part needs. The suggestion counts
     * every pair of every basket, which on 10M generated rows took 8 s of train's basket stage for no rule.
     */
    public BasketRules mineRules(Baskets baskets, BasketOptions basketOptions) {
        return mine(baskets, basketOptions, false);
    }

    private BasketRules mine(Baskets baskets, BasketOptions basketOptions, boolean suggest) {
        long minCount = options.minSupport().minCount(baskets.size());
        FrequentItemsets sets = ItemsetMiner.mine(
                baskets,
                options.maxItems(),
                minCount,
                options.maxItemsets(),
                options.minSupport().toString());
        long passing = countPassing(sets);
        if (passing > options.maxItemsets()) {
            throw new InvalidInputException(
                    String.format(
                            Locale.ROOT,
                            "--min-support %s would keep %,d rules, more than the limit of %,d (--max-itemsets): "
                                    + "raise --min-support, --min-confidence or --min-lift",
                            options.minSupport(),
                            passing,
                            options.maxItemsets()),
                    "--min-support");
        }
        Scan scan = scan(sets, baskets);
        long multi = 0;
        for (int k = 0; k < sets.size(); k++) {
            multi += sets.ranks(sets.key(k)).length > 1 ? 1 : 0;
        }
        BasketRules.Removed removed = new BasketRules.Removed(sets.belowSupport(), scan.lowConfidence, scan.lowLift);
        String suggestion = suggest && scan.rules.isEmpty() ? suggest(baskets, sets, multi, scan) : null;
        scan.rules.sort(RuleSort.LIFT.comparator());
        return new BasketRules(
                baskets.size(),
                baskets.items(),
                baskets.lines(),
                basketOptions,
                options,
                minCount,
                multi,
                scan.rules,
                removed,
                suggestion);
    }

    /** What one pass over the candidate rules found. */
    private static final class Scan {
        final List<AssociationRule> rules = new ArrayList<>();
        long lowConfidence;
        long lowLift;
        double bestConfidence;
        double bestLift;
    }

    private long countPassing(FrequentItemsets sets) {
        long[] passing = {0};
        forEachSplit(sets, (c, a, b) -> {
            if (passes(c, a, b, sets.baskets())) {
                passing[0]++;
            }
        });
        return passing[0];
    }

    private boolean passes(long c, long a, long b, long n) {
        return confidenceOk(c, a) && (double) c * n / ((double) a * b) >= options.minLift();
    }

    private boolean confidenceOk(long c, long a) {
        return options.minConfidence() <= 0 || (double) c / a >= options.minConfidence();
    }

    private Scan scan(FrequentItemsets sets, Baskets baskets) {
        Scan scan = new Scan();
        int n = sets.baskets();
        for (int k = 0; k < sets.size(); k++) {
            int[] ranks = sets.ranks(sets.key(k));
            if (ranks.length < 2) {
                continue;
            }
            int c = (int) sets.count(k);
            int full = (1 << ranks.length) - 1;
            for (int mask = 1; mask < full; mask++) {
                int a = sets.count(sets.pack(ranks, mask));
                int b = sets.count(sets.pack(ranks, full & ~mask));
                double confidence = (double) c / a;
                double lift = (double) c * n / ((double) a * b);
                scan.bestConfidence = Math.max(scan.bestConfidence, confidence);
                if (!confidenceOk(c, a)) {
                    scan.lowConfidence++;
                    continue;
                }
                scan.bestLift = Math.max(scan.bestLift, lift);
                if (lift < options.minLift()) {
                    scan.lowLift++;
                    continue;
                }
                scan.rules.add(rule(sets, baskets, ranks, mask, full & ~mask, c, a, b));
            }
        }
        return scan;
    }

    private interface SplitVisitor {
        void visit(long both, long antecedent, long consequent);
    }

    private static void forEachSplit(FrequentItemsets sets, SplitVisitor visitor) {
        for (int k = 0; k < sets.size(); k++) {
            int[] ranks = sets.ranks(sets.key(k));
            int full = (1 << ranks.length) - 1;
            for (int mask = 1; ranks.length > 1 && mask < full; mask++) {
                visitor.visit(
                        sets.count(k), sets.count(sets.pack(ranks, mask)), sets.count(sets.pack(ranks, full & ~mask)));
            }
        }
    }

    private static AssociationRule rule(
            FrequentItemsets sets, Baskets baskets, int[] ranks, int aMask, int bMask, int c, int a, int b) {
        int[] left = items(sets, ranks, aMask, baskets);
        int[] right = items(sets, ranks, bMask, baskets);
        return new AssociationRule(
                names(left, baskets, false),
                names(right, baskets, false),
                names(left, baskets, true),
                names(right, baskets, true),
                c,
                a,
                b,
                sets.baskets());
    }

    /** The items of the masked ranks, sorted by their key. */
    private static int[] items(FrequentItemsets sets, int[] ranks, int mask, Baskets baskets) {
        return Arrays.stream(ranks)
                .filter(r -> (mask & (1 << indexOf(ranks, r))) != 0)
                .map(sets::rankItem)
                .boxed()
                .sorted((x, y) -> baskets.item(x).compareTo(baskets.item(y)))
                .mapToInt(Integer::intValue)
                .toArray();
    }

    private static int indexOf(int[] ranks, int r) {
        for (int i = 0; i < ranks.length; i++) {
            if (ranks[i] == r) {
                return i;
            }
        }
        return -1;
    }

    private static List<String> names(int[] items, Baskets baskets, boolean descriptions) {
        return Arrays.stream(items)
                .mapToObj(i -> descriptions ? baskets.description(i) : baskets.item(i))
                .toList();
    }

    private String suggest(Baskets baskets, FrequentItemsets sets, long multi, Scan scan) {
        String removed = String.format(
                Locale.ROOT,
                "no rule passed the thresholds: --min-support %s removed %,d itemsets, --min-confidence %s removed "
                        + "%,d rules, --min-lift %s removed %,d rules",
                options.minSupport(),
                sets.belowSupport(),
                number(options.minConfidence()),
                scan.lowConfidence,
                number(options.minLift()),
                scan.lowLift);
        if (multi == 0) {
            long[] pair = ItemsetMiner.mostFrequentPair(baskets);
            if (pair[2] == 0) {
                return removed + "; no basket has two different items, so no threshold gives a rule";
            }
            return removed
                    + String.format(
                            Locale.ROOT,
                            "; try --min-support %s (the most frequent pair, %s + %s, is in %,d of %,d baskets)",
                            floor((double) pair[2] / baskets.size()),
                            baskets.item((int) pair[0]),
                            baskets.item((int) pair[1]),
                            pair[2],
                            baskets.size());
        }
        if (scan.lowConfidence > 0 && scan.lowLift == 0) {
            return removed + "; try --min-confidence " + floor(scan.bestConfidence) + " (the best confidence seen)";
        }
        return removed + "; try --min-lift " + floor(scan.bestLift) + " (the best lift seen)";
    }

    /** {@code x} rounded down to three significant digits (so the suggested threshold passes the best value). */
    static String floor(double x) {
        int digits = 2 - (int) Math.floor(Math.log10(x));
        double scale = Math.pow(10, digits);
        double v = Math.floor(x * scale * (1 + 1e-12)) / scale;
        return new java.math.BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString();
    }

    private static String number(double x) {
        return x == 0
                ? "(none)"
                : new java.math.BigDecimal(Double.toString(x))
                        .stripTrailingZeros()
                        .toPlainString();
    }
}
