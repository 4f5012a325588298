package com.shopperspectrum.core.baskets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.shopperspectrum.core.clean.NonProductCodes;
import com.shopperspectrum.core.data.InvalidInputException;
import com.shopperspectrum.core.data.TransactionTable;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hand-checkable baskets: counts, measures, thresholds, the explanation and the guard. */
class RuleMinerTest {
    /** Five baskets: {a,b,c}, {a,b}, {a,c}, {b}, {d}. */
    static final String[][] FIVE = {{"a", "b", "c"}, {"a", "b"}, {"a", "c"}, {"b"}, {"d"}};

    static RuleOptions options(String support, int maxItems, double minConfidence, double minLift) {
        return new RuleOptions(maxItems, SupportThreshold.parse(support), minConfidence, minLift, 1000);
    }

    static BasketRules mine(String[][] baskets, RuleOptions options) {
        return new RuleMiner(options).mine(Baskets.ofItems(baskets), BasketOptions.DEFAULT);
    }

    static AssociationRule rule(BasketRules rules, String antecedent, String consequent) {
        return rules.rules().stream()
                .filter(r -> String.join("+", r.antecedent()).equals(antecedent)
                        && String.join("+", r.consequent()).equals(consequent))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no rule " + antecedent + " => " + consequent));
    }

    @Test
    void countsAndMeasuresOfAPairRule() {
        BasketRules rules = mine(FIVE, options("2", 2, 0, 0));
        AssociationRule ab = rule(rules, "a", "b");
        // a in 3 baskets, b in 3, both in 2, of 5
        assertThat(ab.basketsBoth()).isEqualTo(2);
        assertThat(ab.basketsAntecedent()).isEqualTo(3);
        assertThat(ab.basketsConsequent()).isEqualTo(3);
        assertThat(ab.support()).isCloseTo(0.4, within(1e-15));
        assertThat(ab.confidence()).isCloseTo(2.0 / 3, within(1e-15));
        assertThat(ab.lift()).isCloseTo((2.0 / 3) / 0.6, within(1e-15));
        assertThat(ab.leverage()).isCloseTo(0.4 - 0.36, within(1e-15));
        assertThat(ab.conviction()).isCloseTo((1 - 0.6) / (1 - 2.0 / 3), within(1e-12));
        // pairs with at least 2 baskets: {a,b}, {a,c}; {b,c} (1 basket) and the item d... removed by support
        assertThat(rules.rules()).hasSize(4);
        assertThat(rules.removed().minSupport()).isEqualTo(2); // d (1 basket) and {b,c} (1 basket)
    }

    @Test
    void theMinimumLiftDropsRulesBelowChance() {
        // lift(a => b) = 1.111..., lift(a => c) = (2/3)/(2/5) = 1.667: both kept at 1.0, a => b removed at 1.2
        BasketRules rules = mine(FIVE, options("2", 2, 0, 1.2));
        assertThat(rules.rules())
                .extracting(r -> r.antecedent().get(0) + ">" + r.consequent().get(0))
                .containsExactly("c>a", "a>c"); // same lift and support; c => a has confidence 1
        assertThat(rules.removed().minLift()).isEqualTo(2);
    }

    @Test
    void convictionIsNullWhenTheRuleNeverFails() {
        BasketRules rules = mine(FIVE, options("2", 2, 0, 0));
        AssociationRule ca = rule(rules, "c", "a"); // both baskets with c have a
        assertThat(ca.confidence()).isEqualTo(1.0);
        assertThat(ca.conviction()).isNull();
    }

    @Test
    void threeItemRulesSplitEveryWay() {
        String[][] baskets = {{"a", "b", "c"}, {"a", "b", "c"}, {"a", "b"}, {"c"}};
        BasketRules rules = mine(baskets, options("2", 3, 0, 0));
        // itemsets of 2+: ab(3), ac(2), bc(2), abc(2): 2 + 2 + 2 + 6 rules
        assertThat(rules.itemsets()).isEqualTo(4);
        assertThat(rules.rules()).hasSize(12);
        AssociationRule abToC = rule(rules, "a+b", "c");
        assertThat(abToC.basketsBoth()).isEqualTo(2);
        assertThat(abToC.basketsAntecedent()).isEqualTo(3);
        assertThat(abToC.basketsConsequent()).isEqualTo(3);
    }

    @Test
    void whenNothingPassesItSaysWhatEachThresholdRemovedAndWhatToTry() {
        BasketRules high = mine(FIVE, options("0.9", 2, 0, 1));
        assertThat(high.rules()).isEmpty();
        assertThat(high.suggestion())
                .contains("--min-support 0.9 removed 4 itemsets")
                .contains("try --min-support 0.4 (the most frequent pair, a + b, is in 2 of 5 baskets)");
        BasketRules confident = mine(FIVE, options("2", 2, 1.0, 0));
        assertThat(confident.rules()).extracting(r -> r.antecedent().get(0)).containsExactly("c");
        BasketRules none = mine(FIVE, options("2", 2, 0, 2));
        assertThat(none.suggestion()).contains("--min-lift 2 removed 4 rules").contains("try --min-lift 1.66");
        assertThat(mine(FIVE, options("2", 2, 0, 0)).suggestion()).isNull();
    }

    @Test
    void aBasketCountAboveTheBasketsIsRefused() {
        assertThatThrownBy(() -> mine(FIVE, options("6", 2, 0, 1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--min-support 6 is more baskets than there are (5)");
        assertThatThrownBy(() -> SupportThreshold.parse("1.5")).hasMessageContaining("--min-support");
        assertThatThrownBy(() -> SupportThreshold.parse("0")).hasMessageContaining("'0'");
        assertThatThrownBy(() -> options("0.1", 5, 0, 1)).hasMessageContaining("--max-items must be 2, 3 or 4, got 5");
        assertThatThrownBy(() -> options("0.1", 2, 1.5, 1)).hasMessageContaining("--min-confidence");
    }

    @Test
    void theGuardRefusesWithTheCountBeforeKeepingTheItemsets() {
        String[][] baskets = {{"a", "b", "c", "d"}, {"a", "b", "c", "d"}};
        RuleOptions tight = new RuleOptions(2, SupportThreshold.ofShare(0.5), 0, 0, 5);
        // 4 items + 6 pairs = 10 itemsets, more than 5: refused with the exact count
        assertThatThrownBy(() -> new RuleMiner(tight).mine(Baskets.ofItems(baskets), BasketOptions.DEFAULT))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("would keep 10 itemsets of up to 2 items, more than the limit of 5");
        RuleOptions deep = new RuleOptions(4, SupportThreshold.ofShare(0.5), 0, 0, 12);
        assertThatThrownBy(() -> new RuleMiner(deep).mine(Baskets.ofItems(baskets), BasketOptions.DEFAULT))
                .hasMessageContaining("more than 12 itemsets");
    }

    @Test
    void basketsFromSalesLines() {
        TransactionTable.Builder b =
                TransactionTable.builder().hasInvoices(true).hasPrices(true);
        b.add("1", "10A", "ALPHA ", 1, 0, 1.0, "c1", "France");
        b.add("1", "20B", "BETA", 1, 0, 1.0, "c1", "France");
        b.add("1", "POST", "POSTAGE", 1, 0, 1.0, "c1", "France");
        b.add("2", "10A", "ALPHA", 2, 86_400, 1.0, null, "France");
        b.add("2", "10A", "ALPHA", 1, 86_400, 1.0, null, "France");
        b.add("3", "POST", "POSTAGE", 1, 0, 1.0, "c2", "France");
        b.add("4", "20B", "BETA", 1, 0, 1.0, "c3", "Germany");
        TransactionTable t = b.build();
        Baskets all = Baskets.of(t, BasketOptions.DEFAULT);
        assertThat(all.size()).isEqualTo(4); // invoice 3 (postage alone) still counts
        assertThat(all.items()).isEqualTo(2);
        assertThat(all.linesLeftOut()).isEqualTo(2);
        Baskets france = Baskets.of(t, BasketOptions.DEFAULT.withCountry("france"));
        assertThat(france.size()).isEqualTo(3);
        BasketOptions customers =
                new BasketOptions(BasketScope.INVOICE, ItemKey.STOCK_CODE, true, true, null, NonProductCodes.DEFAULT);
        Baskets withCustomers = Baskets.of(t, customers);
        assertThat(withCustomers.size()).isEqualTo(3);
        assertThat(withCustomers.items()).isEqualTo(3); // POST included
        BasketOptions days = new BasketOptions(
                BasketScope.CUSTOMER_DAY, ItemKey.DESCRIPTION, false, false, null, NonProductCodes.DEFAULT);
        Baskets byDay = Baskets.of(t, days);
        assertThat(byDay.size()).isEqualTo(3); // c1's day, c2's day, c3's day; the line without a customer left out
        assertThat(List.of(byDay.item(0), byDay.item(1))).containsExactly("ALPHA", "BETA"); // descriptions trimmed
        assertThatThrownBy(() -> Baskets.of(t, BasketOptions.DEFAULT.withCountry("Frnace")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("--country 'Frnace' is not in the data (2 countries); did you mean 'France'?");
    }
}
