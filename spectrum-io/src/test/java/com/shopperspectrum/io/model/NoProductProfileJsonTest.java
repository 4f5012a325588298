package com.shopperspectrum.io.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.shopperspectrum.core.profile.DataProfile;
import com.shopperspectrum.io.Json;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The profile's noProductColumn in a model's profile.json: written, read back, and false in older files. */
class NoProductProfileJsonTest {
    private static DataProfile profile() {
        return new DataProfile(
                Map.of("raw", 3L, "clean", 3L),
                null,
                2,
                1,
                3,
                0,
                10.0,
                true,
                LocalDateTime.of(2011, 1, 1, 0, 0),
                LocalDateTime.of(2011, 2, 1, 0, 0),
                Map.of("codesWithSeveralDescriptions", 1L),
                new DataProfile.TopProducts(
                        List.of(new DataProfile.ProductTotal("(no product)", "", 3, 10.0)), List.of()),
                List.of(),
                List.of(),
                null,
                false);
    }

    @Test
    void aProfileWithoutProductsRoundTripsAndShowsNoProduct() throws Exception {
        DataProfile none = profile().withoutProducts();
        String json = Json.mapper().writeValueAsString(none);
        DataProfile read = Json.mapper().readValue(json, DataProfile.class);
        assertThat(read.noProductColumn()).isTrue();
        assertThat(read.products()).isZero();
        assertThat(read.topProducts().byQuantity()).isEmpty();
        assertThat(read.quality()).containsEntry("codesWithSeveralDescriptions", 0L);
        assertThat(json).doesNotContain("(no product)");
    }

    @Test
    void aProfileWrittenBeforeTheFieldReadsAsHavingProducts() throws Exception {
        ObjectNode tree = Json.mapper().valueToTree(profile());
        tree.remove("noProductColumn");
        DataProfile read = Json.mapper().treeToValue(tree, DataProfile.class);
        assertThat(read.noProductColumn()).isFalse();
        assertThat(read.products()).isEqualTo(1);
        assertThat(read.topProducts().byQuantity()).hasSize(1);
    }

    @Test
    void profileJsonOfAModelWithProductsIsTheFileEarlierReadersKnow() throws Exception {
        byte[] with = ModelWriter.profile(profile());
        byte[] without = ModelWriter.profile(profile().withoutProducts());
        assertThat(new String(with, java.nio.charset.StandardCharsets.UTF_8)).doesNotContain("noProductColumn");
        assertThat(new String(without, java.nio.charset.StandardCharsets.UTF_8)).contains("\"noProductColumn\" : true");
        // earlier readers refuse unknown fields: every field of the file is one they know
        java.util.List<String> fields = new java.util.ArrayList<>();
        Json.mapper().readTree(with).fieldNames().forEachRemaining(fields::add);
        assertThat(fields)
                .containsExactly(
                        "rows",
                        "reversedRevenue",
                        "customers",
                        "products",
                        "invoices",
                        "countries",
                        "revenue",
                        "moneyAvailable",
                        "firstDate",
                        "lastDate",
                        "quality",
                        "topProducts",
                        "monthly",
                        "byCountry",
                        "rfm");
        assertThat(Json.mapper().readValue(with, DataProfile.class).noProductColumn())
                .isFalse();
        assertThat(Json.mapper().readValue(without, DataProfile.class).noProductColumn())
                .isTrue();
    }
}
