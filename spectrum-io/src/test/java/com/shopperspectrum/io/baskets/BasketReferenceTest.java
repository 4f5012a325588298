package com.shopperspectrum.io.baskets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.shopperspectrum.core.baskets.AssociationRule;
import com.shopperspectrum.core.baskets.BasketOptions;
import com.shopperspectrum.core.baskets.BasketRules;
import com.shopperspectrum.core.baskets.Baskets;
import com.shopperspectrum.core.baskets.ItemKey;
import com.shopperspectrum.core.baskets.RuleMiner;
import com.shopperspectrum.core.baskets.RuleOptions;
import com.shopperspectrum.core.baskets.SupportThreshold;
import com.shopperspectrum.core.clean.Cleaner;
import com.shopperspectrum.core.clean.CleaningOptions;
import com.shopperspectrum.core.data.RealData;
import com.shopperspectrum.core.data.TransactionTable;
import com.shopperspectrum.io.ReadOptions;
import com.shopperspectrum.io.TransactionReader;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Basket rules on the real Online Retail file, from the sales lines of the original cleaning (lines without a
 * customer id kept): the published France example (Moffitt, "Introduction to Market Basket Analysis in Python",
 * pbpython 2017, with mlxtend: 392 baskets, three named rules) and, for the whole file at min support 0.01 with
 * two items, the independent pandas/scipy reference {@code bench/basket_reference.py} (pandas 1.5.3, numpy 1.24.2,
 * scipy 1.10.1; its output is {@code src/test/resources/reference/basket_rules_by_pandas.csv}, the command in the
 * script's docstring): the same rules with the same counts. Skipped, visibly, when the data folder is absent.
 */
class BasketReferenceTest {
    private static TransactionTable sales;

    @BeforeAll
    static void load() {
        TransactionTable raw = new TransactionReader()
                .read(RealData.file(RealData.ONLINE_RETAIL), ReadOptions.DEFAULT)
                .table();
        sales = new Cleaner(CleaningOptions.ORIGINAL).sales(raw);
    }

    static AssociationRule rule(BasketRules rules, String antecedent, String consequent) {
        return rules.rules().stream()
                .filter(r -> r.antecedent().equals(java.util.List.of(antecedent))
                        && r.consequent().equals(java.util.List.of(consequent)))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no rule " + antecedent + " => " + consequent));
    }

    @Test
    void thePublishedFranceExample() {
        BasketOptions france = BasketOptions.DEFAULT.withCountry("France").withItem(ItemKey.DESCRIPTION);
        Baskets baskets = Baskets.of(sales, france);
        BasketRules rules =
                new RuleMiner(RuleOptions.DEFAULT.withMinSupport(SupportThreshold.ofShare(0.07))).mine(baskets, france);
        assertThat(rules.baskets()).isEqualTo(392);
        assertThat(rules.rules())
                .hasSize(20)
                .allSatisfy(r -> assertThat(r.lift()).isGreaterThanOrEqualTo(1));
        AssociationRule greenRed = rule(rules, "ALARM CLOCK BAKELIKE GREEN", "ALARM CLOCK BAKELIKE RED");
        assertThat(greenRed.confidence()).isCloseTo(0.815789, within(1e-6));
        assertThat(greenRed.lift()).isCloseTo(8.642959, within(1e-6));
        AssociationRule pinkGreen = rule(rules, "ALARM CLOCK BAKELIKE PINK", "ALARM CLOCK BAKELIKE GREEN");
        assertThat(pinkGreen.confidence()).isCloseTo(0.725, within(1e-6));
        assertThat(pinkGreen.lift()).isCloseTo(7.478947, within(1e-6));
        AssociationRule plates = rule(rules, "SET/6 RED SPOTTY PAPER PLATES", "SET/6 RED SPOTTY PAPER CUPS");
        assertThat(plates.confidence()).isCloseTo(0.96, within(1e-6));
        assertThat(plates.lift()).isCloseTo(6.968889, within(1e-6));
    }

    @Test
    void theLargerCountriesRulesAreThoseOfTheirOwnBaskets() {
        // one pass over the lines for every country gives what one Baskets.of per country gives
        var countries =
                com.shopperspectrum.core.baskets.CountryRules.of(sales, BasketOptions.DEFAULT, RuleOptions.DEFAULT);
        assertThat(countries)
                .extracting(com.shopperspectrum.core.baskets.CountryRules::country)
                .containsExactly("United Kingdom", "Germany", "France", "EIRE");
        for (var c : countries) {
            BasketOptions one = BasketOptions.DEFAULT.withCountry(c.country());
            Baskets own = Baskets.of(sales, one);
            RuleOptions within = com.shopperspectrum.core.baskets.CountryRules.within(RuleOptions.DEFAULT, own.size());
            assertThat(c.rules())
                    .as(c.country())
                    .isEqualTo(com.shopperspectrum.core.baskets.BasketModel.of(new RuleMiner(within).mine(own, one)));
            assertThat(c.rules().minCount()).isGreaterThanOrEqualTo(10);
        }
        assertThat(countries.get(2).rules().baskets()).isEqualTo(392); // the France example's baskets
    }

    @Test
    void theWholeFileAgreesWithThePandasReference() throws IOException {
        Baskets baskets = Baskets.of(sales, BasketOptions.DEFAULT);
        BasketRules rules = new RuleMiner(RuleOptions.DEFAULT).mine(baskets, BasketOptions.DEFAULT);
        Map<String, String[]> expected = reference();
        assertThat(rules.baskets()).isEqualTo(19_960);
        assertThat(rules.rules()).hasSize(expected.size()).hasSize(1754);
        for (AssociationRule r : rules.rules()) {
            String key = r.antecedent().get(0) + ">" + r.consequent().get(0);
            String[] row = expected.get(key);
            assertThat(row).as("rule %s in the reference", key).isNotNull();
            assertThat(r.basketsBoth()).as(key).isEqualTo(Long.parseLong(row[2]));
            assertThat(r.basketsAntecedent()).as(key).isEqualTo(Long.parseLong(row[3]));
            assertThat(r.basketsConsequent()).as(key).isEqualTo(Long.parseLong(row[4]));
            assertThat(r.support()).as(key).isCloseTo(Double.parseDouble(row[5]), within(1e-12));
            assertThat(r.confidence()).as(key).isCloseTo(Double.parseDouble(row[6]), within(1e-12));
            assertThat(r.lift()).as(key).isCloseTo(Double.parseDouble(row[7]), within(1e-9));
            assertThat(r.leverage()).as(key).isCloseTo(Double.parseDouble(row[8]), within(1e-12));
            if (row.length < 10 || row[9].isEmpty()) {
                assertThat(r.conviction()).as(key).isNull();
            } else {
                assertThat(r.conviction()).as(key).isCloseTo(Double.parseDouble(row[9]), within(1e-9));
            }
        }
    }

    private static Map<String, String[]> reference() throws IOException {
        Map<String, String[]> rows = new HashMap<>();
        try (var in = BasketReferenceTest.class.getResourceAsStream("/reference/basket_rules_by_pandas.csv");
                var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.readLine(); // provenance
            reader.readLine(); // header
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] f = line.split(",", -1);
                rows.put(f[0] + ">" + f[1], f);
            }
        }
        return rows;
    }
}
