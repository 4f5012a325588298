package com.shopperspectrum.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.shopperspectrum.core.profile.DataProfile;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 18, defect 4: the monthly chart shows empty months as zero and marks partial first and last months. */
class MonthlyChartTest {
    private static final List<DataProfile.Month> DATA = List.of(
            new DataProfile.Month("2010-12", 100.0, 4, 3),
            new DataProfile.Month("2011-03", 50.0, 2, 2),
            new DataProfile.Month("2011-04", 10.0, 1, 1));

    @Test
    void aMonthWithoutSalesIsAZeroAndPartialEndsAreLabelled() {
        Chart c = OverviewCharts.monthly(
                DATA, LocalDateTime.of(2010, 12, 1, 8, 26), LocalDateTime.of(2011, 4, 9, 12, 50), true);
        assertThat(c.labels()).containsExactly("2010-12", "2011-01", "2011-02", "2011-03", "2011-04 (partial)");
        assertThat(c.series().get(0).values()).containsExactly(100.0, 0.0, 0.0, 50.0, 10.0);
        assertThat(c.series().get(1).values()).containsExactly(4.0, 0.0, 0.0, 2.0, 1.0);
    }

    @Test
    void aLateFirstDayMarksTheFirstMonthAndAFullLastMonthIsNotMarked() {
        Chart c = OverviewCharts.monthly(
                DATA, LocalDateTime.of(2010, 12, 2, 8, 0), LocalDateTime.of(2011, 4, 30, 17, 0), false);
        assertThat(c.labels()).containsExactly("2010-12 (partial)", "2011-01", "2011-02", "2011-03", "2011-04");
        assertThat(c.series())
                .singleElement()
                .satisfies(s -> assertThat(s.values()).containsExactly(4.0, 0.0, 0.0, 2.0, 1.0));
    }

    @Test
    void noDataGivesAnEmptyChart() {
        assertThat(OverviewCharts.monthly(List.of(), null, null, true).labels()).isEmpty();
    }
}
