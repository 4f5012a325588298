package com.shopperspectrum.core.baskets;

import java.util.Objects;

/**
 * What the rule miner finds.
 *
 * @param maxItems      the largest itemset, 2 to 4 (a rule's antecedent and consequent together; default 2)
 * @param minSupport    the minimum support of the rule's whole itemset (default 0.01)
 * @param minConfidence the minimum confidence, in (0, 1], or 0 for none (the default)
 * @param minLift       the minimum lift, finite and &ge; 0 (default 1.0: rules at least as likely as chance)
 * @param maxItemsets   the memory guard: mining is refused, with the count, when more itemsets than this would
 *                      be kept (default {@link #DEFAULT_MAX_ITEMSETS})
 */
public record RuleOptions(
        int maxItems, SupportThreshold minSupport, double minConfidence, double minLift, long maxItemsets) {
    /** One million itemsets: about 100 MB of counts and rules at most. */
    public static final long DEFAULT_MAX_ITEMSETS = 1_000_000;

    public static final RuleOptions DEFAULT =
            new RuleOptions(2, SupportThreshold.ofShare(0.01), 0, 1.0, DEFAULT_MAX_ITEMSETS);

    public RuleOptions {
        Objects.requireNonNull(minSupport, "minSupport");
        if (maxItems < 2 || maxItems > 4) {
            throw new IllegalArgumentException("--max-items must be 2, 3 or 4, got " + maxItems);
        }
        if (!(minConfidence >= 0 && minConfidence <= 1)) {
            throw new IllegalArgumentException("--min-confidence must be in (0, 1], got " + minConfidence);
        }
        if (!(minLift >= 0 && Double.isFinite(minLift))) {
            throw new IllegalArgumentException("--min-lift must be a finite number >= 0, got " + minLift);
        }
        if (maxItemsets < 1) {
            throw new IllegalArgumentException("--max-itemsets must be at least 1, got " + maxItemsets);
        }
    }

    public RuleOptions withMinSupport(SupportThreshold value) {
        return new RuleOptions(maxItems, value, minConfidence, minLift, maxItemsets);
    }

    public RuleOptions withMaxItems(int value) {
        return new RuleOptions(value, minSupport, minConfidence, minLift, maxItemsets);
    }
}
