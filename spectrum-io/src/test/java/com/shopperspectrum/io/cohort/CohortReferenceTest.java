package com.shopperspectrum.io.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.shopperspectrum.core.clean.Cleaner;
import com.shopperspectrum.core.clean.CleaningOptions;
import com.shopperspectrum.core.cohort.CohortCell;
import com.shopperspectrum.core.cohort.CohortPeriod;
import com.shopperspectrum.core.cohort.CohortTriangle;
import com.shopperspectrum.core.cohort.Cohorts;
import com.shopperspectrum.core.cohort.CustomerMove;
import com.shopperspectrum.core.cohort.Migration;
import com.shopperspectrum.core.cohort.MigrationAnalysis;
import com.shopperspectrum.core.cohort.MigrationMatrix;
import com.shopperspectrum.core.cohort.MigrationOptions;
import com.shopperspectrum.core.data.RealData;
import com.shopperspectrum.core.data.TransactionTable;
import com.shopperspectrum.core.segment.SegmentOptions;
import com.shopperspectrum.io.Json;
import com.shopperspectrum.io.ReadOptions;
import com.shopperspectrum.io.TransactionReader;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The cohort triangles (month, week, quarter) and the default migration (2011-09-11 to 2011-12-10, k = 4, log
 * features) on the real Online Retail file against the independent pandas/scikit-learn reference
 * {@code bench/cohort_reference.py} (pandas 1.5.3, numpy 1.24.2, scikit-learn 1.2.1). Its k-means states assign
 * with scikit-learn's pairwise_distances_argmin to the centroids of our fit as of B (k-means has many near-equal
 * optima on these data; the fit itself is checked by SegmentReferenceTest). Its output is {@code src/test/resources/reference/cohorts_by_pandas.csv.gz} and
 * {@code migration_by_pandas.csv.gz}, the centroids it used {@code migration_start.json}; the commands, date and its printout are in {@code cohort_reference.log}).
 * Cleaning: the original method (the four default rules). Counts and segments exact, shares to 1e-9, money to
 * 1e-9 relative. Skipped, visibly, when the data folder is absent.
 */
class CohortReferenceTest {
    /** The original method's cleaning ({@code --cleaning original}). */
    private static final CleaningOptions ORIGINAL_METHOD = CleaningOptions.ORIGINAL;

    private static final int ORIGINAL_ROWS = 397_884;
    private static TransactionTable raw;
    private static TransactionTable clean;

    @BeforeAll
    static void load() {
        raw = new TransactionReader()
                .read(RealData.file(RealData.ONLINE_RETAIL), ReadOptions.DEFAULT)
                .table();
        clean = new Cleaner(ORIGINAL_METHOD).clean(raw).clean();
        assertThat(clean.size())
                .as("the original method keeps %,d rows", ORIGINAL_ROWS)
                .isEqualTo(ORIGINAL_ROWS);
    }

    /**
     * The default cleaning's netting of reversed purchases (issue 13) against the reference run with
     * {@code --cleaning net}: triangles, and per customer R, F, M and the named RFM segments as of A and B (the
     * k-means columns of that run are scikit-learn's own fit, not comparable: see the script).
     */
    @Test
    void withTheNettingTheTrianglesAndStatesAreThoseOfPandas() throws IOException {
        TransactionTable net = new Cleaner(CleaningOptions.DEFAULT).clean(raw).clean();
        assertThat(net.size()).isEqualTo(394_985);
        assertTriangles(net, read("reference/cohorts_net_by_pandas.csv.gz"));
        List<Map<String, String>> expected = read("reference/migration_net_by_pandas.csv.gz");
        Migration m = new MigrationAnalysis()
                .run(net, MigrationOptions.defaults(MigrationAnalysis.days(net).last(), SegmentOptions.DEFAULT));
        assertStates(m.moves(), expected, false);
        assertMatrix(m.rfmSegments(), expected, "rfm_segment_from", "rfm_segment_to");
        assertThat(m.to().size()).isEqualTo(4327);
        assertThat(m.from().size()).isEqualTo(3365);
    }

    @Test
    void theTrianglesAreThoseOfPandas() throws IOException {
        assertTriangles(clean, read("reference/cohorts_by_pandas.csv.gz"));
        assertThat(Cohorts.triangle(clean, CohortPeriod.MONTH).cohorts()).isEqualTo(13);
        assertThat(Cohorts.triangle(clean, CohortPeriod.MONTH).customers()).isEqualTo(4338);
    }

    private static void assertTriangles(TransactionTable clean, List<Map<String, String>> expected) {
        for (CohortPeriod period : CohortPeriod.values()) {
            List<Map<String, String>> rows = expected.stream()
                    .filter(r -> r.get("period").equals(period.label()))
                    .toList();
            CohortTriangle t = Cohorts.triangle(clean, period);
            assertThat(t.cells()).as("%s cells", period).hasSize(rows.size());
            for (int i = 0; i < rows.size(); i++) {
                Map<String, String> row = rows.get(i);
                CohortCell c = t.cells().get(i);
                String where = period.label() + " " + c.cohort() + " +" + c.periodIndex();
                assertThat(c.cohort()).as(where).isEqualTo(row.get("cohort"));
                assertThat(c.periodIndex()).as(where).isEqualTo(Integer.parseInt(row.get("period_index")));
                assertThat(c.cohortSize()).as(where).isEqualTo(Integer.parseInt(row.get("cohort_size")));
                assertThat(c.active()).as(where).isEqualTo(Integer.parseInt(row.get("active")));
                assertThat(c.retention()).as(where).isCloseTo(Double.parseDouble(row.get("retention")), within(1e-9));
                assertThat(c.revenueRetention())
                        .as(where)
                        .isCloseTo(Double.parseDouble(row.get("revenue_retention")), within(1e-9));
                relative(c.revenue(), Double.parseDouble(row.get("revenue")), where);
            }
        }
    }

    @Test
    void theDefaultMigrationIsThatOfPandas() throws IOException {
        MigrationOptions options =
                MigrationOptions.defaults(MigrationAnalysis.days(clean).last(), SegmentOptions.DEFAULT);
        assertThat(options.from()).isEqualTo(LocalDate.of(2011, 9, 11));
        assertThat(options.to()).isEqualTo(LocalDate.of(2011, 12, 10));
        Migration m = new MigrationAnalysis().run(clean, options);
        // the reference scores with the centroids of this fit (k-means has near-equal optima: see the script)
        double[][] start = Json.mapper()
                .readTree(CohortReferenceTest.class.getClassLoader().getResource("reference/migration_start.json"))
                .path("segmentation")
                .path("centroids")
                .traverse(Json.mapper())
                .readValueAs(double[][].class);
        assertThat(m.model().clusters().centroids()).isDeepEqualTo(start);
        List<Map<String, String>> expected = read("reference/migration_by_pandas.csv.gz");
        assertStates(m.moves(), expected, true);
        assertMatrix(m.segments(), expected, "segment_from", "segment_to");
        assertMatrix(m.rfmSegments(), expected, "rfm_segment_from", "rfm_segment_to");
        assertThat(m.from().size()).isEqualTo(3370);
        assertThat(m.to().size()).isEqualTo(4338);
    }

    /** Per customer: R, F exact, M to 1e-9 relative, the named RFM segments (and the k-means ones) exact. */
    private static void assertStates(List<CustomerMove> moves, List<Map<String, String>> expected, boolean kmeans) {
        assertThat(moves).hasSize(expected.size());
        for (int i = 0; i < moves.size(); i++) {
            CustomerMove mv = moves.get(i);
            Map<String, String> row = expected.get(i);
            String who = "customer " + mv.customerId();
            assertThat(mv.customerId()).isEqualTo(row.get("customer_id"));
            if (kmeans) {
                assertThat(text(mv.segmentFrom())).as(who).isEqualTo(row.get("segment_from"));
                assertThat(mv.segmentTo()).as(who).isEqualTo(row.get("segment_to"));
            }
            assertThat(text(mv.rfmFrom())).as(who).isEqualTo(row.get("rfm_segment_from"));
            assertThat(mv.rfmTo()).as(who).isEqualTo(row.get("rfm_segment_to"));
            assertThat(text(mv.recencyFrom())).as(who).isEqualTo(whole(row.get("recency_from")));
            assertThat(mv.recencyTo()).as(who).isEqualTo(Integer.parseInt(whole(row.get("recency_to"))));
            assertThat(text(mv.frequencyFrom())).as(who).isEqualTo(whole(row.get("frequency_from")));
            assertThat(mv.frequencyTo()).as(who).isEqualTo(Integer.parseInt(whole(row.get("frequency_to"))));
            if (mv.wasCustomer()) {
                relative(mv.monetaryFrom(), Double.parseDouble(row.get("monetary_from")), who);
            }
            relative(mv.monetaryTo(), Double.parseDouble(row.get("monetary_to")), who);
        }
    }

    /** The matrix counted from the reference's rows equals ours, cell by cell. */
    private static void assertMatrix(MigrationMatrix ours, List<Map<String, String>> rows, String from, String to) {
        int[][] counts = new int[ours.rows().size()][ours.columns().size()];
        for (Map<String, String> row : rows) {
            String a = row.get(from).isEmpty() ? MigrationMatrix.NOT_YET : row.get(from);
            counts[ours.rows().indexOf(a)][ours.columns().indexOf(row.get(to))]++;
        }
        assertThat(ours.counts()).as(from).isDeepEqualTo(counts);
        assertThat(ours.total()).isEqualTo(rows.size());
    }

    private static void relative(Double actual, double expected, String where) {
        assertThat(actual).as(where).isNotNull();
        assertThat(actual).as(where).isCloseTo(expected, within(1e-9 * Math.max(1, Math.abs(expected))));
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    /** pandas writes integer columns with gaps as floats ("5.0" or "5"). */
    private static String whole(String value) {
        return value.endsWith(".0") ? value.substring(0, value.length() - 2) : value;
    }

    private static List<Map<String, String>> read(String resource) throws IOException {
        var in = CohortReferenceTest.class.getClassLoader().getResourceAsStream(resource);
        assertThat(in).as(resource).isNotNull();
        List<Map<String, String>> rows = new ArrayList<>();
        try (BufferedReader r =
                new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8))) {
            String[] header = r.readLine().split(",", -1);
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String[] cells = line.split(",", -1);
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < header.length; i++) {
                    row.put(header[i], cells[i]);
                }
                rows.add(row);
            }
        }
        return rows;
    }
}
