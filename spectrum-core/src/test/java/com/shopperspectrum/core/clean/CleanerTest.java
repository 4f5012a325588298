package com.shopperspectrum.core.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.shopperspectrum.core.data.Fixtures;
import com.shopperspectrum.core.data.TransactionTable;
import java.time.LocalDateTime;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class CleanerTest {
    @Test
    void defaultRulesCountEachRemovedRowOnce() {
        CleaningResult r = new Cleaner(CleaningOptions.DEFAULT).clean(Fixtures.tenRows());
        CleaningReport report = r.report();
        assertThat(report.raw()).isEqualTo(10);
        assertThat(report.removedBy(CleaningRule.MISSING_CUSTOMER)).isEqualTo(1);
        assertThat(report.removedBy(CleaningRule.CANCELLED)).isEqualTo(1);
        assertThat(report.removedBy(CleaningRule.NON_POSITIVE_QUANTITY)).isEqualTo(1);
        assertThat(report.removedBy(CleaningRule.NON_POSITIVE_PRICE)).isEqualTo(1);
        assertThat(report.applied(CleaningRule.DUPLICATE)).isFalse();
        assertThat(report.clean()).isEqualTo(6);
        assertThat(r.clean().size()).isEqualTo(6);
        assertThat(r.clean().invoiceId(0)).isEqualTo("INV1");
    }

    @Test
    void qualityCountsAreTakenOnRawRowsEvenWhenNotApplied() {
        CleaningReport report =
                new Cleaner(CleaningOptions.DEFAULT).clean(Fixtures.tenRows()).report();
        assertThat(report.duplicateRows()).isEqualTo(1);
        assertThat(report.nonProductRows()).isEqualTo(1);
        assertThat(report.adjustmentRows()).isEqualTo(1);
        assertThat(report.missingDescription()).isEqualTo(1);
    }

    @Test
    void optionalRulesApplyInOrderAfterTheDefaultOnes() {
        CleaningOptions all = new CleaningOptions(true, true, true, NonProductCodes.DEFAULT);
        CleaningResult r = new Cleaner(all).clean(Fixtures.tenRows());
        assertThat(r.report().removed())
                .containsExactly(
                        Map.entry(CleaningRule.MISSING_CUSTOMER, 1L),
                        Map.entry(CleaningRule.CANCELLED, 1L),
                        Map.entry(CleaningRule.NON_POSITIVE_QUANTITY, 1L),
                        Map.entry(CleaningRule.NON_POSITIVE_PRICE, 1L),
                        Map.entry(CleaningRule.ADJUSTMENT, 1L),
                        Map.entry(CleaningRule.DUPLICATE, 1L),
                        Map.entry(CleaningRule.NON_PRODUCT, 1L));
        assertThat(r.clean().size()).isEqualTo(3);
    }

    @Test
    void duplicateRuleKeepsTheFirstOccurrence() {
        CleaningOptions dups = new CleaningOptions(true, false, false, NonProductCodes.DEFAULT);
        TransactionTable clean = new Cleaner(dups).clean(Fixtures.tenRows()).clean();
        long inv1A = java.util.stream.IntStream.range(0, clean.size())
                .filter(i ->
                        clean.invoiceId(i).equals("INV1") && clean.stockCode(i).equals("APL"))
                .count();
        assertThat(inv1A).isEqualTo(1);
    }

    @Test
    void priceRuleIsSkippedWithoutPrices() {
        TransactionTable noPrices = TransactionTable.builder()
                .hasPrices(false)
                .add("I1", "A", null, 1, LocalDateTime.of(2020, 1, 1, 0, 0), Double.NaN, "c", null)
                .build();
        CleaningResult r = new Cleaner(CleaningOptions.DEFAULT).clean(noPrices);
        assertThat(r.report().applied(CleaningRule.NON_POSITIVE_PRICE)).isFalse();
        assertThat(r.clean().size()).isEqualTo(1);
    }

    @Test
    void reportRefusesRowsThatAreNotAccountedFor() {
        assertThatThrownBy(() -> new CleaningReport(
                        10, Map.of(CleaningRule.CANCELLED, 1L), 8, 0, 0, 0, 0, CleaningOptions.DEFAULT))
                .hasMessageContaining("not accounted for");
    }

    @Test
    void nonProductPatternsMatchExactCodesAndPrefixes() {
        NonProductCodes codes = NonProductCodes.DEFAULT;
        assertThat(codes.matches("POST")).isTrue();
        assertThat(codes.matches("post")).isTrue();
        assertThat(codes.matches("DCGS0003")).isTrue();
        assertThat(codes.matches("GIFT_0001_20")).isTrue();
        assertThat(codes.matches("POSTAGE")).isFalse();
        assertThat(codes.matches("85123A")).isFalse();
        assertThatThrownBy(() -> NonProductCodes.parse("POST,,DOT")).hasMessageContaining("non-product pattern");
    }

    @Property(tries = 200)
    void everyRowIsKeptOrCountedByExactlyOneRule(
            @ForAll @Size(max = 60) java.util.List<@IntRange(min = 0, max = 63) Integer> rows,
            @ForAll boolean dups,
            @ForAll boolean nonProducts,
            @ForAll boolean adjustments) {
        TransactionTable.Builder b = TransactionTable.builder();
        for (int bits : rows) {
            b.add(
                    (bits & 1) != 0 ? "C1" : (bits & 32) != 0 ? "A1" : "I" + (bits & 2),
                    (bits & 4) != 0 ? "POST" : "P",
                    null,
                    (bits & 8) != 0 ? 0 : 2,
                    LocalDateTime.of(2020, 1, 1, 0, 0),
                    (bits & 16) != 0 ? 0.0 : 1.0,
                    (bits & 2) != 0 ? null : "c",
                    null);
        }
        CleaningReport report = new Cleaner(
                        new CleaningOptions(dups, nonProducts, adjustments, NonProductCodes.DEFAULT))
                .clean(b.build())
                .report();
        long removed =
                report.removed().values().stream().mapToLong(Long::longValue).sum();
        assertThat(report.clean() + removed).isEqualTo(rows.size());
    }
}
