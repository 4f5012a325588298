package com.shopperspectrum.core.segment;

import static org.assertj.core.api.Assertions.assertThat;

import com.shopperspectrum.core.data.TransactionTable;
import com.shopperspectrum.core.rfm.RfmCalculator;
import com.shopperspectrum.core.rfm.RfmTable;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Reference tests on the real UCI Online Retail file (skipped when it is absent). The expected RFM table and
 * scikit-learn inertias come from {@code bench/segment_reference.py} (pandas 1.5.3, scikit-learn 1.2.1):
 * {@code /usr/bin/python3 bench/segment_reference.py ../shared/data/online_retail.csv.gz
 * --rfm-out spectrum-core/src/test/resources/reference/rfm_by_pandas.csv}.
 */
class SegmentReferenceTest {
    /** Best inertia of KMeans(n_clusters=4, n_init=10, random_state=0..4) on the log / none features. */
    private static final double SKLEARN_LOG_INERTIA = 3924.445712;

    private static final double SKLEARN_NONE_INERTIA = 4092.418891;

    private final SegmentTrainer trainer = new SegmentTrainer();

    private static RfmTable rfm() {
        return new RfmCalculator().compute(OnlineRetail.clean());
    }

    @Test
    void rfmAgreesWithPandasExactly() throws IOException {
        RfmTable rfm = rfm();
        List<String[]> expected = referenceRows();

        assertThat(rfm.size()).isEqualTo(4338).isEqualTo(expected.size());
        assertThat(rfm.snapshot()).isEqualTo(LocalDate.of(2011, 12, 10));
        for (int i = 0; i < rfm.size(); i++) {
            String[] row = expected.get(i);
            assertThat(rfm.customerId(i)).isEqualTo(row[0]);
            assertThat(rfm.recency(i)).as("recency of %s", row[0]).isEqualTo(Integer.parseInt(row[1]));
            assertThat(rfm.frequency(i)).as("frequency of %s", row[0]).isEqualTo(Integer.parseInt(row[2]));
            double m = Double.parseDouble(row[3]);
            assertThat(Math.abs(rfm.monetary(i) - m))
                    .as("monetary of %s", row[0])
                    .isLessThanOrEqualTo(1e-6 * m);
        }
    }

    @Test
    void inertiaIsWithinHalfAPercentOfScikitLearnOnBothTransforms() {
        RfmTable rfm = rfm();

        double log = trainer.fit(rfm, SegmentOptions.DEFAULT).model().inertia();
        double none = trainer.fit(rfm, SegmentOptions.DEFAULT.withTransform(FeatureTransform.NONE))
                .model()
                .inertia();

        assertThat(log).isLessThanOrEqualTo(1.005 * SKLEARN_LOG_INERTIA);
        assertThat(none).isLessThanOrEqualTo(1.005 * SKLEARN_NONE_INERTIA);
    }

    @Test
    void namesAreStableAcrossSeeds() {
        RfmTable rfm = rfm();
        Segmentation base = trainer.fit(rfm, SegmentOptions.DEFAULT);
        assertThat(base.model().names()).containsExactly("High-Value", "Regular", "Occasional", "At-Risk");

        for (long seed = 1; seed <= 3; seed++) {
            Segmentation other = trainer.fit(rfm, SegmentOptions.DEFAULT.withSeed(seed));
            assertThat(other.model().names()).isEqualTo(base.model().names());
            int same = 0;
            for (int i = 0; i < rfm.size(); i++) {
                same += other.customers().cluster(i) == base.customers().cluster(i) ? 1 : 0;
            }
            assertThat(same)
                    .as("customers with the same segment name under seed %d", seed)
                    .isGreaterThan((int) (0.95 * rfm.size()));
        }
    }

    @Test
    void segmentsLookLikeTheirNames() {
        RfmTable rfm = rfm();
        Segmentation s = trainer.fit(rfm, SegmentOptions.DEFAULT);
        TransactionTable clean = OnlineRetail.clean();

        List<SegmentProfile> p = SegmentProfiler.profiles(s, rfm, CustomerCountries.of(clean, rfm));

        SegmentProfile high = p.get(0);
        SegmentProfile atRisk = p.get(3);
        assertThat(high.monetaryMedian()).isGreaterThan(p.get(1).monetaryMedian());
        assertThat(high.frequencyMedian()).isGreaterThan(p.get(2).frequencyMedian());
        assertThat(atRisk.recencyMedian())
                .isGreaterThan(p.stream()
                        .limit(3)
                        .mapToDouble(SegmentProfile::recencyMedian)
                        .max()
                        .orElseThrow());
        assertThat(p.stream().mapToInt(SegmentProfile::customers).sum()).isEqualTo(4338);
        assertThat(p.stream().mapToDouble(SegmentProfile::revenue).sum())
                .isCloseTo(8911407.904, org.assertj.core.api.Assertions.offset(0.01));
        assertThat(high.topCountries().get(0).country()).isEqualTo("United Kingdom");
    }

    @Test
    void autoKChoosesWithinTheElbowRegionOnTheRealData() {
        Segmentation s = trainer.fit(
                rfm(), SegmentOptions.DEFAULT.withK(SegmentOptions.AUTO_K).withRestarts(3));

        KSelection selection = s.model().kSelection();
        assertThat(selection.scores()).hasSize(9);
        for (int i = 1; i < selection.scores().size(); i++) {
            assertThat(selection.scores().get(i).inertia())
                    .isLessThan(selection.scores().get(i - 1).inertia());
        }
        assertThat(Math.abs(selection.chosen() - selection.elbow())).isLessThanOrEqualTo(1);
        assertThat(s.model().names()).hasSize(selection.chosen()).doesNotHaveDuplicates();
    }

    private static List<String[]> referenceRows() throws IOException {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = SegmentReferenceTest.class.getResourceAsStream("/reference/rfm_by_pandas.csv");
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            assertThat(r.readLine()).isEqualTo("customer_id,recency,frequency,monetary");
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                rows.add(line.split(","));
            }
        }
        return rows;
    }
}
