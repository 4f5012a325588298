package com.shopperspectrum.core.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The structure the analyses should find: skewed customers, lapsed customers, themes bought together. */
class PurchasePatternsTest {
    private static final GeneratorOptions OPTIONS = GeneratorOptions.scaled(200_000, 42);
    private static final Catalog CATALOG = new RetailGenerator(OPTIONS).catalog();
    private static final List<GeneratedLine> PURCHASES = RetailGeneratorTest.lines(OPTIONS).stream()
            .filter(l -> l.hasCustomer() && !l.cancelled() && l.quantity() > 0 && l.item() < CATALOG.products())
            .toList();

    @Test
    void fewCustomersBuyOftenAndManyRarely() {
        Map<Integer, Set<Long>> invoices = new HashMap<>();
        PURCHASES.forEach(l ->
                invoices.computeIfAbsent(l.customerId(), k -> new HashSet<>()).add(l.invoice()));
        int[] counts = invoices.values().stream().mapToInt(Set::size).sorted().toArray();
        int n = counts.length;
        long total = Arrays.stream(counts).asLongStream().sum();
        long top = Arrays.stream(counts, n - n / 100, n).asLongStream().sum();
        assertThat((double) top / total).as("share of invoices of the top 1%").isGreaterThan(0.10);
        assertThat(counts[n / 2]).as("median invoices").isLessThanOrEqualTo(counts[n - 1] / 20);
        assertThat(Arrays.stream(counts).filter(c -> c <= 2).count())
                .as("one- or two-time buyers")
                .isGreaterThan(n / 5);
    }

    @Test
    void someCustomersLapseWhileOthersBuyToTheEnd() {
        Map<Integer, Long> last = new HashMap<>();
        Map<Integer, Integer> lines = new HashMap<>();
        for (GeneratedLine l : PURCHASES) {
            last.merge(l.customerId(), l.time(), Math::max);
            lines.merge(l.customerId(), 1, Integer::sum);
        }
        long july = LocalDateTime.of(2011, 7, 1, 0, 0).toEpochSecond(ZoneOffset.UTC);
        long october = LocalDateTime.of(2011, 10, 1, 0, 0).toEpochSecond(ZoneOffset.UTC);
        List<Integer> regulars = lines.entrySet().stream()
                .filter(e -> e.getValue() >= 30)
                .map(Map.Entry::getKey)
                .toList();
        long lapsed = regulars.stream().filter(c -> last.get(c) < july).count();
        long current = regulars.stream().filter(c -> last.get(c) >= october).count();
        assertThat((double) lapsed / regulars.size()).as("lapsed regulars").isBetween(0.05, 0.4);
        assertThat((double) current / regulars.size())
                .as("regulars still buying in October")
                .isGreaterThan(0.5);
    }

    @Test
    void wholesalersBuyFarLargerQuantities() {
        Map<Integer, List<Integer>> quantities = new HashMap<>();
        PURCHASES.forEach(l -> quantities
                .computeIfAbsent(l.customerId(), k -> new ArrayList<>())
                .add(l.quantity()));
        double[] medians = quantities.values().stream()
                .filter(q -> q.size() >= 20)
                .mapToDouble(q -> q.stream().sorted().toList().get(q.size() / 2))
                .sorted()
                .toArray();
        assertThat(medians[medians.length - 1]).isGreaterThanOrEqualTo(3 * medians[medians.length / 2]);
    }

    /**
     * For the 40 best-selling products, the 5 products found in the most invoices with it (a plain co-occurrence
     * count) are mostly from its own theme (at most size − 1 can be, in a small theme); random neighbours would be
     * at most 29 in 499 (6 %) in theme.
     */
    @Test
    void productsBoughtTogetherAreMostlyFromTheSameTheme() {
        Map<Long, Set<Integer>> baskets = new LinkedHashMap<>();
        PURCHASES.forEach(
                l -> baskets.computeIfAbsent(l.invoice(), k -> new HashSet<>()).add(l.item()));
        int products = CATALOG.products();
        int[] popularity = new int[products];
        baskets.values().forEach(b -> b.forEach(p -> popularity[p]++));
        Integer[] byPopularity = new Integer[products];
        Arrays.setAll(byPopularity, i -> i);
        Arrays.sort(byPopularity, Comparator.comparingInt((Integer p) -> -popularity[p]));
        int inTheme = 0;
        int neighbours = 0;
        for (int i = 0; i < 40; i++) {
            int product = byPopularity[i];
            int[] together = new int[products];
            for (Set<Integer> basket : baskets.values()) {
                if (basket.contains(product)) {
                    basket.forEach(other -> together[other]++);
                }
            }
            together[product] = 0;
            int themeMates = CATALOG.themeSize(CATALOG.theme(product)) - 1;
            for (int k = 0; k < Math.min(5, themeMates); k++) {
                int best = 0;
                for (int p = 1; p < products; p++) {
                    if (together[p] > together[best]) {
                        best = p;
                    }
                }
                inTheme += CATALOG.theme(best) == CATALOG.theme(product) ? 1 : 0;
                neighbours++;
                together[best] = -1;
            }
        }
        double share = (double) inTheme / neighbours;
        double atRandom = 30.0 / products;
        assertThat(share).isGreaterThan(0.5).isGreaterThan(10 * atRandom);
    }
}
