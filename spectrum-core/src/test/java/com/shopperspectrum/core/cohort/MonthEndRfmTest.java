package com.shopperspectrum.core.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.shopperspectrum.core.data.TransactionTable;
import com.shopperspectrum.core.rfm.RfmCalculator;
import com.shopperspectrum.core.segment.SegmentOptions;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** The stored month-end RFM gives the migration between any two points as the clean table does, to the bit. */
class MonthEndRfmTest {
    private static final LocalDateTime START = LocalDateTime.of(2011, 1, 1, 9, 0);
    private static final SegmentOptions K2 = SegmentOptions.DEFAULT.withK(2).withRestarts(2);

    /**
     * Line i: customer {@code customers[i]} on day {@code days[i]} after 1 January 2011, invoice {@code i / 2} (so
     * some invoices span two days, two customers or two months), prices that do not add up exactly in doubles.
     */
    private static TransactionTable table(List<Integer> customers, List<Integer> days) {
        TransactionTable.Builder b = TransactionTable.builder();
        for (int i = 0; i < customers.size(); i++) {
            b.add(
                    "I" + i / 2,
                    "P" + (i % 3),
                    "P",
                    1 + i % 4,
                    START.plusDays(days.get(i % days.size())),
                    0.1 + (i % 7) * 0.37,
                    "c" + customers.get(i),
                    "UK");
        }
        return b.build();
    }

    @Property(tries = 40)
    void everyPairOfPointsIsTheMigrationOfTheCleanTable(
            @ForAll @Size(min = 8, max = 80) List<@IntRange(min = 0, max = 11) Integer> customers,
            @ForAll @Size(min = 2, max = 80) List<@IntRange(min = 0, max = 300) Integer> days) {
        TransactionTable t = table(customers, days);
        MigrationAnalysis.DayRange range = MigrationAnalysis.days(t);
        if (range.first().plusDays(MigrationOptions.DEFAULT_DAYS).isAfter(range.last())
                || t.customers().size() < 3) {
            return;
        }
        CohortModel part = CohortModel.of(t, K2);
        MonthEndRfm rfm = part.rfm();
        List<LocalDate> points = rfm.points();
        RfmCalculator calculator = new RfmCalculator();
        for (int p = 0; p < points.size(); p++) {
            assertThat(rfm.asOf(p)).isEqualTo(calculator.compute(t, points.get(p)));
        }
        assertThat(rfm.asOf(points.size() - 1)).isEqualTo(part.migration().to().rfm());
        for (int b = 1; b < points.size(); b++) {
            for (int a = 0; a < b; a++) {
                LocalDate from = points.get(a);
                LocalDate to = points.get(b);
                if (rfm.asOf(b).size() < K2.k()) {
                    // too few customers as of B for k segments: both ways refuse it with the same message
                    assertThatThrownBy(() -> part.migration(from, to))
                            .isInstanceOf(IllegalArgumentException.class)
                            .hasMessage(catchMessage(
                                    () -> new MigrationAnalysis().run(t, new MigrationOptions(from, to, K2))));
                    continue;
                }
                Migration stored = part.migration(points.get(a), points.get(b));
                Migration direct =
                        new MigrationAnalysis().run(t, new MigrationOptions(points.get(a), points.get(b), K2));
                assertThat(stored).isEqualTo(direct);
                assertThat(part.history(stored)).isEqualTo(SegmentHistory.of(t, direct.model(), points.get(b)));
            }
        }
    }

    /** One customer alone for two month ends (CI's seed -7678477544120111275 drew such a case): refused alike. */
    @Test
    void aMonthEndWithFewerCustomersThanSegmentsIsRefusedAlike() {
        everyPairOfPointsIsTheMigrationOfTheCleanTable(
                List.of(0, 0, 0, 0, 1, 2, 3, 4), List.of(0, 40, 70, 100, 120, 150, 200, 250));
    }

    private static String catchMessage(Runnable r) {
        try {
            r.run();
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
        throw new AssertionError("expected a refusal");
    }

    /** The fixture shop with a fifth customer on 20 May 2011, so that it spans more than the default 90 days. */
    private static TransactionTable shop() {
        return CohortFixtures.shop()
                .add("8", "P", "P", 1, LocalDateTime.of(2011, 5, 20, 9, 0), 7.0, "c5", "UK")
                .build();
    }

    @Test
    void theEntriesAreTheActiveCustomerMonths() {
        TransactionTable shop = shop();
        CohortModel part = CohortModel.of(shop, SegmentOptions.DEFAULT.withK(2));
        // points: 1 Feb, 1 Mar, 1 Apr, 1 May, 21 May; c1 bought in January and March, c2 in January and February,
        // c3 in February and March, c4 in March, c5 in May: 8 of the 25 customer-points
        assertThat(part.rfm().points()).hasSize(5);
        assertThat(part.rfm().entries()).isEqualTo(8);
        MonthEndRfm rfm = part.rfm();
        CustomerMonths months = part.months();
        assertThat(rfm.points()).isEqualTo(months.points());
        int active = 0;
        for (int p = 0; p < rfm.points().size(); p++) {
            LocalDate from = p == 0 ? LocalDate.MIN : rfm.points().get(p - 1);
            LocalDate to = rfm.points().get(p);
            for (String id : rfm.customerIds()) {
                int c = shop.customers().indexOf(id);
                boolean bought = false;
                for (int r = 0; r < shop.size(); r++) {
                    LocalDate day = LocalDate.ofEpochDay(shop.day(r));
                    bought |= shop.customer(r) == c && !day.isBefore(from) && day.isBefore(to);
                }
                active += bought ? 1 : 0;
            }
        }
        assertThat(rfm.entries())
                .isEqualTo(active)
                .isLessThan(rfm.customerIds().length * rfm.points().size());
    }

    @Test
    void daysThatAreNoPointsOrNotInOrderAreRefusedByName() {
        CohortModel part = CohortModel.of(shop(), SegmentOptions.DEFAULT.withK(2));
        List<LocalDate> points = part.rfm().points();
        LocalDate last = points.get(points.size() - 1);
        assertThatThrownBy(() -> part.migration(points.get(0), last.minusDays(3)))
                .hasMessageContaining("to " + last.minusDays(3));
        assertThatThrownBy(() -> part.migration(last, points.get(0))).hasMessageContaining("from " + last);
        CohortModel old = new CohortModel(part.triangle(), part.migration(), part.history(), part.months());
        assertThatThrownBy(() -> old.migration(points.get(0), last)).hasMessageContaining("only");
        assertThat(old.migration(part.migration().options().from(), last)).isSameAs(part.migration());
    }
}
