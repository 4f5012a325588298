package com.shopperspectrum.core.baskets;

import java.util.List;
import java.util.Objects;

/**
 * The result of {@link RuleMiner}: the rules that passed every threshold (by lift, descending, see
 * {@link RuleSort}), what each threshold removed and, when no rule passed, what to try.
 *
 * @param baskets       the number of baskets
 * @param items         the number of distinct items in them
 * @param lines         the sales lines of the baskets
 * @param basketOptions how the baskets were made
 * @param ruleOptions   the thresholds
 * @param minCount      the minimum support as a basket count
 * @param itemsets      the frequent itemsets of two items or more
 * @param rules         the rules, by lift
 * @param removed       what each threshold removed
 * @param suggestion    when no rule passed, which threshold removed them and the value to try; else null
 */
public record BasketRules(
        int baskets,
        int items,
        long lines,
        BasketOptions basketOptions,
        RuleOptions ruleOptions,
        long minCount,
        long itemsets,
        List<AssociationRule> rules,
        Removed removed,
        String suggestion) {
    public BasketRules {
        Objects.requireNonNull(basketOptions, "basketOptions");
        Objects.requireNonNull(ruleOptions, "ruleOptions");
        Objects.requireNonNull(removed, "removed");
        rules = List.copyOf(rules);
    }

    /**
     * What each threshold removed, in the order they apply.
     *
     * @param minSupport    candidate itemsets below the minimum support (see {@link FrequentItemsets#belowSupport})
     * @param minConfidence rules from frequent itemsets below the minimum confidence
     * @param minLift       rules that passed the confidence but not the minimum lift
     */
    public record Removed(long minSupport, long minConfidence, long minLift) {}

    /** The rules in the order of {@code sort}. */
    public List<AssociationRule> sorted(RuleSort sort) {
        return rules.stream().sorted(sort.comparator()).toList();
    }
}
