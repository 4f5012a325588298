package com.shopperspectrum.core.baskets;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The basket part of a model: the pair rules A ⇒ B of the training's baskets (one per invoice, items by stock code,
 * non-products left out) at its thresholds, what "bought together" and "complete the basket" answer from.
 *
 * @param baskets    the number of baskets the rules were counted on
 * @param minSupport the minimum support as given ({@code 0.01} or a basket count)
 * @param minCount   the minimum number of baskets a pair needed
 * @param minLift    the minimum lift
 * @param rules      the pair rules (one item each side), by lift, highest first
 * @param countries  the larger countries' own pair rules (see {@link CountryRules}), largest first; empty when
 *                   not computed (a model of an earlier version, or a country's own rules)
 */
public record BasketModel(
        int baskets,
        String minSupport,
        long minCount,
        double minLift,
        List<AssociationRule> rules,
        List<CountryRules> countries) {
    /**
     * Products by lift, then by baskets together, then by code (consequent, antecedent): one total order for every
     * answer and for the stored rules, whichever engine counted them.
     */
    private static final Comparator<AssociationRule> BEST = Comparator.comparingDouble(AssociationRule::lift)
            .reversed()
            .thenComparing(
                    Comparator.comparingLong(AssociationRule::basketsBoth).reversed())
            .thenComparing(r -> r.consequent().get(0))
            .thenComparing(r -> r.antecedent().get(0));

    public BasketModel {
        Objects.requireNonNull(minSupport, "minSupport");
        rules = List.copyOf(rules);
        countries = countries == null ? List.of() : List.copyOf(countries);
        for (AssociationRule r : rules) {
            if (r.antecedent().size() != 1 || r.consequent().size() != 1 || r.baskets() != baskets) {
                throw new IllegalArgumentException("basket part: rule " + r.antecedent() + " => " + r.consequent()
                        + " is not a pair rule of the " + baskets + " baskets");
            }
        }
    }

    /**
     * The basket part of a model: the pair rules of {@code baskets} at {@code rules}' thresholds (its item limit
     * aside), by lift; what both engines store.
     */
    public static BasketModel mine(Baskets baskets, RuleOptions rules, BasketOptions options) {
        return of(new RuleMiner(rules.withMaxItems(2)).mineRules(baskets, options));
    }

    /** A part without per-country rules. */
    public BasketModel(int baskets, String minSupport, long minCount, double minLift, List<AssociationRule> rules) {
        this(baskets, minSupport, minCount, minLift, rules, List.of());
    }

    /** The same rules with the larger countries' own. */
    public BasketModel withCountries(List<CountryRules> value) {
        return new BasketModel(baskets, minSupport, minCount, minLift, rules, value);
    }

    /** The rules of {@code country} (case-insensitive), or null when the model has none for it. */
    public CountryRules country(String country) {
        for (CountryRules c : countries) {
            if (c.country().equalsIgnoreCase(country.strip())) {
                return c;
            }
        }
        return null;
    }

    /** The pair rules of {@code mined} (larger itemsets left out), by lift. */
    public static BasketModel of(BasketRules mined) {
        List<AssociationRule> pairs = new ArrayList<>();
        for (AssociationRule r : mined.rules()) {
            if (r.items() == 2) {
                pairs.add(r);
            }
        }
        return of(mined.baskets(), mined.ruleOptions(), mined.minCount(), pairs);
    }

    /** The part of {@code pairs} (pair rules of {@code baskets} baskets mined at {@code options}), sorted by lift. */
    public static BasketModel of(int baskets, RuleOptions options, long minCount, List<AssociationRule> pairs) {
        List<AssociationRule> sorted = new ArrayList<>(pairs);
        sorted.sort(BEST);
        return new BasketModel(baskets, options.minSupport().toString(), minCount, options.minLift(), sorted);
    }

    /** The {@code n} products most often bought together with {@code stockCode}: its rules by lift. */
    public List<AssociationRule> boughtTogether(String stockCode, int n) {
        return rules.stream()
                .filter(r -> r.antecedent().get(0).equals(stockCode))
                .sorted(BEST)
                .limit(n)
                .toList();
    }

    /**
     * What completes a basket of {@code items}: per product not in it, the best rule (by lift) whose antecedent is
     * in the basket; the {@code n} best of those, each with the rule that fired.
     */
    public List<AssociationRule> complete(Collection<String> items, int n) {
        Set<String> basket = new HashSet<>(items);
        Map<String, AssociationRule> best = new HashMap<>();
        for (AssociationRule r : rules) {
            String consequent = r.consequent().get(0);
            if (basket.contains(r.antecedent().get(0)) && !basket.contains(consequent)) {
                best.merge(consequent, r, (a, b) -> BEST.compare(a, b) <= 0 ? a : b);
            }
        }
        return best.values().stream().sorted(BEST).limit(n).toList();
    }
}
