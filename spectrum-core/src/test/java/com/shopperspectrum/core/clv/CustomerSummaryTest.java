package com.shopperspectrum.core.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.shopperspectrum.core.data.InvalidInputException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The summary rules on four customers that can be checked by hand (calibration ends 2024-01-29). */
class CustomerSummaryTest {
    private static final LocalDate END = LocalDate.of(2024, 1, 29);
    private static final String[] NAMES = {"A", "B", "C", "D"};

    private static int day(int dayOfJanuary) {
        return (int) LocalDate.of(2024, 1, 1).plusDays(dayOfJanuary - 1).toEpochDay();
    }

    /**
     * A: Jan 1 (10 + 5, same day), Jan 8 (20), Jan 15 (30 + 10, same day), Feb 5 (holdout, 7). B: one purchase on
     * Jan 1. C: first purchase on the calibration end day Jan 29 (4), then Feb 12 (holdout). D: only in the holdout.
     */
    private static CustomerSummary summary(ClvUnit unit) {
        int[] customer = {0, 0, 0, 0, 0, 0, 1, 2, 2, 3};
        int[] days = {day(1), day(1), day(8), day(15), day(15), day(36), day(1), day(29), day(43), day(40)};
        double[] amount = {10, 5, 20, 30, 10, 7, 99, 4, 8, 50};
        return CustomerSummary.of(NAMES, customer, days, amount, true, new SummaryOptions(unit, END, null));
    }

    @Test
    void sameDayPurchasesAreOneTransactionAndTheFirstIsNotCounted() {
        CustomerSummary s = summary(ClvUnit.WEEKS);
        assertThat(s.size()).isEqualTo(3);
        assertThat(s.id(0)).isEqualTo("A");
        assertThat(s.x(0)).isEqualTo(2);
        assertThat(s.tx(0)).isCloseTo(2, within(1e-12)); // Jan 1 .. Jan 15 = 14 days
        assertThat(s.bigT(0)).isCloseTo(4, within(1e-12)); // Jan 1 .. Jan 29 = 28 days
        assertThat(s.mx(0)).isCloseTo(30, within(1e-12)); // (20 + 40) / 2, the first 15 excluded
        assertThat(s.holdoutX(0)).isEqualTo(1);
    }

    @Test
    void aSinglePurchaseHasNoRepeatsAndNoMeanValue() {
        CustomerSummary s = summary(ClvUnit.DAYS);
        assertThat(s.x(1)).isZero();
        assertThat(s.tx(1)).isZero();
        assertThat(s.bigT(1)).isEqualTo(28);
        assertThat(s.mx(1)).isNaN();
    }

    @Test
    void aFirstPurchaseOnTheCalibrationEndDayIsInsideWithTZero() {
        CustomerSummary s = summary(ClvUnit.DAYS);
        assertThat(s.id(2)).isEqualTo("C");
        assertThat(s.x(2)).isZero();
        assertThat(s.bigT(2)).isZero();
        assertThat(s.holdoutX(2)).isEqualTo(1);
    }

    @Test
    void customersWhoOnlyBuyInTheHoldoutAreLeftOutAndCounted() {
        CustomerSummary s = summary(ClvUnit.WEEKS);
        assertThat(s.newInHoldout()).isEqualTo(1);
        assertThat(s.hasHoldout()).isTrue();
        assertThat(s.holdoutLength()).isCloseTo(2, within(1e-12)); // Jan 29 .. Feb 12
        assertThat(s.repeaters()).isEqualTo(1);
    }

    @Test
    void holdoutDaysEndsCalibrationBeforeTheLastDay() {
        int[] customer = {0, 0};
        CustomerSummary s = CustomerSummary.of(
                new String[] {"A"},
                customer,
                new int[] {day(1), day(22)},
                new double[] {1, 2},
                true,
                new SummaryOptions(ClvUnit.DAYS, null, 7));
        assertThat(s.calibrationEnd()).isEqualTo(LocalDate.of(2024, 1, 15));
        assertThat(s.x(0)).isZero();
        assertThat(s.holdoutX(0)).isEqualTo(1);
    }

    @Test
    void aCalibrationEndOutsideTheDataNamesTheOptionAndTheRange() {
        assertThatThrownBy(() -> CustomerSummary.of(
                        NAMES,
                        new int[] {0},
                        new int[] {day(1)},
                        new double[] {1},
                        true,
                        new SummaryOptions(ClvUnit.WEEKS, LocalDate.of(2030, 1, 1), null)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("--calibration-end 2030-01-01 is outside the data (2024-01-01 .. 2024-01-01)");
    }
}
