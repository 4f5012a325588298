package com.shopperspectrum.core.baskets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Pair rules from counts (the Spark engine's path) equal the miner's on the same baskets. */
class PairCountsTest {
    /** The item and pair counts of {@code baskets}, counted by brute force. */
    private static PairCounts count(String[][] baskets) {
        Map<String, Long> items = new HashMap<>();
        Map<String, Long> pairs = new HashMap<>();
        for (String[] basket : baskets) {
            String[] distinct = new TreeSet<>(java.util.List.of(basket)).toArray(String[]::new);
            for (int i = 0; i < distinct.length; i++) {
                items.merge(distinct[i], 1L, Long::sum);
                for (int j = i + 1; j < distinct.length; j++) {
                    pairs.merge(distinct[i] + " " + distinct[j], 1L, Long::sum);
                }
            }
        }
        PairCounts counts = new PairCounts(baskets.length);
        items.forEach((item, n) -> counts.item(item, item, n));
        pairs.forEach((pair, n) -> counts.pair(pair.split(" ")[1], pair.split(" ")[0], n));
        return counts;
    }

    @Test
    void randomBasketsGiveTheMinersPairRules() {
        Random random = new Random(7);
        for (int round = 0; round < 50; round++) {
            String[][] baskets = new String[5 + random.nextInt(40)][];
            for (int b = 0; b < baskets.length; b++) {
                baskets[b] = new String[1 + random.nextInt(5)];
                for (int k = 0; k < baskets[b].length; k++) {
                    baskets[b][k] = "P" + random.nextInt(8);
                }
            }
            RuleOptions options = RuleOptions.DEFAULT
                    .withMinSupport(SupportThreshold.ofShare(0.05 + random.nextDouble() / 4))
                    .withMaxItems(2);
            if (round % 3 == 0) {
                options = new RuleOptions(2, options.minSupport(), 0.4, 0.5, options.maxItemsets());
            }
            BasketModel mined =
                    BasketModel.of(new RuleMiner(options).mine(Baskets.ofItems(baskets), BasketOptions.DEFAULT));
            assertThat(count(baskets).rules(options)).as("round " + round).isEqualTo(mined);
        }
    }

    @Test
    void tooManyRulesAreRefused() {
        String[][] baskets = {{"A", "B", "C"}, {"A", "B", "C"}};
        RuleOptions options = new RuleOptions(2, SupportThreshold.ofShare(0.5), 0, 0, 3);
        assertThatThrownBy(() -> count(baskets).rules(options)).hasMessageContaining("--max-itemsets");
    }
}
