package com.shopperspectrum.io.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.shopperspectrum.core.baskets.AssociationRule;
import com.shopperspectrum.core.baskets.BasketModel;
import com.shopperspectrum.core.baskets.BasketOptions;
import com.shopperspectrum.core.baskets.Baskets;
import com.shopperspectrum.core.baskets.CountryRules;
import com.shopperspectrum.core.baskets.RuleMiner;
import com.shopperspectrum.core.baskets.RuleOptions;
import com.shopperspectrum.core.baskets.SupportThreshold;
import com.shopperspectrum.core.clean.Cleaner;
import com.shopperspectrum.core.clean.CleaningOptions;
import com.shopperspectrum.core.clean.NonProductCodes;
import com.shopperspectrum.core.data.TransactionTable;
import com.shopperspectrum.core.model.ModelMetadata;
import com.shopperspectrum.core.model.ModelOptions;
import com.shopperspectrum.core.model.ModelTrainer;
import com.shopperspectrum.core.model.SpectrumModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The basket part: the pair rules of the training's invoices, equal to what {@code baskets} mines on the same lines,
 * written and read back equal. Six invoices: {P1, P2} ×3, {P1, P3}, {P2, P3}, {P3, POST} — P1 and P2 in 4
 * each, P3 in 3; P1∪P2 in 3 (lift 3 × 6 / (4 × 4) = 1.125), P1∪P3 and P2∪P3 in 1 (below the support).
 */
class BasketPartTest {
    @TempDir
    Path tmp;

    static TransactionTable lines() {
        TransactionTable.Builder b = TransactionTable.builder();
        LocalDateTime day = LocalDateTime.of(2011, 3, 7, 10, 0);
        String[][] invoices = {{"P1", "P2"}, {"P1", "P2"}, {"P1", "P2"}, {"P1", "P3"}, {"P2", "P3"}, {"P3", "POST"}};
        for (int i = 0; i < invoices.length; i++) {
            for (String code : invoices[i]) {
                b.add("I" + i, code, "ITEM " + code, 1, day.plusDays(i), 1.5, i == 5 ? null : "c" + i, "UK");
            }
        }
        return b.build();
    }

    static SpectrumModel model(RuleOptions baskets) {
        ModelMetadata meta = new ModelMetadata(
                ModelMetadata.FORMAT_VERSION,
                "test",
                "2026-01-01T00:00:00Z",
                new ModelMetadata.InputFile("t.csv", 1, "ab".repeat(32)),
                Map.of(),
                Map.of(),
                Map.of(),
                List.of());
        ModelOptions options = new ModelOptions(
                        null, null, ModelOptions.DEFAULT.matrix(), ModelOptions.DEFAULT.similarity(), 0, null)
                .withBaskets(baskets);
        return new ModelTrainer(NonProductCodes.DEFAULT, options)
                .train(new Cleaner(CleaningOptions.DEFAULT).clean(lines()), meta);
    }

    @Test
    void thePairRulesAreThoseOfTheBasketsCommandAndRoundTrip() throws Exception {
        RuleOptions rules = RuleOptions.DEFAULT.withMinSupport(SupportThreshold.parse("2"));
        SpectrumModel model = model(rules);
        BasketModel part = model.baskets();
        assertThat(part.baskets()).isEqualTo(6); // the line without a customer is an order too
        assertThat(part.rules()).hasSize(2);
        AssociationRule ab = part.boughtTogether("P1", 5).get(0);
        assertThat(ab.consequent()).containsExactly("P2");
        assertThat(ab.lift()).isEqualTo(1.125);
        assertThat(part.boughtTogether("P3", 5)).isEmpty();
        BasketOptions options = BasketOptions.DEFAULT;
        var mined = new RuleMiner(rules)
                .mine(Baskets.of(new Cleaner(CleaningOptions.DEFAULT).sales(lines()), options), options);
        assertThat(part).isEqualTo(BasketModel.of(mined));

        new ModelWriter().write(model, tmp.resolve("m"));
        SpectrumModel read = new ModelReader().read(tmp.resolve("m"));
        assertThat(read.baskets()).isEqualTo(part);
        assertThat(read.baskets().complete(List.of("P2"), 5))
                .singleElement()
                .satisfies(r -> assertThat(r.consequent()).containsExactly("P1"));
        assertThat(read.baskets().complete(List.of("P1", "P2"), 5)).isEmpty();
    }

    /** 210 invoices in the UK: {P1, P2} ×150, {P1, P3} ×30, {P3} ×30; 20 in France: {P1, P3}. */
    static TransactionTable twoCountries() {
        TransactionTable.Builder b = TransactionTable.builder();
        LocalDateTime day = LocalDateTime.of(2011, 3, 7, 10, 0);
        for (int i = 0; i < 230; i++) {
            String[] codes = i < 150
                    ? new String[] {"P1", "P2"}
                    : i < 180 || i >= 210 ? new String[] {"P1", "P3"} : new String[] {"P3"};
            for (String code : codes) {
                b.add("I" + i, code, "ITEM " + code, 1, day.plusDays(i % 50), 1.5, "c" + i, i < 210 ? "UK" : "France");
            }
        }
        return b.build();
    }

    @Test
    void theLargerCountriesHaveTheirOwnPairRulesWhichRoundTrip() throws Exception {
        TransactionTable lines = twoCountries();
        SpectrumModel model = new ModelTrainer(
                        NonProductCodes.DEFAULT,
                        new ModelOptions(
                                        null,
                                        null,
                                        ModelOptions.DEFAULT.matrix(),
                                        ModelOptions.DEFAULT.similarity(),
                                        0,
                                        null)
                                .withBaskets(RuleOptions.DEFAULT))
                .train(
                        new Cleaner(CleaningOptions.DEFAULT).clean(lines),
                        model(null).metadata());
        BasketModel part = model.baskets();
        assertThat(part.baskets()).isEqualTo(230);
        // France has 20 baskets, fewer than CountryRules.MIN_BASKETS: no rules of its own
        assertThat(part.countries())
                .singleElement()
                .satisfies(c -> assertThat(c.country()).isEqualTo("UK"));
        assertThat(part.country("france")).isNull();
        BasketModel uk = part.country("uk").rules();
        // within the UK: P1 in 180, P2 in 150, P1∪P2 in 150 of 210 baskets: lift 150 × 210 / (180 × 150)
        assertThat(uk.baskets()).isEqualTo(210);
        assertThat(uk.minCount()).isEqualTo(CountryRules.MIN_TOGETHER); // 1 % of 210 is 3 baskets: the floor wins
        assertThat(uk.boughtTogether("P1", 5))
                .singleElement()
                .satisfies(r -> assertThat(r.lift()).isCloseTo(150.0 * 210 / (180 * 150), within(1e-12)));
        BasketOptions options = BasketOptions.DEFAULT.withCountry("UK");
        var mined = new RuleMiner(RuleOptions.DEFAULT.withMinSupport(SupportThreshold.ofCount(10)))
                .mine(Baskets.of(new Cleaner(CleaningOptions.DEFAULT).sales(lines), options), options);
        assertThat(uk).isEqualTo(BasketModel.of(mined));

        new ModelWriter().write(model, tmp.resolve("m"));
        assertThat(new ModelReader().read(tmp.resolve("m")).baskets()).isEqualTo(part);
    }

    @Test
    void aModelWithoutThePartHasNone() throws Exception {
        SpectrumModel model = model(null);
        assertThat(model.baskets()).isNull();
        new ModelWriter().write(model, tmp.resolve("m"));
        assertThat(Files.exists(ModelDirectory.files(tmp.resolve("m")).resolve(ModelWriter.BASKETS)))
                .isFalse();
        assertThat(new ModelReader().read(tmp.resolve("m")).baskets()).isNull();
    }

    @Test
    void dataThatRefusesThePartIsAWarningNotAFailure() {
        SpectrumModel model = model(RuleOptions.DEFAULT.withMinSupport(SupportThreshold.parse("7")));
        assertThat(model.baskets()).isNull();
        assertThat(model.metadata().warnings()).anyMatch(w -> w.startsWith("no basket rules: "));
    }
}
