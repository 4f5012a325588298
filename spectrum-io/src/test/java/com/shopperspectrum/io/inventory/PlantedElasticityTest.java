package com.shopperspectrum.io.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import com.shopperspectrum.core.clean.Cleaner;
import com.shopperspectrum.core.clean.CleaningOptions;
import com.shopperspectrum.core.generate.Catalog;
import com.shopperspectrum.core.generate.GeneratorOptions;
import com.shopperspectrum.core.generate.PriceProcess;
import com.shopperspectrum.core.generate.RetailGenerator;
import com.shopperspectrum.core.inventory.DemandSeries;
import com.shopperspectrum.core.inventory.Period;
import com.shopperspectrum.core.inventory.PriceResponse;
import com.shopperspectrum.io.GeneratedCsvWriter;
import com.shopperspectrum.io.ReadOptions;
import com.shopperspectrum.io.TransactionReader;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The price-response estimate recovers the elasticity the generator planted ({@code generate --prices}): on 1M
 * generated rows, read back through the reader, the planted slope lies in the estimate's 95 % interval for at
 * least 90 % of the products with enough price variation.
 */
class PlantedElasticityTest {
    @Test
    void recoversThePlantedSlopesWithinTheirIntervals(@TempDir Path dir) {
        GeneratorOptions options = GeneratorOptions.scaled(1_000_000, 42).withPrices(true);
        RetailGenerator generator = new RetailGenerator(options);
        Path file = dir.resolve("prices.csv.gz");
        new GeneratedCsvWriter(2, done -> {}).write(generator, file);
        var raw = new TransactionReader().read(file, ReadOptions.DEFAULT).table();
        DemandSeries weekly = DemandSeries.of(
                new Cleaner(CleaningOptions.ORIGINAL).sales(raw), CleaningOptions.ORIGINAL.nonProducts(), Period.WEEK);
        Map<String, Double> planted = planted(generator.catalog(), new PriceProcess(options.seed()));

        int estimated = 0;
        int covered = 0;
        for (int p = 0; p < weekly.size(); p++) {
            Double slope = planted.get(weekly.code(p));
            PriceResponse r = PriceResponse.fit(weekly.code(p), null, weekly.units(p), weekly.revenue(p), 8, 0.05);
            if (slope == null || r.estimate() == null) {
                continue;
            }
            estimated++;
            covered += r.estimate().low() <= slope && slope <= r.estimate().high() ? 1 : 0;
        }
        assertThat(estimated).as("products with an estimate").isGreaterThan(500);
        assertThat((double) covered / estimated)
                .as("%d of %d planted slopes inside the 95 %% interval", covered, estimated)
                .isGreaterThanOrEqualTo(0.90);
    }

    private static Map<String, Double> planted(Catalog catalog, PriceProcess prices) {
        Map<String, Double> byCode = new HashMap<>();
        for (int i = 0; i < catalog.products(); i++) {
            byCode.put(catalog.code(i).toUpperCase(Locale.ROOT), prices.elasticity(i));
        }
        return byCode;
    }
}
