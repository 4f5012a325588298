package com.shopperspectrum.core.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import com.shopperspectrum.core.data.TransactionTable;
import com.shopperspectrum.core.segment.SegmentOptions;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class CohortPropertiesTest {
    private static final LocalDateTime START = LocalDateTime.of(2011, 1, 1, 9, 0);

    /** Purchase i: customer {@code customer[i] % 12} on day {@code day[i]} after 1 January 2011. */
    private static TransactionTable table(List<Integer> customers, List<Integer> days) {
        TransactionTable.Builder b = TransactionTable.builder();
        for (int i = 0; i < customers.size(); i++) {
            int day = days.get(i % days.size());
            b.add(
                    "I" + i,
                    "P" + (i % 3),
                    "P",
                    1 + i % 4,
                    START.plusDays(day),
                    1.5 + i % 5,
                    "c" + customers.get(i),
                    "UK");
        }
        return b.build();
    }

    @Property(tries = 200)
    void periodZeroRetentionIsOneAndActiveAtMostTheCohort(
            @ForAll @Size(min = 1, max = 60) List<@IntRange(min = 0, max = 11) Integer> customers,
            @ForAll @Size(min = 1, max = 60) List<@IntRange(min = 0, max = 400) Integer> days) {
        TransactionTable t = table(customers, days);
        for (CohortPeriod period : CohortPeriod.values()) {
            CohortTriangle tri = Cohorts.triangle(t, period);
            assertThat(tri.customers()).isEqualTo(t.customers().size());
            for (CohortCell c : tri.cells()) {
                assertThat(c.active()).isLessThanOrEqualTo(c.cohortSize());
                if (c.periodIndex() == 0) {
                    assertThat(c.retention()).isEqualTo(1.0);
                    assertThat(c.active()).isEqualTo(c.cohortSize());
                    assertThat(c.revenueRetention()).isEqualTo(1.0);
                }
            }
        }
    }

    @Property(tries = 60)
    void matrixRowsSumToTheirStatesCustomers(
            @ForAll @Size(min = 8, max = 60) List<@IntRange(min = 0, max = 11) Integer> customers,
            @ForAll @Size(min = 2, max = 60) List<@IntRange(min = 0, max = 300) Integer> days,
            @ForAll @IntRange(min = 1, max = 299) int fromOffset) {
        TransactionTable t = table(customers, days);
        MigrationAnalysis.DayRange range = MigrationAnalysis.days(t);
        LocalDate to = range.last().plusDays(1);
        LocalDate from = range.first().plusDays(fromOffset);
        if (!from.isBefore(to) || t.customers().size() < 2) {
            return;
        }
        Migration m = new MigrationAnalysis()
                .run(
                        t,
                        new MigrationOptions(
                                from, to, SegmentOptions.DEFAULT.withK(2).withRestarts(2)));
        List<MigrationMatrix> matrices = List.of(m.segments(), m.rfmSegments());
        for (int which = 0; which < 2; which++) {
            MigrationMatrix matrix = matrices.get(which);
            boolean kmeans = which == 0;
            int notYet = matrix.rows().size() - 1;
            assertThat(matrix.total()).isEqualTo(m.to().size());
            assertThat(matrix.rowTotal(notYet))
                    .isEqualTo(m.to().size() - m.from().size());
            for (int row = 0; row < notYet; row++) {
                int label = row;
                long inState = kmeans
                        ? m.moves().stream()
                                .filter(mv -> matrix.rows().get(label).equals(mv.segmentFrom()))
                                .count()
                        : m.moves().stream()
                                .filter(mv -> matrix.rows().get(label).equals(mv.rfmFrom()))
                                .count();
                assertThat(matrix.rowTotal(row)).isEqualTo((int) inState);
            }
            int columns = 0;
            for (int col = 0; col < matrix.columns().size(); col++) {
                columns += matrix.columnTotal(col);
            }
            assertThat(columns).isEqualTo(m.to().size());
        }
    }
}
