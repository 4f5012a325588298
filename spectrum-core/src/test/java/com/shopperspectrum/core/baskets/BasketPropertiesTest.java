package com.shopperspectrum.core.baskets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** The invariants of the rules, and the miner against brute-force counting on random small basket sets. */
class BasketPropertiesTest {
    static String[][] baskets(List<List<Integer>> lists) {
        return lists.stream()
                .map(l -> l.stream().map(i -> "i" + i).toArray(String[]::new))
                .toArray(String[][]::new);
    }

    static BasketRules mine(List<List<Integer>> lists, int maxItems, int minCount) {
        RuleOptions options = new RuleOptions(
                maxItems,
                minCount == 1 ? SupportThreshold.ofShare(1e-9) : SupportThreshold.ofCount(minCount),
                0,
                0,
                10_000_000);
        return new RuleMiner(options).mine(Baskets.ofItems(baskets(lists)), BasketOptions.DEFAULT);
    }

    @Property(tries = 200)
    void supportConfidenceAndLiftInvariants(
            @ForAll @Size(min = 1, max = 30) List<@Size(max = 6) List<@IntRange(min = 0, max = 7) Integer>> lists,
            @ForAll @IntRange(min = 2, max = 3) int maxItems) {
        BasketRules rules = mine(lists, maxItems, 1);
        Map<String, AssociationRule> byKey = new HashMap<>();
        for (AssociationRule r : rules.rules()) {
            double supportA = (double) r.basketsAntecedent() / r.baskets();
            double supportB = (double) r.basketsConsequent() / r.baskets();
            assertThat(r.support()).isLessThanOrEqualTo(Math.min(supportA, supportB));
            assertThat(r.confidence()).isLessThanOrEqualTo(1.0).isPositive();
            assertThat(Double.isFinite(r.lift()) && Double.isFinite(r.leverage()))
                    .isTrue();
            assertThat(r.conviction() == null || Double.isFinite(r.conviction()))
                    .isTrue();
            byKey.put(r.antecedent() + ">" + r.consequent(), r);
        }
        for (AssociationRule r : rules.rules()) {
            AssociationRule reverse = byKey.get(r.consequent() + ">" + r.antecedent());
            assertThat(reverse).as("the reverse of %s", r).isNotNull();
            assertThat(reverse.lift()).isCloseTo(r.lift(), within(1e-12));
        }
    }

    @Property(tries = 200)
    void theMinerEqualsBruteForceCounting(
            @ForAll @Size(min = 1, max = 25) List<@Size(max = 7) List<@IntRange(min = 0, max = 9) Integer>> lists,
            @ForAll @IntRange(min = 2, max = 4) int maxItems,
            @ForAll @IntRange(min = 1, max = 4) int minCount) {
        Map<String, Integer> expected = bruteForce(lists, maxItems);
        FrequentItemsets sets = ItemsetMiner.mine(Baskets.ofItems(baskets(lists)), maxItems, minCount, 1L << 40, "t");
        Baskets b = Baskets.ofItems(baskets(lists));
        Map<String, Integer> found = new HashMap<>();
        for (int k = 0; k < sets.size(); k++) {
            TreeSet<String> names = new TreeSet<>();
            for (int i : sets.items(k)) {
                names.add(b.item(i));
            }
            assertThat(found.put(names.toString(), (int) sets.count(k))).isNull();
        }
        expected.values().removeIf(c -> c < minCount);
        assertThat(found).isEqualTo(expected);
    }

    /** Every itemset of 1..maxItems items of every basket, counted by enumerating each basket's subsets. */
    static Map<String, Integer> bruteForce(List<List<Integer>> lists, int maxItems) {
        Map<String, Integer> counts = new HashMap<>();
        for (List<Integer> basket : lists) {
            List<String> items = new ArrayList<>(
                    new TreeSet<>(basket.stream().map(i -> "i" + i).toList()));
            for (int mask = 1; mask < (1 << items.size()); mask++) {
                if (Integer.bitCount(mask) > maxItems) {
                    continue;
                }
                TreeSet<String> subset = new TreeSet<>();
                for (int i = 0; i < items.size(); i++) {
                    if ((mask & (1 << i)) != 0) {
                        subset.add(items.get(i));
                    }
                }
                counts.merge(subset.toString(), 1, Integer::sum);
            }
        }
        return counts;
    }

    @Property(tries = 50)
    void suggestedThresholdsGiveARule(
            @ForAll @Size(min = 2, max = 30) List<@Size(max = 5) List<@IntRange(min = 0, max = 6) Integer>> lists) {
        BasketRules none = mine(lists, 2, lists.size());
        if (!none.rules().isEmpty()
                || none.suggestion() == null
                || !none.suggestion().contains("try --min-support")) {
            return;
        }
        String value = none.suggestion().replaceAll(".*try --min-support ([0-9.E-]+).*", "$1");
        RuleOptions retry = new RuleOptions(2, SupportThreshold.parse(value), 0, 0, 10_000_000);
        assertThat(new RuleMiner(retry)
                        .mine(Baskets.ofItems(baskets(lists)), BasketOptions.DEFAULT)
                        .rules())
                .as(Arrays.deepToString(baskets(lists)) + " with " + value)
                .isNotEmpty();
    }
}
