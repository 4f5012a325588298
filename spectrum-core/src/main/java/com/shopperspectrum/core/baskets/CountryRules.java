package com.shopperspectrum.core.baskets;

import com.shopperspectrum.core.data.TransactionTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The pair rules of one country's baskets, stored in the model for the larger countries so that the Baskets page
 * can filter the rules by country without the data: every country with at least {@link #MIN_BASKETS} baskets,
 * mined at the model's thresholds with at least {@link #MIN_TOGETHER} baskets together (a small country's 1 %
 * is a handful of orders, too few to call a pair a habit).
 *
 * @param country the country as the data spells it
 * @param rules   its pair rules (their own basket count, support and lift within the country)
 */
public record CountryRules(String country, BasketModel rules) {
    /** Countries with fewer baskets than this have no rules of their own. */
    public static final int MIN_BASKETS = 200;

    /** The fewest baskets a pair must be in, whatever the share gives. */
    public static final long MIN_TOGETHER = 10;

    public CountryRules {
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(rules, "rules");
    }

    /**
     * The rules of each country of {@code sales} with at least {@link #MIN_BASKETS} invoices (its baskets), largest
     * first (ties by name).
     *
     * @param options the model's basket options (a country in them is ignored)
     * @param rules   the model's thresholds
     */
    public static List<CountryRules> of(TransactionTable sales, BasketOptions options, RuleOptions rules) {
        Baskets[] byCountry = Baskets.byCountry(sales, options);
        List<Integer> large = new ArrayList<>();
        for (int c = 0; c < byCountry.length; c++) {
            if (byCountry[c] != null && byCountry[c].size() >= MIN_BASKETS) {
                large.add(c);
            }
        }
        large.sort((a, b) -> byCountry[a].size() != byCountry[b].size()
                ? Integer.compare(byCountry[b].size(), byCountry[a].size())
                : sales.countries().get(a).compareTo(sales.countries().get(b)));
        List<CountryRules> result = new ArrayList<>();
        for (int c : large) {
            RuleOptions within = within(rules, byCountry[c].size());
            if (within != null) {
                String name = sales.countries().get(c);
                BasketModel own =
                        BasketModel.of(new RuleMiner(within).mineRules(byCountry[c], options.withCountry(name)));
                result.add(new CountryRules(name, own));
            }
        }
        return List.copyOf(result);
    }

    /**
     * The thresholds of a country's own rules among its {@code baskets}: the model's, in at least
     * {@link #MIN_TOGETHER} baskets; null when the country has too few baskets for rules of its own.
     */
    public static RuleOptions within(RuleOptions rules, int baskets) {
        if (baskets < MIN_BASKETS) {
            return null;
        }
        long count = Math.max(MIN_TOGETHER, rules.minSupport().minCount(baskets));
        return count > baskets ? null : rules.withMaxItems(2).withMinSupport(SupportThreshold.ofCount(count));
    }
}
