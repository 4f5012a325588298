package com.shopperspectrum.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.shopperspectrum.core.data.RealData;
import com.shopperspectrum.io.Json;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The profile of the real UCI files: the exact figures. Skips visibly without ../shared/data. */
class ProfileReferenceTest {
    static Path data(String name) {
        return RealData.file(name);
    }

    @Test
    void onlineRetailProfileHasTheExactCountsAndRevenue() throws Exception {
        CliRun run = CliRun.of("profile", data("online_retail.csv.gz").toString(), "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode j = Json.mapper().readTree(run.out());
        assertThat(j.at("/rows/raw").asLong()).isEqualTo(541_909);
        assertThat(j.at("/rows/missingCustomer").asLong()).isEqualTo(135_080);
        assertThat(j.at("/rows/cancelled").asLong()).isEqualTo(8_905);
        assertThat(j.at("/rows/nonPositiveQuantity").asLong()).isZero();
        assertThat(j.at("/rows/nonPositivePrice").asLong()).isEqualTo(40);
        assertThat(j.at("/rows/clean").asLong()).isEqualTo(397_884);
        assertThat(j.at("/customers").asLong()).isEqualTo(4_338);
        assertThat(j.at("/products").asLong()).isEqualTo(3_665);
        assertThat(j.at("/invoices").asLong()).isEqualTo(18_532);
        assertThat(j.at("/countries").asLong()).isEqualTo(37);
        assertThat(j.at("/revenue").asDouble()).isCloseTo(8_911_407.904, within(1e-6));
        assertThat(j.at("/firstDate").asText()).isEqualTo("2010-12-01T08:26:00");
        assertThat(j.at("/lastDate").asText()).isEqualTo("2011-12-09T12:50:00");
        assertThat(j.at("/quality/duplicateRows").asLong()).isEqualTo(5_268);
        assertThat(j.at("/quality/missingDescription").asLong()).isEqualTo(1_454);
        assertThat(j.at("/topProducts/byQuantity/0/stockCode").asText()).isEqualTo("23843");
        assertThat(j.at("/monthly").size()).isEqualTo(13);
        assertThat(j.at("/byCountry/0/country").asText()).isEqualTo("United Kingdom");
        assertThat(j.at("/rfm/recency/min").asDouble()).isEqualTo(1.0);
        assertThat(j.at("/rfm/frequency/max").asDouble()).isEqualTo(209.0);
    }

    @Test
    void onlineRetailIiIsRecognisedAndEveryRowAccountedFor() throws Exception {
        CliRun run = CliRun.of("profile", data("online_retail_ii.csv.gz").toString(), "--json", "--drop-duplicates");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode j = Json.mapper().readTree(run.out());
        assertThat(j.at("/input/layout").asText()).isEqualTo("uci-online-retail-ii");
        assertThat(j.at("/rows/raw").asLong()).isEqualTo(1_067_371);
        assertThat(j.at("/rows/missingCustomer").asLong()).isEqualTo(243_007);
        assertThat(j.at("/rows/nonPositivePrice").asLong()).isEqualTo(71);
        long removed = 0;
        for (String rule :
                new String[] {"missingCustomer", "cancelled", "nonPositiveQuantity", "nonPositivePrice", "duplicates"
                }) {
            removed += j.at("/rows/" + rule).asLong();
        }
        assertThat(removed + j.at("/rows/clean").asLong()).isEqualTo(1_067_371);
        assertThat(j.at("/quality/duplicateRows").asLong()).isEqualTo(34_335);
    }
}
