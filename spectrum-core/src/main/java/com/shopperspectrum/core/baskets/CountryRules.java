package com.shopperspectrum.core.baskets;

import com.shopperspectrum.core.data.TransactionTable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

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
     * The rules of each country of {@code sales} with at least {@link #MIN_BASKETS} invoices, largest first.
     *
     * @param options the model's basket options (a country in them is ignored)
     * @param rules   the model's thresholds
     */
    public static List<CountryRules> of(TransactionTable sales, BasketOptions options, RuleOptions rules) {
        int[] invoices = invoicesPerCountry(sales);
        String[] names = sales.countries().values();
        return of(names, invoices, name -> Baskets.of(sales, options.withCountry(name)), options, rules);
    }

    /**
     * The rule of {@link #of(TransactionTable, BasketOptions, RuleOptions)} for an engine that groups the baskets
     * elsewhere (Spark): {@code countries} in the data's order of first appearance, {@code invoices} the invoices
     * of each (counted in the country of an invoice's first sales line with a country), {@code basketsOf} one
     * country's baskets.
     */
    public static List<CountryRules> of(
            String[] countries,
            int[] invoices,
            Function<String, Baskets> basketsOf,
            BasketOptions options,
            RuleOptions rules) {
        Integer[] order = new Integer[invoices.length];
        Arrays.setAll(order, c -> c);
        Arrays.sort(order, (a, b) -> Integer.compare(invoices[b], invoices[a]));
        List<CountryRules> result = new ArrayList<>();
        for (int c : order) {
            if (invoices[c] < MIN_BASKETS) {
                break;
            }
            String name = countries[c];
            BasketOptions one = options.withCountry(name);
            Baskets b = basketsOf.apply(name);
            RuleOptions within = rules.withMaxItems(2)
                    .withMinSupport(SupportThreshold.ofCount(
                            Math.max(MIN_TOGETHER, rules.minSupport().minCount(Math.max(1, b.size())))));
            if (b.size() >= MIN_BASKETS && within.minSupport().count() <= b.size()) {
                result.add(new CountryRules(name, BasketModel.of(new RuleMiner(within).mine(b, one))));
            }
        }
        return List.copyOf(result);
    }

    /** Invoices per country id, each counted in the country of its first sales line. */
    private static int[] invoicesPerCountry(TransactionTable sales) {
        int[] count = new int[sales.countries().size()];
        if (!sales.hasInvoices()) {
            return count;
        }
        boolean[] seen = new boolean[Math.max(1, sales.invoices().size())];
        for (int r = 0; r < sales.size(); r++) {
            int inv = sales.invoice(r);
            if (inv >= 0 && !seen[inv] && sales.country(r) >= 0) {
                seen[inv] = true;
                count[sales.country(r)]++;
            }
        }
        return count;
    }
}
