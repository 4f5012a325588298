package com.shopperspectrum.core.recommend;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class CoPurchasesTest {
    @Test
    void countsTheCustomersWhoBoughtBothAsABruteForceCountDoes() {
        Random random = new Random(5);
        int customers = 300;
        int products = 40;
        int[] offsets = new int[customers + 1];
        java.util.List<Integer> items = new java.util.ArrayList<>();
        for (int c = 0; c < customers; c++) {
            for (int p = 0; p < products; p++) {
                if (random.nextInt(6) == 0) {
                    items.add(p);
                }
            }
            offsets[c + 1] = items.size();
        }
        int[] item = items.stream().mapToInt(Integer::intValue).toArray();
        int[] ones = new int[item.length];
        java.util.Arrays.fill(ones, 1);
        PurchaseHistory h = new PurchaseHistory(offsets, item, ones, ones, ones, 1);
        CoPurchases co = CoPurchases.of(h);
        for (int a = 0; a < products; a++) {
            int buyers = 0;
            for (int c = 0; c < customers; c++) {
                buyers += h.bought(c, a) ? 1 : 0;
            }
            assertThat(co.buyers(a)).isEqualTo(buyers);
            for (int b = 0; b < products; b++) {
                int both = 0;
                for (int c = 0; c < customers; c++) {
                    both += h.bought(c, a) && h.bought(c, b) ? 1 : 0;
                }
                assertThat(co.together(a, b)).as(a + " and " + b).isEqualTo(both);
            }
        }
        assertThat(co.together(0, products + 3)).isZero();
        assertThat(co.together(-1, 0)).isZero();
        assertThat(co.buyers(products + 3)).isZero();
    }
}
