package com.shopperspectrum.core.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.shopperspectrum.core.data.TransactionTable;
import com.shopperspectrum.core.rfm.RfmCalculator;
import com.shopperspectrum.core.segment.RfmValues;
import com.shopperspectrum.core.segment.SegmentOptions;
import com.shopperspectrum.core.segment.SegmentPrediction;
import com.shopperspectrum.core.segment.SegmentTrainer;
import com.shopperspectrum.core.segment.Segmentation;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class MigrationTest {
    private static final LocalDate A = LocalDate.of(2011, 3, 1);
    private static final LocalDate B = LocalDate.of(2011, 4, 1);
    private static final SegmentOptions K2 = SegmentOptions.DEFAULT.withK(2);
    private final TransactionTable shop = CohortFixtures.shop().build();
    private final Migration m = new MigrationAnalysis().run(shop, new MigrationOptions(A, B, K2));

    @Test
    void statesCountOnlyThePurchasesBeforeTheirDay() {
        List<CustomerMove> moves = m.moves();
        assertThat(moves).extracting(CustomerMove::customerId).containsExactly("c1", "c2", "c3", "c4");
        // as of A = 1 March: c1 bought on 10 January (50 days), c2 last on 1 February (28), c3 on 15 February (14)
        assertThat(moves).extracting(CustomerMove::recencyFrom).containsExactly(50, 28, 14, null);
        assertThat(moves).extracting(CustomerMove::frequencyFrom).containsExactly(1, 2, 1, null);
        assertThat(moves).extracting(CustomerMove::monetaryFrom).containsExactly(10.0, 15.0, 10.0, null);
        // as of B = 1 April: c4's purchase on 31 March (B - 1) has recency 1
        assertThat(moves).extracting(CustomerMove::recencyTo).containsExactly(27, 59, 12, 1);
        assertThat(moves).extracting(CustomerMove::frequencyTo).containsExactly(2, 2, 2, 1);
        assertThat(moves).extracting(CustomerMove::monetaryTo).containsExactly(40.0, 15.0, 15.0, 20.0);
    }

    @Test
    void aCustomerWhoseFirstPurchaseIsAfterAIsNotYetACustomer() {
        CustomerMove c4 = m.moves().get(3);
        assertThat(c4.wasCustomer()).isFalse();
        assertThat(c4.segmentFrom()).isNull();
        assertThat(c4.rfmFrom()).isNull();
        MigrationMatrix segments = m.segments();
        int notYet = segments.rows().indexOf(MigrationMatrix.NOT_YET);
        assertThat(notYet).isEqualTo(2);
        assertThat(segments.rowTotal(notYet)).isEqualTo(1);
        assertThat(segments.count(notYet, m.model().names().indexOf(c4.segmentTo())))
                .isEqualTo(1);
        assertThat(segments.total()).isEqualTo(4);
        assertThat(segments.rowTotal(0) + segments.rowTotal(1)).isEqualTo(3);
        MigrationMatrix rfm = m.rfmSegments();
        assertThat(rfm.rows()).hasSize(12).endsWith(MigrationMatrix.NOT_YET);
        assertThat(rfm.rowTotal(11)).isEqualTo(1);
        assertThat(rfm.total()).isEqualTo(4);
    }

    @Test
    void bothStatesAreScoredWithTheSegmentationFittedAsOfB() {
        Segmentation asOfB = new SegmentTrainer().fit(new RfmCalculator().compute(shop, B), K2);
        assertThat(m.model()).isEqualTo(asOfB.model());
        for (CustomerMove move : m.moves()) {
            SegmentPrediction to = predict(move.recencyTo(), move.frequencyTo(), move.monetaryTo());
            assertThat(move.segmentTo()).isEqualTo(to.segment());
            assertThat(move.rfmTo()).isEqualTo(to.rfmSegment());
            if (move.wasCustomer()) {
                SegmentPrediction from = predict(move.recencyFrom(), move.frequencyFrom(), move.monetaryFrom());
                assertThat(move.segmentFrom()).as("%s", move.customerId()).isEqualTo(from.segment());
                assertThat(move.rfmFrom()).as("%s", move.customerId()).isEqualTo(from.rfmSegment());
            }
        }
    }

    @Test
    void datesMustBeInOrderAndInsideTheData() {
        assertThatThrownBy(() -> new MigrationOptions(B, B, K2))
                .hasMessageContaining("--from 2011-04-01 must be before --to");
        MigrationAnalysis analysis = new MigrationAnalysis();
        assertThatThrownBy(() -> analysis.run(shop, new MigrationOptions(A, LocalDate.of(2011, 4, 2), K2)))
                .hasMessageContaining("--to 2011-04-02 is outside the data")
                .hasMessageContaining("2011-01-11 to 2011-04-01");
        assertThatThrownBy(() -> analysis.run(shop, new MigrationOptions(LocalDate.of(2011, 1, 10), B, K2)))
                .hasMessageContaining("--from 2011-01-10 is outside the data");
        MigrationOptions defaults =
                MigrationOptions.defaults(MigrationAnalysis.days(shop).last(), K2);
        assertThat(defaults.to()).isEqualTo(B);
        assertThat(defaults.from()).isEqualTo(B.minusDays(90));
    }

    @Test
    void theMonthlySeriesCountsEachMonthEndsCustomers() {
        SegmentHistory h = SegmentHistory.of(shop, m.model(), B);
        assertThat(h.months())
                .extracting(SegmentMonth::monthEnd)
                .containsExactly(LocalDate.of(2011, 1, 31), LocalDate.of(2011, 2, 28), LocalDate.of(2011, 3, 31));
        assertThat(h.months())
                .extracting(mo -> java.util.Arrays.stream(mo.customers()).sum())
                .containsExactly(2, 3, 4);
        // a month's revenue by the segment at the month's start; the customers won in the month apart
        assertThat(h.months())
                .extracting(mo -> java.util.Arrays.stream(mo.revenue()).sum())
                .containsExactly(0.0, 5.0, 35.0);
        assertThat(h.months()).extracting(SegmentMonth::newCustomers).containsExactly(2, 1, 1);
        assertThat(h.months()).extracting(SegmentMonth::newRevenue).containsExactly(20.0, 10.0, 20.0);
        // c2's 5 on 1 February goes to c2's segment as of 1 February (the January point: R 1, F 1, M 10)
        String c2AsOfFebruary = m.model().predict(new RfmValues(1.0, 1.0, 10.0)).segment();
        assertThat(h.months().get(1).revenue()[m.model().names().indexOf(c2AsOfFebruary)])
                .isEqualTo(5.0);
        // the last point is the state as of B, the migration's "to"
        int[] atB = new int[2];
        m.moves().forEach(mv -> atB[m.model().names().indexOf(mv.segmentTo())]++);
        assertThat(h.months().get(2).customers()).containsExactly(atB);
        // February's point is the state as of 1 March, the migration's "from"
        int[] atA = new int[2];
        m.moves().stream()
                .filter(CustomerMove::wasCustomer)
                .forEach(mv -> atA[m.model().names().indexOf(mv.segmentFrom())]++);
        assertThat(h.months().get(1).customers()).containsExactly(atA);
    }

    private SegmentPrediction predict(int r, int f, Double money) {
        return m.model().predict(new RfmValues((double) r, (double) f, money));
    }
}
