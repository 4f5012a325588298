package com.shopperspectrum.core.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class TransactionTableTest {
    @Test
    void storesRowsColumnByColumnWithSharedDictionaries() {
        TransactionTable t = Fixtures.tenRows();
        assertThat(t.size()).isEqualTo(10);
        assertThat(t.products().size()).isEqualTo(3);
        assertThat(t.customers().size()).isEqualTo(3);
        assertThat(t.stockCode(1)).isEqualTo("BAN");
        assertThat(t.customerId(3)).isNull();
        assertThat(t.descriptionText(9)).isNull();
        assertThat(t.amount(0)).isEqualTo(3.0);
        assertThat(t.dateTime(2)).isEqualTo(LocalDateTime.of(2011, 1, 10, 9, 30));
        assertThat(t.day(2)).isEqualTo((int)
                LocalDateTime.of(2011, 1, 10, 0, 0).toLocalDate().toEpochDay());
    }

    @Test
    void selectKeepsChosenRowsInOrder() {
        TransactionTable t = Fixtures.tenRows();
        TransactionTable s = t.select(new int[] {2, 0});
        assertThat(s.size()).isEqualTo(2);
        assertThat(s.invoiceId(0)).isEqualTo("INV2");
        assertThat(s.invoiceId(1)).isEqualTo("INV1");
        assertThat(s.products()).isSameAs(t.products());
        assertThatThrownBy(() -> t.select(new int[] {10})).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void aFullBuilderSharesItsArraysAndMayStillGoOn() {
        TransactionTable.Builder b =
                TransactionTable.builder().expectRows(2100); // 2000 rows fill it beyond 7/8: shared
        for (int i = 0; i < 2000; i++) {
            b.add(
                    "I" + i,
                    "P" + (i % 7),
                    null,
                    i,
                    LocalDateTime.of(2020, 1, 1, 0, 0).plusMinutes(i),
                    i / 2.0,
                    "c",
                    null);
        }
        TransactionTable first = b.build();
        for (int i = 0; i < 5000; i++) {
            b.add("J" + i, "Q", null, -i, LocalDateTime.of(2021, 1, 1, 0, 0), 9.0, null, "UK");
        }
        TransactionTable second = b.build();
        assertThat(first.size()).isEqualTo(2000);
        assertThat(second.size()).isEqualTo(7000);
        for (int i = 0; i < 2000; i++) {
            assertThat(first.quantity(i)).isEqualTo(i);
            assertThat(first.invoiceId(i)).isEqualTo("I" + i);
            assertThat(first.unitPrice(i)).isEqualTo(i / 2.0);
            assertThat(second.stockCode(i)).isEqualTo(first.stockCode(i));
        }
        assertThat(second.quantity(6999)).isEqualTo(-4999);
        assertThat(first.select(new int[] {1999, 0}).quantity(0)).isEqualTo(1999);
    }

    @Test
    void buildCopiesSoTheBuilderCanGoOn() {
        TransactionTable.Builder b =
                TransactionTable.builder().add("I", "X", null, 1, LocalDateTime.of(2020, 1, 1, 0, 0), 1.0, "c", null);
        TransactionTable first = b.build();
        b.add("J", "Y", null, 1, LocalDateTime.of(2020, 1, 1, 0, 0), 1.0, "c", null);
        assertThat(first.size()).isEqualTo(1);
        assertThat(b.build().size()).isEqualTo(2);
    }

    @Test
    void dictionaryAssignsDenseIdsInFirstSeenOrder() {
        Dictionary d = Dictionary.of("b", "a", "b");
        assertThat(d.size()).isEqualTo(2);
        assertThat(d.indexOf("a")).isEqualTo(1);
        assertThat(d.indexOf("z")).isEqualTo(-1);
        assertThat(d.values()).containsExactly("b", "a");
        assertThatThrownBy(() -> d.get(2)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void addIdsRefersToTheBuildersDictionaries() {
        TransactionTable.Builder b = TransactionTable.builder();
        int invoice = b.dictionaries().invoices().intern("INV1");
        int product = b.dictionaries().products().intern("85123A");
        int customer = b.dictionaries().customers().intern("17850");
        b.addIds(
                invoice,
                product,
                -1,
                6,
                TransactionTable.toSeconds(LocalDateTime.of(2010, 12, 1, 8, 26)),
                2.55,
                customer,
                -1);
        TransactionTable t = b.build();
        assertThat(t.invoiceId(0)).isEqualTo("INV1");
        assertThat(t.stockCode(0)).isEqualTo("85123A");
        assertThat(t.descriptionText(0)).isNull();
        assertThat(t.customerId(0)).isEqualTo("17850");
        assertThat(t.countryName(0)).isNull();
        assertThat(t.amount(0)).isEqualTo(6 * 2.55);
        assertThat(t.dateTime(0)).isEqualTo(LocalDateTime.of(2010, 12, 1, 8, 26));
    }

    @Test
    void addIdsRejectsIdsOutsideTheDictionaries() {
        TransactionTable.Builder b = TransactionTable.builder();
        int invoice = b.dictionaries().invoices().intern("INV1");
        int product = b.dictionaries().products().intern("X");
        assertThatThrownBy(() -> b.addIds(invoice, 1, -1, 1, 0L, 1.0, -1, -1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("product id 1 not in [0, 1)");
        assertThatThrownBy(() -> b.addIds(-1, product, -1, 1, 0L, 1.0, -1, -1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("invoice id -1 not in [0, 1)");
        assertThatThrownBy(() -> b.addIds(invoice, product, -1, 1, 0L, 1.0, 0, -1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("customer id 0 not in [-1, 0)");
        assertThat(b.size()).isZero();
    }
}
