package com.shopperspectrum.web;

import com.shopperspectrum.core.clean.Cleaner;
import com.shopperspectrum.core.clean.CleaningOptions;
import com.shopperspectrum.core.clean.NonProductCodes;
import com.shopperspectrum.core.data.TransactionTable;
import com.shopperspectrum.core.model.ModelMetadata;
import com.shopperspectrum.core.model.ModelOptions;
import com.shopperspectrum.core.model.ModelTrainer;
import com.shopperspectrum.core.model.SpectrumModel;
import com.shopperspectrum.core.recommend.MatrixOptions;
import com.shopperspectrum.core.recommend.RecommenderDefaults;
import com.shopperspectrum.core.recommend.Scope;
import com.shopperspectrum.core.recommend.SimilarityOptions;
import com.shopperspectrum.core.recommend.Weighting;
import com.shopperspectrum.core.segment.SegmentOptions;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * A model with the cohort part for the Trends tests: fourteen customers over nine months, one to four visits 35 days
 * apart, the first purchases 16 days apart, so that the default migration (the last 90 days) has customers in both
 * states and two won from A on (c12 first buys on A itself, which is not before A; c13 after it).
 */
final class TrendsModels {
    private TrendsModels() {}

    /** The fixture's clean table (the original cleaning). */
    static TransactionTable clean() {
        return new Cleaner(CleaningOptions.ORIGINAL).clean(raw()).clean();
    }

    /** The segmentation options of the model and of its cohort part. */
    static final SegmentOptions SEGMENTS = SegmentOptions.DEFAULT.withK(2).withRestarts(3);

    private static TransactionTable raw() {
        String[][] items = {{"10001", "RED MUG"}, {"10002", "BLUE PLATE"}, {"10003", "GREEN BOWL"}};
        LocalDateTime start = LocalDateTime.of(2011, 1, 5, 10, 0);
        TransactionTable.Builder b = TransactionTable.builder();
        for (int c = 0; c < 14; c++) {
            for (int visit = 0; visit <= c % 4; visit++) {
                for (int i = 0; i <= (c + visit) % 3; i++) {
                    b.add(
                            "I" + c + "-" + visit,
                            items[i][0],
                            items[i][1],
                            1 + c % 5,
                            start.plusDays(16L * c + 35L * visit),
                            1.5 + i,
                            "c" + c,
                            "United Kingdom");
                }
            }
        }
        return b.build();
    }

    static SpectrumModel trends() {
        ModelMetadata meta = new ModelMetadata(
                ModelMetadata.FORMAT_VERSION,
                "test",
                "2026-01-01T00:00:00Z",
                new ModelMetadata.InputFile("trends.csv", 4321, "cd".repeat(32)),
                Map.of(),
                Map.of(),
                Map.of(),
                List.of());
        SegmentOptions segments = SEGMENTS;
        return new ModelTrainer(
                        NonProductCodes.DEFAULT,
                        new ModelOptions(
                                        segments,
                                        null,
                                        MatrixOptions.of(Scope.CUSTOMER, Weighting.BM25),
                                        new SimilarityOptions(10, false),
                                        0,
                                        RecommenderDefaults.easeOptions(false))
                                .withCohorts(segments))
                .train(new Cleaner(CleaningOptions.ORIGINAL).clean(raw()), meta);
    }
}
