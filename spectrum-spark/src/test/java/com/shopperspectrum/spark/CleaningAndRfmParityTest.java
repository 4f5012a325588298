package com.shopperspectrum.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.shopperspectrum.core.clean.Cleaner;
import com.shopperspectrum.core.clean.CleaningOptions;
import com.shopperspectrum.core.clean.CleaningReport;
import com.shopperspectrum.core.clean.CleaningResult;
import com.shopperspectrum.core.clean.CleaningRule;
import com.shopperspectrum.core.clean.NonProductCodes;
import com.shopperspectrum.core.data.RealData;
import com.shopperspectrum.core.data.TransactionTable;
import com.shopperspectrum.core.rfm.RfmCalculator;
import com.shopperspectrum.core.rfm.RfmTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The Spark engine against the embedded engine on Online Retail: cleaning counts and the RFM table. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CleaningAndRfmParityTest {
    private static final CleaningOptions ALL_RULES = new CleaningOptions(true, true, true, NonProductCodes.DEFAULT);
    private TransactionTable embeddedRaw;
    private TransactionFrame sparkRaw;

    @BeforeAll
    void readBoth() {
        RealData.file(RealData.ONLINE_RETAIL); // skips, visibly, without the real data
        embeddedRaw = SharedSpark.onlineRetailTable();
        sparkRaw = SharedSpark.onlineRetailFrame();
    }

    @Test
    void defaultCleaningHasTheOriginalMethodsCounts() {
        CleaningReport spark =
                new SparkCleaner(CleaningOptions.ORIGINAL).clean(sparkRaw).report();

        assertThat(spark.raw()).isEqualTo(541_909);
        assertThat(spark.removedBy(CleaningRule.MISSING_CUSTOMER)).isEqualTo(135_080);
        assertThat(spark.removedBy(CleaningRule.CANCELLED)).isEqualTo(8_905);
        assertThat(spark.removedBy(CleaningRule.NON_POSITIVE_QUANTITY)).isZero();
        assertThat(spark.removedBy(CleaningRule.NON_POSITIVE_PRICE)).isEqualTo(40);
        assertThat(spark.clean()).isEqualTo(397_884);
        assertThat(spark)
                .isEqualTo(
                        new Cleaner(CleaningOptions.ORIGINAL).clean(embeddedRaw).report());
    }

    @Test
    void everyOptionalRuleCountsAsTheEmbeddedEngine() {
        CleaningReport spark = new SparkCleaner(ALL_RULES).clean(sparkRaw).report();
        CleaningReport embedded = new Cleaner(ALL_RULES).clean(embeddedRaw).report();

        assertThat(spark).isEqualTo(embedded);
        assertThat(spark.duplicateRows()).isEqualTo(5_268);
        assertThat(spark.removedBy(CleaningRule.DUPLICATE)).isPositive();
        assertThat(spark.removedBy(CleaningRule.NON_PRODUCT)).isPositive();
    }

    @Test
    void rfmTableIsTheEmbeddedEnginesForEveryCustomer() {
        SparkCleaning sparkClean = new SparkCleaner(CleaningOptions.ORIGINAL).clean(sparkRaw);
        RfmTable spark = new SparkRfm().compute(sparkClean.clean(), null);
        CleaningResult embeddedClean = new Cleaner(CleaningOptions.ORIGINAL).clean(embeddedRaw);
        RfmTable embedded = new RfmCalculator().compute(embeddedClean.clean());

        assertThat(spark.size()).isEqualTo(4_338);
        assertThat(spark.snapshot()).isEqualTo(embedded.snapshot());
        assertThat(spark.customerIds()).containsExactly(embedded.customerIds());
        assertThat(spark.recencies()).containsExactly(embedded.recencies());
        assertThat(spark.frequencies()).containsExactly(embedded.frequencies());
        for (int i = 0; i < spark.size(); i++) {
            assertThat(spark.monetary(i))
                    .as("monetary of %s", spark.customerId(i))
                    .isCloseTo(embedded.monetary(i), within(1e-9 * Math.max(1, Math.abs(embedded.monetary(i)))));
        }
    }
}
