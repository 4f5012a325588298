package com.shopperspectrum.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.shopperspectrum.core.clean.Cleaner;
import com.shopperspectrum.core.clean.CleaningOptions;
import com.shopperspectrum.core.clean.NonProductCodes;
import com.shopperspectrum.core.cohort.CohortCell;
import com.shopperspectrum.core.cohort.CohortModel;
import com.shopperspectrum.core.cohort.CustomerMove;
import com.shopperspectrum.core.cohort.SegmentMonth;
import com.shopperspectrum.core.model.ModelOptions;
import com.shopperspectrum.core.model.SpectrumModel;
import com.shopperspectrum.core.segment.SegmentOptions;
import com.shopperspectrum.io.ReadOptions;
import com.shopperspectrum.io.TransactionReader;
import com.shopperspectrum.io.model.ModelReader;
import com.shopperspectrum.io.model.ModelWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cohort part on Spark against the embedded engine's on the same file, with both cleaning methods: every count,
 * segment and day equal, money to 1e-9 relative; and the Spark model builder stores it (the same files, read back).
 */
class SparkCohortsTest {
    private static final SegmentOptions SEGMENTS =
            SegmentOptions.DEFAULT.withK(3).withRestarts(3);

    /**
     * Sixteen customers over nine months: one to five invoices 20 days apart, the first ones 22 days apart, two or three lines each at prices with
     * cents; a cancellation, a line without a customer, and customers won in the last 90 days.
     */
    static List<String> lines() {
        List<String> lines = new ArrayList<>();
        String[] codes = {"MUG", "TEA", "CUP"};
        double[] prices = {1.25, 4.95, 0.85};
        java.time.LocalDate start = java.time.LocalDate.of(2011, 1, 3);
        for (int c = 0; c < 16; c++) {
            for (int visit = 0; visit <= c % 5; visit++) {
                java.time.LocalDate day = start.plusDays(22L * c + 20L * visit);
                for (int i = 0; i <= (c + visit) % 3; i++) {
                    lines.add(String.join(
                            ",",
                            "I" + c + "-" + visit,
                            codes[i],
                            "ITEM " + codes[i],
                            String.valueOf(1 + (c + i) % 4),
                            day + " 1" + i + ":00:00",
                            String.valueOf(prices[i]),
                            String.valueOf(12000 + c),
                            "United Kingdom"));
                }
            }
        }
        lines.add("C9,MUG,ITEM MUG,-1,2011-05-10 10:00:00,1.25,12003,United Kingdom");
        lines.add("N1,TEA,ITEM TEA,2,2011-06-10 10:00:00,4.95,,United Kingdom");
        return lines;
    }

    @Test
    void thePartIsTheEmbeddedEnginesWithBothCleaningMethods(@TempDir Path dir) {
        Path file = CsvFixture.write(dir, "cohorts.csv", lines().toArray(String[]::new));
        for (CleaningOptions cleaning : List.of(CleaningOptions.ORIGINAL, CleaningOptions.DEFAULT)) {
            CohortModel embedded = CohortModel.of(
                    new Cleaner(cleaning)
                            .clean(new TransactionReader()
                                    .read(file, ReadOptions.DEFAULT)
                                    .table())
                            .clean(),
                    SEGMENTS);
            TransactionFrame raw =
                    new SparkTransactionReader(SharedSpark.session()).read(file.toString(), ReadOptions.DEFAULT);
            CohortModel spark =
                    SparkCohorts.part(new SparkCleaner(cleaning).clean(raw).clean(), SEGMENTS);
            assertSamePart(spark, embedded);
            assertThat(embedded.migration().segments().rowTotal(SEGMENTS.k()))
                    .as("customers won between A and B")
                    .isPositive();
        }
    }

    @Test
    void theBuilderStoresThePartAndTheReaderLoadsIt(@TempDir Path dir) throws Exception {
        Path file = CsvFixture.write(dir, "cohorts.csv", lines().toArray(String[]::new));
        ModelOptions options = new ModelOptions(
                        SEGMENTS, null, ModelOptions.DEFAULT.matrix(), ModelOptions.DEFAULT.similarity(), 0, null)
                .withCohorts(SEGMENTS);
        TransactionFrame raw =
                new SparkTransactionReader(SharedSpark.session()).read(file.toString(), ReadOptions.DEFAULT);
        SpectrumModel model = new SparkModelBuilder(NonProductCodes.DEFAULT, options)
                .build(raw, new SparkCleaner(CleaningOptions.ORIGINAL).clean(raw), SameModel.metadata());
        assertThat(model.metadata().warnings()).noneMatch(w -> w.startsWith("no cohorts"));
        assertThat(model.metadata().timingsMillis()).containsKey("cohorts");
        new ModelWriter().write(model, dir.resolve("m"));
        SpectrumModel read = new ModelReader().read(dir.resolve("m"));
        CohortModel embedded = CohortModel.of(
                new Cleaner(CleaningOptions.ORIGINAL)
                        .clean(new TransactionReader()
                                .read(file, ReadOptions.DEFAULT)
                                .table())
                        .clean(),
                SEGMENTS);
        assertSamePart(read.cohorts(), embedded);
    }

    static void assertSamePart(CohortModel spark, CohortModel embedded) {
        List<CohortCell> s = spark.triangle().cells();
        List<CohortCell> e = embedded.triangle().cells();
        assertThat(s).hasSameSizeAs(e).hasSizeGreaterThan(20);
        for (int i = 0; i < e.size(); i++) {
            CohortCell a = s.get(i);
            CohortCell b = e.get(i);
            String what = b.cohort() + " +" + b.periodIndex();
            assertThat(List.of(a.cohort(), a.cohortStart(), a.periodIndex(), a.cohortSize(), a.active()))
                    .as(what)
                    .isEqualTo(List.of(b.cohort(), b.cohortStart(), b.periodIndex(), b.cohortSize(), b.active()));
            assertThat(a.retention()).as(what).isEqualTo(b.retention());
            SameModel.assertMoney(what + " revenue", a.revenue(), b.revenue());
            SameModel.assertMoney(what + " revenue retention", a.revenueRetention(), b.revenueRetention());
        }
        assertThat(spark.migration().options()).isEqualTo(embedded.migration().options());
        assertThat(spark.migration().model().names())
                .isEqualTo(embedded.migration().model().names());
        assertThat(spark.migration().segments()).isEqualTo(embedded.migration().segments());
        assertThat(spark.migration().rfmSegments())
                .isEqualTo(embedded.migration().rfmSegments());
        List<CustomerMove> sm = spark.migration().moves();
        List<CustomerMove> em = embedded.migration().moves();
        assertThat(sm).hasSameSizeAs(em);
        for (int i = 0; i < em.size(); i++) {
            CustomerMove a = sm.get(i);
            CustomerMove b = em.get(i);
            assertThat(List.of(a.customerId(), a.segmentTo(), a.rfmTo(), a.recencyTo(), a.frequencyTo()))
                    .isEqualTo(List.of(b.customerId(), b.segmentTo(), b.rfmTo(), b.recencyTo(), b.frequencyTo()));
            assertThat(java.util.Arrays.asList(a.segmentFrom(), a.rfmFrom(), a.recencyFrom(), a.frequencyFrom()))
                    .as(b.customerId())
                    .isEqualTo(
                            java.util.Arrays.asList(b.segmentFrom(), b.rfmFrom(), b.recencyFrom(), b.frequencyFrom()));
            SameModel.assertMoney(b.customerId() + " monetary from", a.monetaryFrom(), b.monetaryFrom());
            SameModel.assertMoney(b.customerId() + " monetary to", a.monetaryTo(), b.monetaryTo());
        }
        assertThat(spark.months()).isNotNull().isEqualTo(embedded.months());
        assertSameMonthEndRfm(spark, embedded);
        List<SegmentMonth> sh = spark.history().months();
        List<SegmentMonth> eh = embedded.history().months();
        assertThat(sh).hasSameSizeAs(eh);
        for (int i = 0; i < eh.size(); i++) {
            assertThat(sh.get(i).monthEnd()).isEqualTo(eh.get(i).monthEnd());
            assertThat(sh.get(i).customers()).containsExactly(eh.get(i).customers());
            assertThat(sh.get(i).newCustomers()).isEqualTo(eh.get(i).newCustomers());
            SameModel.assertMoney(
                    "new revenue " + i, sh.get(i).newRevenue(), eh.get(i).newRevenue());
            for (int k = 0; k < eh.get(i).revenue().length; k++) {
                SameModel.assertMoney(
                        "revenue " + i + "/" + k,
                        sh.get(i).revenue()[k],
                        eh.get(i).revenue()[k]);
            }
        }
    }

    /** The month-end RFM: the same entries (days, rows, frequencies), money to 1e-9; the same migrations from it. */
    static void assertSameMonthEndRfm(CohortModel spark, CohortModel embedded) {
        var s = spark.rfm();
        var e = embedded.rfm();
        assertThat(s).as("the Spark part's month-end RFM").isNotNull();
        assertThat(s.points()).isEqualTo(e.points());
        assertThat(s.customerIds()).containsExactly(e.customerIds());
        assertThat(s.hasMonetary()).isEqualTo(e.hasMonetary());
        assertThat(s.start()).containsExactly(e.start());
        assertThat(s.rows()).containsExactly(e.rows());
        assertThat(s.lastDays()).containsExactly(e.lastDays());
        assertThat(s.frequencies()).containsExactly(e.frequencies());
        assertThat(e.entries()).isGreaterThan(e.customerIds().length);
        for (int i = 0; i < e.entries(); i++) {
            SameModel.assertMoney("monetary of entry " + i, s.monetary()[i], e.monetary()[i]);
            SameModel.assertMoney("spent of entry " + i, s.spent()[i], e.spent()[i]);
        }
        int last = e.points().size() - 1;
        var a = e.points().get(1);
        var b = e.points().get(last - 2);
        assertThat(spark.migration(a, b).segments())
                .isEqualTo(embedded.migration(a, b).segments());
        assertThat(spark.migration(a, b).rfmSegments())
                .isEqualTo(embedded.migration(a, b).rfmSegments());
    }
}
