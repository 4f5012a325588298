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

/** A small synthetic model for web tests: six customers, six products, one description that is an XSS probe. */
public final class TestModels {
    /** A description that must be shown as text wherever it appears. */
    static final String XSS = "<script>alert(\"xss\")</script> MUG \"QUOTED\" & <b>BOLD</b>";

    static final String XSS_CODE = "X<1>";

    private TestModels() {}

    /** The small model, cleaned by the original method (the figures the API tests pin). */
    public static SpectrumModel small() {
        return small(CleaningOptions.ORIGINAL);
    }

    /** The small model cleaned with {@code cleaning}: its cancellation C9999 reverses one purchase when netting. */
    public static SpectrumModel small(CleaningOptions cleaning) {
        LocalDateTime d = LocalDateTime.of(2011, 11, 1, 10, 0);
        TransactionTable.Builder b = TransactionTable.builder();
        String[][] items = {
            {"85123A", "WHITE HANGING HEART T-LIGHT HOLDER"},
            {"20725", "LUNCH BAG RED RETROSPOT"},
            {"22382", "LUNCH BAG SPACEBOY DESIGN"},
            {XSS_CODE, XSS},
            {"47566", "PARTY BUNTING"},
            {"POST", "POSTAGE"}
        };
        String[] customers = {"12347", "12348", "12349", "12350", "12351", "12352"};
        int invoice = 1000;
        for (int c = 0; c < customers.length; c++) {
            for (int visit = 0; visit <= c % 3; visit++) {
                invoice++;
                for (int i = 0; i < items.length; i++) {
                    if ((i + c + visit) % 2 == 0 || i == 3) {
                        b.add(
                                String.valueOf(invoice),
                                items[i][0],
                                items[i][1],
                                1 + (i + c) % 4,
                                d.minusDays(7L * c + 20L * visit),
                                1.25 + i,
                                customers[c],
                                c % 2 == 0 ? "United Kingdom" : "France");
                    }
                }
            }
        }
        b.add("C9999", "85123A", items[0][1], -1, d, 2.55, "12347", "United Kingdom");
        ModelMetadata meta = new ModelMetadata(
                ModelMetadata.FORMAT_VERSION,
                "test",
                "2026-01-01T00:00:00Z",
                new ModelMetadata.InputFile("small.csv", 1234, "ab".repeat(32)),
                Map.of(),
                Map.of(),
                Map.of(),
                List.of());
        return new ModelTrainer(
                        NonProductCodes.DEFAULT,
                        new ModelOptions(
                                        SegmentOptions.DEFAULT.withK(2).withRestarts(3),
                                        null,
                                        MatrixOptions.of(Scope.CUSTOMER, Weighting.BM25),
                                        new SimilarityOptions(10, false),
                                        30,
                                        RecommenderDefaults.easeOptions(false))
                                .withInventory(com.shopperspectrum.core.inventory.InventoryOptions.DEFAULT)
                                .withBaskets(com.shopperspectrum.core.baskets.RuleOptions.DEFAULT.withMinSupport(
                                        com.shopperspectrum.core.baskets.SupportThreshold.parse("2"))))
                .train(new Cleaner(cleaning).clean(b.build()), meta);
    }
}
