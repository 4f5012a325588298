package com.shopperspectrum.core.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CatalogTest {
    @Test
    void stockCodesAreUniqueAndShapedLikeTheOriginal() {
        Catalog catalog = new Catalog(100_000, 7);
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < catalog.size(); i++) {
            assertThat(codes.add(catalog.code(i)))
                    .as("duplicate code %s", catalog.code(i))
                    .isTrue();
            if (i < catalog.products()) {
                assertThat(catalog.code(i)).matches("[1-9][0-9]{4}[A-Z]?");
            }
        }
        assertThat(codes).contains("POST", "DOT", "M", "C2", "BANK CHARGES");
    }

    @Test
    void someCodesHaveLowerCaseVariantsAndSomeDescriptionsTrailingSpaces() {
        Catalog catalog = new Catalog(2_000, 7);
        int lower = 0;
        int trailing = 0;
        for (int i = 0; i < catalog.products(); i++) {
            String variant = catalog.lowerCaseCode(i);
            if (variant != null) {
                lower++;
                assertThat(variant.toUpperCase(Locale.ROOT))
                        .isEqualTo(catalog.code(i))
                        .isNotEqualTo(variant);
            }
            if (catalog.description(i).endsWith(" ")) {
                trailing++;
            }
        }
        assertThat(lower).isBetween(10, 200);
        assertThat(trailing).isBetween(100, 400);
    }

    @Test
    void productsOfAThemeShareItsNameAndThemesCoverTheCatalogue() {
        Catalog catalog = new Catalog(5_000, 3);
        for (int p = 0; p < catalog.products(); p++) {
            assertThat(catalog.description(p)).startsWith(catalog.themeName(catalog.theme(p)) + " ");
        }
        assertThat(catalog.themes()).isBetween(5_000 / 30, 5_000 / 5);
    }

    @Test
    void aSingleProductWorks() {
        Catalog catalog = new Catalog(1, 3);
        assertThat(catalog.themes()).isEqualTo(1);
        assertThat(catalog.sampleInTheme(0, 0.99)).isZero();
        assertThat(catalog.sampleProduct(0.5)).isZero();
    }

    @Test
    void themeNamesAreUnique() {
        Set<String> names = new HashSet<>();
        for (int t = 0; t < 20_000; t++) {
            assertThat(names.add(ThemeNames.theme(t))).as("theme %d", t).isTrue();
        }
    }
}
