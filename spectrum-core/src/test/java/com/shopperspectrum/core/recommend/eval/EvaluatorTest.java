package com.shopperspectrum.core.recommend.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.shopperspectrum.core.clean.NonProductCodes;
import com.shopperspectrum.core.data.InvalidInputException;
import com.shopperspectrum.core.data.TransactionTable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class EvaluatorTest {
    private static final LocalDateTime T = LocalDateTime.of(2011, 1, 1, 9, 0);

    /** Before day 10: c1 X,Y; c2 X,Y,Z; c3 Y,Z; c4 W. From day 10: c1 buys Z and X; c3 buys POST only; c5 (new) V. */
    private static TransactionTable table() {
        TransactionTable.Builder b = TransactionTable.builder();
        String[][] lines = {
            {"c1", "X", "0"},
            {"c1", "Y", "0"},
            {"c2", "X", "1"},
            {"c2", "Y", "1"},
            {"c2", "Z", "1"},
            {"c3", "Y", "2"},
            {"c3", "Z", "2"},
            {"c4", "W", "3"},
            {"c1", "Z", "10"},
            {"c1", "X", "11"},
            {"c3", "POST", "12"},
            {"c5", "V", "12"}
        };
        for (String[] l : lines) {
            b.add("i" + l[0] + l[2], l[1], "ITEM " + l[1], 1, T.plusDays(Integer.parseInt(l[2])), 1.0, l[0], "UK");
        }
        return b.build();
    }

    @Test
    void onlyCustomersWithHistoryAndMerchandiseInTheTestPeriodCount() {
        EvaluationData d = EvaluationData.split(table(), NonProductCodes.DEFAULT, LocalDate.of(2011, 1, 11), null);
        assertThat(d.testCustomers()).isEqualTo(1);
        assertThat(d.candidateCount()).isEqualTo(4);
    }

    @Test
    void repeatHitsOnlyOldProductsAndPopularityRanksByCustomers() {
        EvaluationData d = EvaluationData.split(table(), NonProductCodes.DEFAULT, LocalDate.of(2011, 1, 11), null);
        List<Ranker> models = StandardRankers.fit(d, new EvaluationSettings(50, 0, 10, 1, 1));
        EvaluationReport r = Evaluator.evaluate(d, models, 1, "cosine-binary-customer");
        // c1 bought X, Y before and X, Z after: repeat's top 1 is X (lower index among equals) = hit
        assertThat(r.result("repeat", "all").hr()).isEqualTo(1.0);
        assertThat(r.result("repeat", "new").hr()).isZero();
        // popular (Y: 3 customers) misses; for new products (Z only) popular without X, Y is Z
        assertThat(r.result("popular", "all").hr()).isZero();
        assertThat(r.result("popular", "new").ndcg()).isEqualTo(1.0);
        // binary cosine: c1 (X, Y) -> Z is the only unbought neighbour
        assertThat(r.result("cosine-binary-customer", "new").hr()).isEqualTo(1.0);
        assertThat(r.result("cosine-binary-customer", "new").coverage()).isCloseTo(1 / 4.0, within(1e-12));
        assertThat(r.results()).hasSize(2 * models.size());
    }

    @Test
    void easeOnATinyCatalogueRecommendsTheCoBoughtProduct() {
        EvaluationData d = EvaluationData.split(table(), NonProductCodes.DEFAULT, LocalDate.of(2011, 1, 11), null);
        EaseRanker ease = EaseRanker.fit(d, 1.0, 1, new int[0]);
        assertThat(ease.products()).isEqualTo(4);
        int z = d.catalog().byCode("Z").index();
        assertThat(ease.recommend(d.train().customers().indexOf("c1"), 1, true)).containsExactly(z);
    }

    @Test
    void badSplitsAreInvalidInput() {
        assertThatThrownBy(() -> EvaluationData.split(table(), NonProductCodes.DEFAULT, LocalDate.of(2012, 1, 1), null))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("0 test rows");
        assertThatThrownBy(() -> EvaluationData.split(
                        table(), NonProductCodes.DEFAULT, LocalDate.of(2011, 1, 11), LocalDate.of(2011, 1, 5)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("must end after");
    }
}
