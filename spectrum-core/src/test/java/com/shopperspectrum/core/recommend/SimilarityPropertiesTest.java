package com.shopperspectrum.core.recommend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.shopperspectrum.core.clean.NonProductCodes;
import com.shopperspectrum.core.data.TransactionTable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class SimilarityPropertiesTest {
    record Line(int invoice, int customer, int product, int quantity) {
        String text() {
            return "i" + invoice + " c" + customer + " P" + product + " " + quantity;
        }
    }

    @Provide
    Arbitrary<List<Line>> lines() {
        Arbitrary<Line> line = Combinators.combine(
                        Arbitraries.integers().between(0, 9),
                        Arbitraries.integers().between(0, 5),
                        Arbitraries.integers().between(0, 9),
                        Arbitraries.integers().between(1, 20))
                .as(Line::new);
        return line.list().ofMinSize(1).ofMaxSize(40);
    }

    private static TransactionTable table(List<Line> lines) {
        return Tables.of(lines.stream().map(Line::text).toArray(String[]::new));
    }

    private static ItemNeighbours neighbours(TransactionTable t, Scope scope, Weighting w, int k, int threads) {
        ProductCatalog catalog = ProductCatalog.of(t, NonProductCodes.DEFAULT);
        return new CosineItemSimilarity(new SimilarityOptions(k, false), threads)
                .neighbours(
                        PurchaseMatrix.of(t, ProductCatalog.of(t, NonProductCodes.DEFAULT), MatrixOptions.of(scope, w)),
                        catalog);
    }

    @Property(tries = 200)
    void similarityIsSymmetricInRangeAndNeverSelf(
            @ForAll("lines") List<Line> lines, @ForAll Weighting w, @ForAll Scope scope) {
        ItemNeighbours n = neighbours(table(lines), scope, w, 50, 1);
        for (int i = 0; i < n.size(); i++) {
            for (int r = 0; r < n.count(i); r++) {
                int j = n.neighbour(i, r);
                assertThat(j).isNotEqualTo(i);
                assertThat(n.score(i, r)).isBetween(0f, 1f);
                assertThat(n.similarity(j, i)).isEqualTo(n.score(i, r));
            }
        }
    }

    @Property(tries = 200)
    void topNIsSortedAndAtMostN(
            @ForAll("lines") List<Line> lines, @ForAll Weighting w, @ForAll("smallK") int k, @ForAll("smallK") int n) {
        ItemNeighbours nb = neighbours(table(lines), Scope.CUSTOMER, w, k, 1);
        for (int i = 0; i < nb.size(); i++) {
            List<ScoredProduct> similar = nb.similar(nb.stockCode(i), n);
            assertThat(similar.size()).isLessThanOrEqualTo(Math.min(n, k));
            for (int r = 1; r < similar.size(); r++) {
                assertThat(similar.get(r).score())
                        .isLessThanOrEqualTo(similar.get(r - 1).score());
            }
        }
    }

    @Provide
    Arbitrary<Integer> smallK() {
        return Arbitraries.integers().between(1, 6);
    }

    @Property(tries = 100)
    void sameResultOnAnyThreadCount(
            @ForAll("lines") List<Line> lines, @ForAll Weighting w, @ForAll Scope scope, @ForAll("smallK") int k) {
        TransactionTable t = table(lines);
        ItemNeighbours one = neighbours(t, scope, w, k, 1);
        assertThat(neighbours(t, scope, w, k, 3)).isEqualTo(one);
        assertThat(neighbours(t, scope, w, k, 8)).isEqualTo(one);
    }

    @Property(tries = 100)
    void invariantToRowOrder(
            @ForAll("lines") List<Line> lines, @ForAll Weighting w, @ForAll Scope scope, @ForAll long seed) {
        List<Line> shuffled = new ArrayList<>(lines);
        Collections.shuffle(shuffled, new Random(seed));
        ItemNeighbours a = neighbours(table(lines), scope, w, 50, 1);
        ItemNeighbours b = neighbours(table(shuffled), scope, w, 50, 2);
        for (int i = 0; i < a.size(); i++) {
            String code = a.stockCode(i);
            List<ScoredProduct> sa = a.similar(code, 50);
            List<ScoredProduct> sb = b.similar(code, 50);
            assertThat(sb).hasSameSizeAs(sa);
            for (ScoredProduct p : sa) {
                int bi = b.indexOf(code);
                assertThat(b.similarity(bi, b.indexOf(p.stockCode()))).isCloseTo((float) p.score(), within(1e-5f));
            }
        }
    }
}
