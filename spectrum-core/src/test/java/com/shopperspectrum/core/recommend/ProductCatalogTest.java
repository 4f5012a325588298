package com.shopperspectrum.core.recommend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.shopperspectrum.core.clean.NonProductCodes;
import com.shopperspectrum.core.data.InvalidInputException;
import com.shopperspectrum.core.data.TransactionTable;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class ProductCatalogTest {
    private static final LocalDateTime T = LocalDateTime.of(2011, 3, 1, 9, 0);

    private static ProductCatalog catalog() {
        TransactionTable t = TransactionTable.builder()
                .add("1", "85123A", "WHITE HANGING HEART T-LIGHT HOLDER", 6, T, 2.55, "17850", "UK")
                .add("2", "85123A", "CREAM HANGING HEART T-LIGHT HOLDER", 2, T, 2.55, "13047", "UK")
                .add("3", "85123A", "WHITE HANGING HEART T-LIGHT HOLDER", 1, T, 2.55, "12583", "UK")
                .add("1", "20725", "LUNCH BAG RED RETROSPOT", 10, T, 1.65, "17850", "UK")
                .add("2", "20727", "LUNCH BAG  BLACK SKULL.", 10, T, 1.65, "13047", "UK")
                .add("2", "POST", "POSTAGE", 1, T, 18.0, "13047", "UK")
                .add("4", "85099B", "JUMBO BAG RED RETROSPOT", 1, T, 1.95, "12583", "UK")
                .add("4", "23582", "VINTAGE DOILY JUMBO BAG RED", 1, T, 1.95, "12583", "UK")
                .build();
        return ProductCatalog.of(t, NonProductCodes.DEFAULT);
    }

    @Test
    void summarisesEachStockCode() {
        Product heart = catalog().byCode("85123a ");
        assertThat(heart.description()).isEqualTo("WHITE HANGING HEART T-LIGHT HOLDER");
        assertThat(heart.quantity()).isEqualTo(9);
        assertThat(heart.revenue()).isEqualTo(9 * 2.55, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(heart.customers()).isEqualTo(3);
        assertThat(heart.popularityRank()).isEqualTo(1);
        assertThat(catalog().byCode("POST").nonProduct()).isTrue();
        assertThat(catalog().byPopularity())
                .extracting(Product::stockCode)
                .containsExactly("85123A", "20725", "20727", "23582", "85099B", "POST");
    }

    @Test
    void findsByCodeOrUniqueWords() {
        assertThat(catalog().lookup("85123a").product().stockCode()).isEqualTo("85123A");
        assertThat(catalog().lookup("white heart").product().stockCode()).isEqualTo("85123A");
        assertThat(catalog().lookup("skull").product().stockCode()).isEqualTo("20727");
        assertThat(catalog().lookup("lunch bag black skull").product().stockCode())
                .isEqualTo("20727");
        // both contain the words; only one starts with them
        assertThat(catalog().lookup("jumbo bag red").product().stockCode()).isEqualTo("85099B");
        assertThat(catalog().lookup("bag red").status()).isEqualTo(ProductMatch.Status.AMBIGUOUS);
    }

    @Test
    void ambiguousWordsListTheCandidates() {
        ProductMatch m = catalog().lookup("Lunch Bag");
        assertThat(m.status()).isEqualTo(ProductMatch.Status.AMBIGUOUS);
        assertThat(m.products()).extracting(Product::stockCode).containsExactly("20725", "20727");
        assertThatThrownBy(() -> catalog().resolve("lunch bag"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("ambiguous")
                .hasMessageContaining("20725 (LUNCH BAG RED RETROSPOT)");
    }

    @Test
    void unknownQueriesSuggestTheClosest() {
        ProductMatch m = catalog().lookup("lunch bagg retrospott");
        assertThat(m.status()).isEqualTo(ProductMatch.Status.UNKNOWN);
        assertThat(m.products().get(0).stockCode()).isEqualTo("20725");
        assertThatThrownBy(() -> catalog().resolve("zzzz"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("unknown product 'zzzz'");
        assertThat(catalog().lookup("  ").status()).isEqualTo(ProductMatch.Status.UNKNOWN);
    }
}
