package com.shopperspectrum.core.rfm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.shopperspectrum.core.clean.Cleaner;
import com.shopperspectrum.core.clean.CleaningOptions;
import com.shopperspectrum.core.data.Fixtures;
import com.shopperspectrum.core.data.TransactionTable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class RfmCalculatorTest {
    @Test
    void computesRecencyFrequencyMonetaryByHand() {
        TransactionTable clean =
                new Cleaner(CleaningOptions.ORIGINAL).clean(Fixtures.tenRows()).clean();
        RfmTable rfm = new RfmCalculator().compute(clean);
        // last day in the clean data: 2011-01-10 -> snapshot 2011-01-11
        assertThat(rfm.snapshot()).isEqualTo(LocalDate.of(2011, 1, 11));
        assertThat(rfm.customerIds()).containsExactly("c1", "c2", "c3");
        int c1 = rfm.rowOf("c1");
        assertThat(rfm.recency(c1)).isEqualTo(8); // 2011-01-03 -> 01-11
        assertThat(rfm.frequency(c1)).isEqualTo(1); // INV1 (twice, one invoice)
        assertThat(rfm.monetary(c1)).isEqualTo(2 * 1.5 + 4.0 + 2 * 1.5);
        int c3 = rfm.rowOf("c3");
        assertThat(rfm.recency(c3)).isEqualTo(1); // bought on the last day
        assertThat(rfm.frequency(c3)).isEqualTo(2); // INV6 and A7
        assertThat(rfm.monetary(c3)).isEqualTo(18.0 + 2.0);
    }

    @Test
    void severalPurchasesOnOneDayCountAsDistinctInvoicesAndOneRecency() {
        LocalDateTime morning = LocalDateTime.of(2020, 3, 1, 9, 0);
        LocalDateTime evening = LocalDateTime.of(2020, 3, 1, 21, 0);
        TransactionTable t = TransactionTable.builder()
                .add("1", "A", null, 1, morning, 2.0, "7", null)
                .add("2", "A", null, 1, evening, 2.0, "7", null)
                .add("3", "A", null, 1, evening.plusDays(2), 1.0, "10", null)
                .build();
        RfmTable rfm = new RfmCalculator().compute(t);
        assertThat(rfm.customerIds()).containsExactly("7", "10"); // numeric order, not text order
        assertThat(rfm.frequency(0)).isEqualTo(2);
        assertThat(rfm.recency(0)).isEqualTo(3);
        assertThat(rfm.recency(1)).isEqualTo(1);
    }

    @Test
    void asOfOverridesTheSnapshot() {
        TransactionTable t = TransactionTable.builder()
                .add("1", "A", null, 1, LocalDateTime.of(2020, 3, 1, 9, 0), 2.0, "7", null)
                .build();
        RfmTable rfm = new RfmCalculator().compute(t, LocalDate.of(2020, 3, 31));
        assertThat(rfm.recency(0)).isEqualTo(30);
    }

    @Test
    void customerIdsOrderNumericallyThenAsText() {
        assertThat(java.util.stream.Stream.of("b", "100", "20", "a", "003").sorted(CustomerIdOrder.INSTANCE))
                .containsExactly("003", "20", "100", "a", "b");
    }

    private static LocalDateTime at(int day, int hour) {
        return LocalDateTime.of(2011, 12, day, hour, 0);
    }

    /**
     * Last purchase day in the data is Dec 9, so the snapshot is Dec 10.
     * 12347: invoices 1 (Dec 1) and 2, 3 (both Dec 9, several purchases on one day) -> R 1, F 3, M 2*1.5 + 1*4 + 3*2.
     * 12346: one purchase, two lines of one invoice on Dec 5 -> R 5, F 1, M 10*0.5 + 1*7.25.
     * 100: one purchase on Dec 9 (a tie with 12347 on recency) -> R 1, F 1, M 3.
     */
    private static TransactionTable fixture() {
        return TransactionTable.builder()
                .add("1", "A", "a", 2, at(1, 9), 1.5, "12347", "UK")
                .add("2", "B", "b", 1, at(9, 9), 4.0, "12347", "UK")
                .add("3", "A", "a", 3, at(9, 15), 2.0, "12347", "UK")
                .add("4", "A", "a", 10, at(5, 10), 0.5, "12346", "France")
                .add("4", "C", "c", 1, at(5, 10), 7.25, "12346", "France")
                .add("5", "B", "b", 1, at(9, 11), 3.0, "100", "UK")
                .build();
    }

    @Test
    void tiesOnePurchaseCustomersAndSeveralInvoicesOnOneDay() {
        RfmTable rfm = new RfmCalculator().compute(fixture());

        assertThat(rfm.snapshot()).isEqualTo(LocalDate.of(2011, 12, 10));
        assertThat(rfm.customerIds()).containsExactly("100", "12346", "12347");
        assertThat(rfm.recencies()).containsExactly(1, 5, 1);
        assertThat(rfm.frequencies()).containsExactly(1, 1, 3);
        assertThat(rfm.monetary(0)).isCloseTo(3.0, within(1e-12));
        assertThat(rfm.monetary(1)).isCloseTo(12.25, within(1e-12));
        assertThat(rfm.monetary(2)).isCloseTo(13.0, within(1e-12));
        assertThat(rfm.hasMonetary()).isTrue();
    }

    @Test
    void asOfDateMeasuresToThatDayAndIgnoresLaterPurchases() {
        RfmTable rfm = new RfmCalculator().compute(fixture(), LocalDate.of(2011, 12, 9));

        assertThat(rfm.snapshot()).isEqualTo(LocalDate.of(2011, 12, 9));
        assertThat(rfm.customerIds()).containsExactly("12346", "12347");
        assertThat(rfm.recencies()).containsExactly(4, 8);
        assertThat(rfm.frequencies()).containsExactly(1, 1);
        assertThat(rfm.monetary(1)).isCloseTo(3.0, within(1e-12));
    }

    @Test
    void laterAsOfDateAddsDaysToEveryRecency() {
        RfmTable rfm = new RfmCalculator().compute(fixture(), LocalDate.of(2011, 12, 20));

        assertThat(rfm.recencies()).containsExactly(11, 15, 11);
        assertThat(rfm.frequencies()).containsExactly(1, 1, 3);
    }

    @Test
    void withoutPricesMonetaryIsUnavailable() {
        TransactionTable table = TransactionTable.builder()
                .hasPrices(false)
                .add("1", "A", "a", 2, at(1, 9), Double.NaN, "7", "UK")
                .build();

        RfmTable rfm = new RfmCalculator().compute(table);

        assertThat(rfm.hasMonetary()).isFalse();
        assertThat(rfm.monetary(0)).isNaN();
        assertThat(rfm.recencies()).containsExactly(1);
    }

    @Test
    void aMonetaryValueThatOverflowsNamesTheCustomer() {
        LocalDateTime at = LocalDateTime.of(2011, 1, 3, 10, 0);
        TransactionTable t = TransactionTable.builder()
                .add("1", "A", null, 1, at, 1e308, "7", null)
                .add("2", "A", null, 1, at, 1e308, "7", null)
                .build();

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new RfmCalculator().compute(t))
                .isInstanceOf(com.shopperspectrum.core.data.InvalidInputException.class)
                .hasMessageStartingWith("the monetary value of customer 7 overflows");
    }
}
