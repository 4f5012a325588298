package com.shopperspectrum.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.shopperspectrum.core.clean.Cleaner;
import com.shopperspectrum.core.clean.CleaningOptions;
import com.shopperspectrum.core.clean.CleaningReport;
import com.shopperspectrum.core.clean.CleaningRule;
import com.shopperspectrum.core.data.RealData;
import com.shopperspectrum.core.data.TransactionTable;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.BitSet;
import org.junit.jupiter.api.Test;

/**
 * The published figures of the real UCI files (../shared/data/SOURCES.md), read with the default options.
 * Skipped, visibly, when the data folder is absent.
 */
class RealDataReferenceTest {
    private static ReadResult onlineRetail;

    private static ReadResult read(String name) {
        return new TransactionReader().read(RealData.dir().resolve(name), ReadOptions.DEFAULT);
    }

    /** Read once for the tests of this class (the table is immutable). */
    private static synchronized ReadResult onlineRetail() {
        if (onlineRetail == null) {
            onlineRetail = read("online_retail.csv.gz");
        }
        return onlineRetail;
    }

    @Test
    void onlineRetailRawFigures() {
        ReadResult result = onlineRetail();
        TransactionTable t = result.table();

        assertThat(result.report().layout()).isEqualTo("uci-online-retail");
        assertThat(result.report().rowsRead()).isEqualTo(541_909);
        assertThat(result.report().warnings()).isEmpty();
        assertThat(t.size()).isEqualTo(541_909);
        assertThat(t.customers().size()).isEqualTo(4_372);
        assertThat(t.products().size())
                .as("4,070 raw codes, 3,958 after upper-casing")
                .isEqualTo(3_958);
        assertThat(t.invoices().size()).isEqualTo(25_900);
        assertThat(t.countries().size()).isEqualTo(38);
        long noCustomer = 0;
        long noDescription = 0;
        long quantity = 0;
        long minTime = Long.MAX_VALUE;
        long maxTime = Long.MIN_VALUE;
        for (int r = 0; r < t.size(); r++) {
            noCustomer += t.customer(r) < 0 ? 1 : 0;
            noDescription += t.description(r) < 0 ? 1 : 0;
            quantity += t.quantity(r);
            minTime = Math.min(minTime, t.time(r));
            maxTime = Math.max(maxTime, t.time(r));
        }
        assertThat(noCustomer).isEqualTo(135_080);
        assertThat(noDescription).isEqualTo(1_454);
        assertThat(quantity).isEqualTo(5_176_450);
        assertThat(TransactionTable.toDateTime(minTime)).isEqualTo(LocalDateTime.of(2010, 12, 1, 8, 26));
        assertThat(TransactionTable.toDateTime(maxTime)).isEqualTo(LocalDateTime.of(2011, 12, 9, 12, 50));
        assertThat(exactSum(t)).isEqualByComparingTo("9747747.934");
        assertThat(t.descriptions().indexOf("Dotcomgiftshop Gift Voucher £20.00"))
                .isNotNegative();
    }

    @Test
    void onlineRetailDefaultCleaningGivesTheIssueFigures() {
        TransactionTable raw = onlineRetail().table();
        var cleaning = new Cleaner(CleaningOptions.ORIGINAL).clean(raw);
        CleaningReport report = cleaning.report();
        TransactionTable clean = cleaning.clean();

        assertThat(report.raw()).isEqualTo(541_909);
        assertThat(report.removedBy(CleaningRule.MISSING_CUSTOMER)).isEqualTo(135_080);
        assertThat(report.removedBy(CleaningRule.CANCELLED)).isEqualTo(8_905);
        assertThat(report.removedBy(CleaningRule.NON_POSITIVE_QUANTITY)).isZero();
        assertThat(report.removedBy(CleaningRule.NON_POSITIVE_PRICE)).isEqualTo(40);
        assertThat(report.clean()).isEqualTo(397_884);
        assertThat(distinct(clean, Column.CUSTOMER)).isEqualTo(4_338);
        assertThat(distinct(clean, Column.PRODUCT)).isEqualTo(3_665);
        assertThat(distinct(clean, Column.INVOICE)).isEqualTo(18_532);
        assertThat(distinct(clean, Column.COUNTRY)).isEqualTo(37);
        assertThat(exactSum(clean)).isEqualByComparingTo("8911407.904");
        assertThat(kahanRevenue(clean)).isCloseTo(8_911_407.904, within(1e-6));
    }

    @Test
    void onlineRetailIiReadsWithItsOwnLayoutAndCleansWithTheSameRules() {
        ReadResult result = read("online_retail_ii.csv.gz");
        TransactionTable raw = result.table();

        assertThat(result.report().layout()).isEqualTo("uci-online-retail-ii");
        assertThat(raw.size()).isEqualTo(1_067_371);
        assertThat(raw.customers().size()).isEqualTo(5_942);
        assertThat(raw.invoices().size()).isEqualTo(53_628);
        assertThat(raw.countries().size()).isEqualTo(43);
        assertThat(raw.products().size())
                .as("5,305 raw codes after upper-casing")
                .isEqualTo(5_131);

        var cleaning = new Cleaner(CleaningOptions.ORIGINAL).clean(raw);
        CleaningReport report = cleaning.report();
        long removed =
                report.removed().values().stream().mapToLong(Long::longValue).sum();
        assertThat(report.raw()).isEqualTo(report.clean() + removed);
        assertThat(report.removedBy(CleaningRule.MISSING_CUSTOMER)).isEqualTo(243_007);
        assertThat(report.removedBy(CleaningRule.CANCELLED)).isEqualTo(18_744);
        assertThat(report.removedBy(CleaningRule.NON_POSITIVE_QUANTITY)).isZero();
        assertThat(report.removedBy(CleaningRule.NON_POSITIVE_PRICE)).isEqualTo(71);
        assertThat(report.clean()).isEqualTo(805_549);
        assertThat(distinct(cleaning.clean(), Column.CUSTOMER)).isEqualTo(5_878);
        assertThat(distinct(cleaning.clean(), Column.INVOICE)).isEqualTo(36_969);
    }

    private enum Column {
        CUSTOMER,
        PRODUCT,
        INVOICE,
        COUNTRY
    }

    private static int distinct(TransactionTable t, Column column) {
        BitSet seen = new BitSet();
        for (int r = 0; r < t.size(); r++) {
            int id = switch (column) {
                case CUSTOMER -> t.customer(r);
                case PRODUCT -> t.product(r);
                case INVOICE -> t.invoice(r);
                case COUNTRY -> t.country(r);
            };
            if (id >= 0) {
                seen.set(id);
            }
        }
        return seen.cardinality();
    }

    /** Sum of quantity × unit price in decimal arithmetic on the prices as written (shortest repr). */
    private static BigDecimal exactSum(TransactionTable t) {
        BigDecimal sum = BigDecimal.ZERO;
        for (int r = 0; r < t.size(); r++) {
            sum = sum.add(BigDecimal.valueOf(t.unitPrice(r)).multiply(BigDecimal.valueOf(t.quantity(r))));
        }
        return sum;
    }

    private static double kahanRevenue(TransactionTable t) {
        double sum = 0;
        double compensation = 0;
        for (int r = 0; r < t.size(); r++) {
            double y = t.amount(r) - compensation;
            double s = sum + y;
            compensation = (s - sum) - y;
            sum = s;
        }
        return sum;
    }
}
