package com.shopperspectrum.core.rfm;

import static org.assertj.core.api.Assertions.assertThat;

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
        TransactionTable clean = new Cleaner(CleaningOptions.DEFAULT).clean(Fixtures.tenRows()).clean();
        RfmTable rfm = new RfmCalculator().compute(clean);
        // last day in the clean data: 2011-01-10 -> snapshot 2011-01-11
        assertThat(rfm.snapshot()).isEqualTo(LocalDate.of(2011, 1, 11));
        assertThat(rfm.customerIds()).containsExactly("c1", "c2", "c3");
        int c1 = rfm.rowOf("c1");
        assertThat(rfm.recency(c1)).isEqualTo(8);          // 2011-01-03 -> 01-11
        assertThat(rfm.frequency(c1)).isEqualTo(1);        // INV1 (twice, one invoice)
        assertThat(rfm.monetary(c1)).isEqualTo(2 * 1.5 + 4.0 + 2 * 1.5);
        int c3 = rfm.rowOf("c3");
        assertThat(rfm.recency(c3)).isEqualTo(1);          // bought on the last day
        assertThat(rfm.frequency(c3)).isEqualTo(2);        // INV6 and A7
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
                .add("1", "A", null, 1, LocalDateTime.of(2020, 3, 1, 9, 0), 2.0, "7", null).build();
        RfmTable rfm = new RfmCalculator().compute(t, LocalDate.of(2020, 3, 31));
        assertThat(rfm.recency(0)).isEqualTo(30);
    }

    @Test
    void customerIdsOrderNumericallyThenAsText() {
        assertThat(java.util.stream.Stream.of("b", "100", "20", "a", "003").sorted(CustomerIdOrder.INSTANCE))
                .containsExactly("003", "20", "100", "a", "b");
    }
}
