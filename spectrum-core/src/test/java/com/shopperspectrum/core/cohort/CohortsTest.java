package com.shopperspectrum.core.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.shopperspectrum.core.data.TransactionTable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class CohortsTest {
    private final TransactionTable shop = CohortFixtures.shop().build();

    @Test
    void monthsZeroAndTwoOnlyLeaveAZeroInMonthOne() {
        CohortTriangle t = Cohorts.triangle(shop, CohortPeriod.MONTH);
        assertThat(t.cohorts()).isEqualTo(3);
        assertThat(t.customers()).isEqualTo(4);
        // January: c1 (months 0 and 2) and c2 (Jan 31, then Feb 1)
        assertCell(t.cell("2011-01", 0), 2, 2, 1.0, 20.0, 1.0);
        assertCell(t.cell("2011-01", 1), 2, 1, 0.5, 5.0, 0.25);
        assertCell(t.cell("2011-01", 2), 2, 1, 0.5, 30.0, 1.5);
        assertCell(t.cell("2011-02", 0), 1, 1, 1.0, 10.0, 1.0);
        assertCell(t.cell("2011-02", 1), 1, 1, 1.0, 5.0, 0.5);
        assertCell(t.cell("2011-03", 0), 1, 1, 1.0, 20.0, 1.0);
        // a triangle: each cohort up to the last month of the data
        assertThat(t.cells()).hasSize(6);
        assertThat(t.cell("2011-02", 2)).isNull();
        assertThat(t.cell("2011-01", 0).cohortStart()).isEqualTo(LocalDate.of(2011, 1, 1));
    }

    @Test
    void aPurchaseOnTheLastDayOfAMonthBelongsToThatMonth() {
        TransactionTable oneCustomer = TransactionTable.builder()
                .add("1", "P", "P", 1, LocalDateTime.of(2011, 1, 31, 23, 59, 59), 4.0, "c", "UK")
                .add("2", "P", "P", 1, LocalDateTime.of(2011, 2, 1, 0, 0), 2.0, "c", "UK")
                .add("3", "P", "P", 1, LocalDateTime.of(2011, 2, 28, 23, 0), 3.0, "c", "UK")
                .build();
        CohortTriangle t = Cohorts.triangle(oneCustomer, CohortPeriod.MONTH);
        assertCell(t.cell("2011-01", 0), 1, 1, 1.0, 4.0, 1.0);
        assertCell(t.cell("2011-01", 1), 1, 1, 1.0, 5.0, 1.25);
        assertThat(t.cells()).hasSize(2);
    }

    @Test
    void weeksRunMondayToSunday() {
        CohortTriangle t = Cohorts.triangle(shop, CohortPeriod.WEEK);
        // c2's Monday 31 January and Tuesday 1 February are one week: period 0, revenue 15
        assertCell(t.cell("2011-01-31", 0), 1, 1, 1.0, 15.0, 1.0);
        assertCell(t.cell("2011-01-31", 1), 1, 0, 0.0, 0.0, 0.0);
        // c1: Monday 10 January, then Saturday 5 March in the week of Monday 28 February, 7 weeks later
        assertCell(t.cell("2011-01-10", 0), 1, 1, 1.0, 10.0, 1.0);
        assertCell(t.cell("2011-01-10", 7), 1, 1, 1.0, 30.0, 3.0);
        assertThat(t.byCohort().get("2011-01-10")).hasSize(12); // weeks of 10 Jan .. 28 Mar
        assertThat(t.byCohort().keySet()).containsExactly("2011-01-10", "2011-01-31", "2011-02-14", "2011-03-28");
    }

    @Test
    void quartersAndOneCohortOnly() {
        CohortTriangle one = Cohorts.triangle(shop, CohortPeriod.QUARTER);
        assertThat(one.cohorts()).isEqualTo(1);
        assertCell(one.cell("2011-Q1", 0), 4, 4, 1.0, 90.0, 1.0);
        TransactionTable longer = CohortFixtures.shop()
                .add("8", "P", "P", 1, LocalDateTime.of(2010, 12, 20, 9, 0), 8.0, "c5", "UK")
                .add("9", "P", "P", 1, LocalDateTime.of(2011, 4, 2, 9, 0), 2.0, "c5", "UK")
                .build();
        CohortTriangle t = Cohorts.triangle(longer, CohortPeriod.QUARTER);
        assertThat(t.byCohort().keySet()).containsExactly("2010-Q4", "2011-Q1");
        assertCell(t.cell("2010-Q4", 0), 1, 1, 1.0, 8.0, 1.0);
        assertCell(t.cell("2010-Q4", 1), 1, 0, 0.0, 0.0, 0.0);
        assertCell(t.cell("2010-Q4", 2), 1, 1, 1.0, 2.0, 0.25);
        assertCell(t.cell("2011-Q1", 1), 4, 0, 0.0, 0.0, 0.0);
        assertThat(t.cell("2010-Q4", 0).cohortStart()).isEqualTo(LocalDate.of(2010, 10, 1));
    }

    @Test
    void withoutPricesRevenueIsAbsentNotNaN() {
        TransactionTable noPrices = TransactionTable.builder()
                .hasPrices(false)
                .add("1", "P", "P", 1, LocalDateTime.of(2011, 1, 3, 9, 0), Double.NaN, "c", "UK")
                .build();
        CohortCell cell = Cohorts.triangle(noPrices, CohortPeriod.MONTH).cell("2011-01", 0);
        assertThat(cell.revenue()).isNull();
        assertThat(cell.revenueRetention()).isNull();
        assertThat(cell.retention()).isEqualTo(1.0);
    }

    @Test
    void periodsParseAndName() {
        assertThat(CohortPeriod.parse(" Quarter ")).isEqualTo(CohortPeriod.QUARTER);
        assertThatThrownBy(() -> CohortPeriod.parse("day"))
                .hasMessageContaining("--period")
                .hasMessageContaining("day");
        assertThat(CohortPeriod.WEEK.start(
                        CohortPeriod.WEEK.index((int) LocalDate.of(2011, 3, 6).toEpochDay())))
                .isEqualTo(LocalDate.of(2011, 2, 28));
        assertThat(CohortPeriod.QUARTER.name(CohortPeriod.QUARTER.index(
                        (int) LocalDate.of(2011, 12, 9).toEpochDay())))
                .isEqualTo("2011-Q4");
    }

    private static void assertCell(
            CohortCell c, int size, int active, double retention, double revenue, double revenueRetention) {
        assertThat(c).isNotNull();
        assertThat(c.cohortSize()).as("cohort size of %s", c).isEqualTo(size);
        assertThat(c.active()).as("active of %s", c).isEqualTo(active);
        assertThat(c.retention()).as("retention of %s", c).isEqualTo(retention);
        assertThat(c.revenue()).as("revenue of %s", c).isEqualTo(revenue);
        assertThat(c.revenueRetention()).as("revenue retention of %s", c).isEqualTo(revenueRetention);
    }
}
