package com.shopperspectrum.core.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.shopperspectrum.core.data.InvalidInputException;
import com.shopperspectrum.core.rfm.RfmTable;
import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SegmentModelTest {
    /** Twelve customers in four plain groups: loyal big spenders, regulars, recent one-timers, long gone. */
    static RfmTable twelveCustomers() {
        String[] ids = {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12"};
        int[] recency = {2, 3, 1, 20, 25, 18, 5, 8, 6, 300, 280, 350};
        int[] frequency = {40, 35, 50, 8, 6, 7, 1, 1, 2, 1, 2, 1};
        double[] monetary = {9000, 7000, 12000, 1500, 1200, 1300, 100, 80, 150, 90, 200, 60};
        return new RfmTable(ids, recency, frequency, monetary, LocalDate.of(2011, 12, 10), true);
    }

    private static final Segmentation FITTED = new SegmentTrainer().fit(twelveCustomers(), SegmentOptions.DEFAULT);

    @Test
    void fourPlainGroupsGetTheFourBusinessNames() {
        CustomerSegments s = FITTED.customers();
        SegmentModel model = FITTED.model();

        assertThat(model.names()).containsExactly("High-Value", "Regular", "Occasional", "At-Risk");
        assertThat(s.clusters()).containsExactly(0, 0, 0, 1, 1, 1, 2, 2, 2, 3, 3, 3);
        assertThat(model.silhouette()).isGreaterThan(0.5);
        assertThat(model.kSelection()).isNull();
    }

    @Test
    void predictingAFittedCustomerGivesTheirSegmentAndScores() {
        RfmTable rfm = twelveCustomers();
        for (int i = 0; i < rfm.size(); i++) {
            SegmentPrediction p = FITTED.model()
                    .predict(new RfmValues((double) rfm.recency(i), (double) rfm.frequency(i), rfm.monetary(i)));
            assertThat(p.cluster()).isEqualTo(FITTED.customers().cluster(i));
            assertThat(p.rScore()).isEqualTo(FITTED.customers().rScore(i));
            assertThat(p.fScore()).isEqualTo(FITTED.customers().fScore(i));
            assertThat(p.mScore()).isEqualTo(FITTED.customers().mScore(i));
            assertThat(p.rfmSegment())
                    .isEqualTo(FITTED.customers().rfmSegment(i).label());
            assertThat(p.distances()).hasSize(4);
            assertThat(p.distances().get(p.cluster()))
                    .isEqualTo(p.distances().stream().mapToDouble(d -> d).min().orElseThrow());
        }
    }

    @Test
    void aNewBigSpenderIsHighValueAndAChampion() {
        SegmentPrediction p = FITTED.model().predict(new RfmValues(1.0, 60.0, 20000.0));

        assertThat(p.segment()).isEqualTo("High-Value");
        assertThat(p.rScore()).isEqualTo(5);
        assertThat(p.rfmSegment()).isEqualTo("Champions");
    }

    @ParameterizedTest
    @CsvSource(
            nullValues = "null",
            value = {
                "-1, 2, 3, recency, 'recency must be >= 0, got -1.0'",
                "1, -2, 3, frequency, 'frequency must be >= 0, got -2.0'",
                "1, 2, -0.5, monetary, 'monetary must be >= 0, got -0.5'",
                "NaN, 2, 3, recency, 'recency must be a finite number, got NaN'",
                "1, Infinity, 3, frequency, 'frequency must be a finite number, got Infinity'",
                "null, 2, 3, recency, 'recency is missing'",
                "1, null, 3, frequency, 'frequency is missing'",
                "1, 2, null, monetary, 'monetary is missing'"
            })
    void badValuesAreRejectedNamingTheField(Double r, Double f, Double m, String field, String message) {
        assertThatThrownBy(() -> FITTED.model().predict(new RfmValues(r, f, m)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage(message)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo(field));
    }

    @Test
    void withoutPricesSegmentsOnRecencyAndFrequency() {
        RfmTable full = twelveCustomers();
        double[] nan = new double[full.size()];
        Arrays.fill(nan, Double.NaN);
        RfmTable noPrices =
                new RfmTable(full.customerIds(), full.recencies(), full.frequencies(), nan, full.snapshot(), false);

        Segmentation s = new SegmentTrainer().fit(noPrices, SegmentOptions.DEFAULT);
        SegmentPrediction p = s.model().predict(new RfmValues(2.0, 40.0, null));

        assertThat(s.model().hasMonetary()).isFalse();
        assertThat(s.model().scaler().dimension()).isEqualTo(2);
        assertThat(p.segment()).isEqualTo("High-Value");
        assertThat(p.mScore()).isNull();
        assertThat(s.customers().mScores()).containsOnly(0);
    }

    @Test
    void moreClustersThanCustomersIsAClearError() {
        assertThatThrownBy(() -> new SegmentTrainer().fit(twelveCustomers(), SegmentOptions.DEFAULT.withK(13)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("k must be at most the number of customers (12), got 13");
    }

    @Test
    void negativeRecencyInTheTableNamesTheCustomer() {
        RfmTable bad = new RfmTable(
                new String[] {"7", "8"},
                new int[] {-3, 2},
                new int[] {1, 1},
                new double[] {1, 1},
                LocalDate.of(2011, 1, 1),
                true);

        assertThatThrownBy(() -> new SegmentTrainer().fit(bad, SegmentOptions.DEFAULT.withK(1)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("customer 7: recency must be a finite number >= 0, got -3.0");
    }

    @Test
    void autoKReportsEveryCandidateAndWhy() {
        Segmentation s =
                new SegmentTrainer().fit(twelveCustomers(), SegmentOptions.DEFAULT.withK(SegmentOptions.AUTO_K));

        KSelection selection = s.model().kSelection();
        assertThat(selection.scores()).extracting(KScore::k).containsExactly(2, 3, 4, 5, 6, 7, 8, 9, 10);
        assertThat(selection.reason()).contains("elbow").contains("silhouette");
        assertThat(s.model().k()).isEqualTo(selection.chosen());
        assertThat(Math.abs(selection.chosen() - selection.elbow())).isLessThanOrEqualTo(1);
        Segmentation fixed = new SegmentTrainer()
                .fit(twelveCustomers(), SegmentOptions.DEFAULT.withK(s.model().k()));
        assertThat(s.model().clusters()).isEqualTo(fixed.model().clusters());
        assertThat(s.model().silhouette()).isEqualTo(fixed.model().silhouette());
    }

    @Test
    void profilesAndCrossTabAddUp() {
        String[] countries = {"UK", "UK", "France", "UK", "UK", "Germany", "UK", "EIRE", "UK", null, "UK", "UK"};

        var profiles = SegmentProfiler.profiles(FITTED, twelveCustomers(), countries);
        CrossTab tab = SegmentProfiler.crossTab(FITTED);

        assertThat(profiles).hasSize(4);
        SegmentProfile high = profiles.get(0);
        assertThat(high.name()).isEqualTo("High-Value");
        assertThat(high.customers()).isEqualTo(3);
        assertThat(high.revenue()).isEqualTo(28000.0);
        assertThat(high.revenueShare()).isEqualTo(28000.0 / 32680.0);
        assertThat(high.recencyMedian()).isEqualTo(2.0);
        assertThat(high.frequencyMean()).isEqualTo(125.0 / 3);
        assertThat(high.averageOrderValue()).isEqualTo(28000.0 / 125);
        assertThat(high.topCountries())
                .containsExactly(
                        new SegmentProfile.CountryCount("UK", 2), new SegmentProfile.CountryCount("France", 1));
        assertThat(profiles.get(3).topCountries()).first().isEqualTo(new SegmentProfile.CountryCount("UK", 2));
        assertThat(profiles.stream().mapToDouble(SegmentProfile::customerShare).sum())
                .isEqualTo(1.0);
        assertThat(Arrays.stream(tab.counts()).flatMapToInt(Arrays::stream).sum())
                .isEqualTo(12);
        assertThat(tab.columns()).hasSize(11);
    }
}
