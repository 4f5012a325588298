package com.shopperspectrum.core.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class GeneratorOptionsTest {
    @Test
    void defaultsScaleWithRows() {
        assertThat(GeneratorOptions.defaultCustomers(541_909)).isBetween(4_400, 4_600);
        assertThat(GeneratorOptions.defaultProducts(541_909)).isEqualTo(1_083);
        assertThat(GeneratorOptions.defaultCustomers(100_000_000)).isBetween(4_800_000, 5_200_000);
        assertThat(GeneratorOptions.defaultProducts(100_000_000)).isEqualTo(200_000);
        assertThat(GeneratorOptions.defaultCustomers(1)).isEqualTo(1);
        assertThat(GeneratorOptions.defaultProducts(1)).isEqualTo(500);
        assertThat(GeneratorOptions.defaultProducts(10_000_000_000L)).isEqualTo(200_000);
    }

    @Test
    void customersGrowAtLeastLinearly() {
        long previous = 0;
        for (long rows = 1_000; rows <= 1_000_000_000L; rows *= 10) {
            long customers = GeneratorOptions.defaultCustomers(rows);
            assertThat(customers).isGreaterThanOrEqualTo(previous * 10 - 10);
            previous = customers;
        }
    }

    @Test
    void badValuesNameTheOption() {
        assertThatThrownBy(() -> GeneratorOptions.scaled(0, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--rows")
                .hasMessageContaining("0");
        assertThatThrownBy(() -> GeneratorOptions.scaled(-5, 1)).hasMessageContaining("--rows");
        assertThatThrownBy(() -> GeneratorOptions.scaled(100, 1).withCustomers(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--customers");
        assertThatThrownBy(() -> GeneratorOptions.scaled(100, 1).withProducts(-1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--products")
                .hasMessageContaining("-1");
        assertThatThrownBy(() -> GeneratorOptions.scaled(100, 1).withProducts(GeneratorOptions.MAX_PRODUCTS + 1))
                .hasMessageContaining("--products");
    }
}
