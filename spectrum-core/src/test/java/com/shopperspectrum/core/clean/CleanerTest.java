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
        CleaningResult r = new Cleaner(CleaningOptions.ORIGINAL).clean(Fixtures.tenRows());
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
                new Cleaner(CleaningOptions.ORIGINAL).clean(Fixtures.tenRows()).report();
        assertThat(report.duplicateRows()).isEqualTo(1);
        assertThat(report.nonProductRows()).isEqualTo(1);
        assertThat(report.adjustmentRows()).isEqualTo(1);
        assertThat(report.missingDescription()).isEqualTo(1);
    }

    @Test
    void optionalRulesApplyInOrderAfterTheDefaultOnes() {
        CleaningOptions all =
                new CleaningOptions(true, true, true, NonProductCodes.DEFAULT).withMethod(CleaningMethod.ORIGINAL);
        CleaningResult r = new Cleaner(all).clean(Fixtures.tenRows());
        assertThat(r.report().removed())
                .containsExactly(
                        Map.entry(CleaningRule.MISSING_CUSTOMER, 1L),
                        Map.entry(CleaningRule.CANCELLED, 1L),
                        Map.entry(CleaningRule.NON_POSITIVE_QUANTITY, 1L),
                        Map.entry(CleaningRule.NON_POSITIVE_PRICE, 1L),
                        Map.entry(CleaningRule.IMPLAUSIBLE_DATE, 0L),
                        Map.entry(CleaningRule.ADJUSTMENT, 1L),
                        Map.entry(CleaningRule.DUPLICATE, 1L),
                        Map.entry(CleaningRule.NON_PRODUCT, 1L));
        assertThat(r.clean().size()).isEqualTo(3);
    }

    @Test
    void duplicateRuleKeepsTheFirstOccurrence() {
        CleaningOptions dups =
                new CleaningOptions(true, false, false, NonProductCodes.DEFAULT).withMethod(CleaningMethod.ORIGINAL);
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
        CleaningResult r = new Cleaner(CleaningOptions.ORIGINAL).clean(noPrices);
        assertThat(r.report().applied(CleaningRule.NON_POSITIVE_PRICE)).isFalse();
        assertThat(r.clean().size()).isEqualTo(1);
    }

    @Test
    void reportRefusesRowsThatAreNotAccountedFor() {
        assertThatThrownBy(() -> new CleaningReport(
                        10,
                        Map.of(CleaningRule.CANCELLED, 1L),
                        8,
                        0,
                        0,
                        0,
                        0,
                        CleaningOptions.ORIGINAL,
                        null,
                        java.util.List.of()))
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
            @ForAll boolean adjustments,
            @ForAll CleaningMethod method) {
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
                        new CleaningOptions(dups, nonProducts, adjustments, NonProductCodes.DEFAULT).withMethod(method))
                .clean(b.build())
                .report();
        long removed =
                report.removed().values().stream().mapToLong(Long::longValue).sum();
        assertThat(report.clean() + removed).isEqualTo(rows.size());
    }

    private static final LocalDateTime DAY = LocalDateTime.of(2011, 3, 1, 10, 0);

    private static TransactionTable.Builder line(
            TransactionTable.Builder b, String invoice, String code, int quantity, int minutes, String customer) {
        return b.add(invoice, code, "D " + code, quantity, DAY.plusMinutes(minutes), 2.5, customer, "UK");
    }

    @Test
    void aCancellationRemovesTheLatestEarlierPurchaseOfTheSameCustomerProductAndQuantity() {
        TransactionTable.Builder b = TransactionTable.builder();
        line(b, "C100", "P", -5, 0, "c1"); // before any purchase: reverses nothing
        line(b, "101", "P", 5, 10, "c1"); // row 1: an older purchase, kept
        line(b, "102", "P", 5, 20, "c1"); // row 2: the latest before C103, reversed
        line(b, "102", "Q", 5, 20, "c1"); // another product, kept
        line(b, "104", "P", 5, 20, "c2"); // another customer, kept
        line(b, "C103", "P", -5, 30, "c1");
        line(b, "C105", "P", -3, 40, "c1"); // no purchase of 3: reverses nothing
        line(b, "106", "P", 5, 50, "c1"); // after the cancellations: kept
        TransactionTable raw = b.build();

        CleaningResult net = new Cleaner(CleaningOptions.DEFAULT).clean(raw);
        assertThat(net.report().removedBy(CleaningRule.CANCELLED)).isEqualTo(3);
        assertThat(net.report().removedBy(CleaningRule.REVERSED)).isEqualTo(1);
        assertThat(net.report().reversedRevenue()).isEqualTo(12.5);
        assertThat(java.util.stream.IntStream.range(0, net.clean().size())
                        .mapToObj(i -> net.clean().invoiceId(i) + net.clean().stockCode(i)))
                .containsExactly("101P", "102Q", "104P", "106P");

        CleaningResult original = new Cleaner(CleaningOptions.ORIGINAL).clean(raw);
        assertThat(original.report().applied(CleaningRule.REVERSED)).isFalse();
        assertThat(original.report().reversedRevenue()).isNull();
        assertThat(original.clean().size()).isEqualTo(5);
    }

    @Test
    void eachPurchaseIsReversedOnceAndTwoCancellationsTakeTheTwoLatest() {
        TransactionTable.Builder b = TransactionTable.builder();
        line(b, "201", "P", 2, 0, "c1");
        line(b, "202", "P", 2, 5, "c1");
        line(b, "203", "P", 2, 5, "c1"); // same minute as 202: the later in the input is the latest
        line(b, "C204", "P", -2, 5, "c1"); // same minute: may reverse a purchase of that minute
        line(b, "C205", "P", -2, 9, "c1");
        TransactionTable clean =
                new Cleaner(CleaningOptions.DEFAULT).clean(b.build()).clean();
        assertThat(clean.size()).isEqualTo(1);
        assertThat(clean.invoiceId(0)).isEqualTo("201");
    }

    @Test
    void futureAndImplausiblyOldDatesAreCountedWithAWarningNamingTheFirst() {
        TransactionTable.Builder b = TransactionTable.builder();
        line(b, "301", "P", 1, 0, "c1");
        b.add("302", "P", "D", 1, LocalDateTime.of(2099, 12, 31, 9, 0), 2.5, "c1", "UK");
        b.add("303", "P", "D", 1, LocalDateTime.of(1989, 12, 31, 9, 0), 2.5, "c2", "UK");
        TransactionTable raw = b.build();
        CleaningResult r = new Cleaner(CleaningOptions.DEFAULT, java.time.LocalDate.of(2026, 12, 3)).clean(raw);
        assertThat(r.report().removedBy(CleaningRule.IMPLAUSIBLE_DATE)).isEqualTo(2);
        assertThat(r.clean().size()).isEqualTo(1);
        assertThat(r.report().warnings())
                .singleElement()
                .asString()
                .contains("2 rows", "after 2026-12-04", "before 1990-01-01", "invoice 302", "2099-12-31T09:00");
        CleaningResult older = new Cleaner(
                        CleaningOptions.DEFAULT.withMinDate(java.time.LocalDate.of(1980, 1, 1)),
                        java.time.LocalDate.of(2026, 12, 3))
                .clean(raw);
        assertThat(older.report().removedBy(CleaningRule.IMPLAUSIBLE_DATE)).isEqualTo(1);
    }

    @Property(tries = 200)
    void nettingRemovesAtMostOnePurchasePerCancellationAndOnlyFromTheOriginalClean(
            @ForAll @Size(max = 40) java.util.List<@IntRange(min = 0, max = 63) Integer> rows) {
        TransactionTable.Builder b = TransactionTable.builder();
        long cancellations = 0;
        for (int i = 0; i < rows.size(); i++) {
            int bits = rows.get(i);
            boolean cancel = (bits & 1) != 0;
            cancellations += cancel ? 1 : 0;
            int quantity = 1 + ((bits >> 1) & 1);
            line(
                    b,
                    (cancel ? "C" : "") + i,
                    (bits & 4) != 0 ? "P" : "Q",
                    cancel ? -quantity : quantity,
                    bits >> 3,
                    "c");
        }
        TransactionTable raw = b.build();
        CleaningResult net = new Cleaner(CleaningOptions.DEFAULT).clean(raw);
        CleaningResult original = new Cleaner(CleaningOptions.ORIGINAL).clean(raw);
        long reversed = net.report().removedBy(CleaningRule.REVERSED);
        assertThat(reversed).isLessThanOrEqualTo(cancellations);
        assertThat(net.clean().size()).isEqualTo(original.clean().size() - reversed);
        long units = 0;
        for (int r = 0; r < net.clean().size(); r++) {
            units += net.clean().quantity(r);
        }
        long originalUnits = 0;
        for (int r = 0; r < original.clean().size(); r++) {
            originalUnits += original.clean().quantity(r);
        }
        assertThat(net.report().reversedRevenue()).isEqualTo((originalUnits - units) * 2.5);
    }
}
