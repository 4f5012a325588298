package com.shopperspectrum.io;

import static com.shopperspectrum.io.Fixtures.csv;
import static com.shopperspectrum.io.Fixtures.mapping;
import static com.shopperspectrum.io.Fixtures.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.shopperspectrum.core.data.InvalidInputException;
import com.shopperspectrum.core.data.TransactionTable;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MappingTest {
    private static final String HEADER = "household_id,basket_id,product_id,qty,sales_value,ts,store";

    @TempDir
    Path dir;

    private Path dunnhumby() {
        return csv(
                dir,
                "baskets.csv",
                HEADER,
                "2375,26984851472,1004906,1,1.39,2011-01-01 10:00:00,364",
                "2375,26984851472,1033142,2,0.82,2011-01-01 10:00:00,364",
                "2375,26984851516,1036325,4,0.99,2011-01-02 11:30:00,364",
                "1364,26984896261,842930,1,2.19,2011-01-01 12:00:00,31742");
    }

    @Test
    void mapsAnotherLayoutWithAmountAsLineTotal() {
        ReadResult result = read(
                dunnhumby(),
                mapping(Map.of(
                        "customer",
                        "household_id",
                        "product",
                        "product_id",
                        "invoice",
                        "basket_id",
                        "date",
                        "ts",
                        "quantity",
                        "qty",
                        "amount",
                        "sales_value")));
        TransactionTable t = result.table();

        assertThat(t.hasProducts()).isTrue();
        assertThat(result.report().layout()).isEqualTo("mapped");
        assertThat(t.size()).isEqualTo(4);
        assertThat(t.invoiceId(1)).isEqualTo("26984851472");
        assertThat(t.customerId(1)).isEqualTo("2375");
        assertThat(t.quantity(1)).isEqualTo(2);
        assertThat(t.unitPrice(1)).isCloseTo(0.41, within(1e-12));
        assertThat(t.amount(1)).isCloseTo(0.82, within(1e-12));
        assertThat(t.descriptionText(0)).isNull();
        assertThat(t.countryName(0)).isNull();
        assertThat(t.hasInvoices()).isTrue();
        assertThat(t.hasPrices()).isTrue();
    }

    @Test
    void withoutInvoiceAnInvoiceIsOneCustomersDay() {
        TransactionTable t = read(
                        dunnhumby(),
                        mapping(Map.of(
                                "customer",
                                "household_id",
                                "product",
                                "product_id",
                                "date",
                                "ts",
                                "price",
                                "sales_value")))
                .table();

        assertThat(t.hasInvoices()).isFalse();
        assertThat(t.invoice(0)).isEqualTo(t.invoice(1));
        assertThat(t.invoice(2)).isNotEqualTo(t.invoice(0));
        assertThat(t.invoice(3)).isNotEqualTo(t.invoice(0));
        assertThat(t.invoices().size()).isEqualTo(3);
        assertThat(t.quantity(1)).as("no quantity column: every quantity is 1").isEqualTo(1);
        assertThat(t.unitPrice(1)).isEqualTo(0.82);
    }

    @Test
    void withoutMoneyPricesAreUnavailable() {
        TransactionTable t = read(
                        dunnhumby(), mapping(Map.of("customer", "household_id", "product", "product_id", "date", "ts")))
                .table();

        assertThat(t.hasPrices()).isFalse();
        assertThat(t.unitPrice(0)).isNaN();
        assertThat(t.dateTime(2)).isEqualTo(LocalDateTime.of(2011, 1, 2, 11, 30));
    }

    @Test
    void headerNamesInTheMappingMatchIgnoringCase() {
        TransactionTable t = read(
                        dunnhumby(), mapping(Map.of("customer", "Household ID", "product", "PRODUCT_ID", "date", "TS")))
                .table();

        assertThat(t.stockCode(3)).isEqualTo("842930");
    }

    @Test
    void anUnknownFieldListsTheFields() {
        assertThatThrownBy(() -> read(dunnhumby(), mapping(Map.of("client", "household_id"))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("unknown field 'client'")
                .hasMessageContaining(
                        "invoice, product, description, quantity, date, price, amount, customer, " + "country");
    }

    @Test
    void aHeaderNameNotInTheFileListsTheHeader() {
        Map<String, String> columns = new LinkedHashMap<>();
        columns.put("customer", "household_id");
        columns.put("product", "sku");
        columns.put("date", "ts");
        assertThatThrownBy(() -> read(dunnhumby(), mapping(columns)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("baskets.csv: --columns product=sku: no column 'sku' in the header")
                .hasMessageContaining(
                        "'household_id', 'basket_id', 'product_id', 'qty', 'sales_value', 'ts', " + "'store'");
    }

    @Test
    void requiredFieldsMustBeMapped() {
        assertThatThrownBy(
                        () -> read(dunnhumby(), mapping(Map.of("customer", "household_id", "product", "product_id"))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("--columns must map date");
    }

    @Test
    void withoutAProductColumnEveryRowCarriesThePlaceholderAndTheTableSaysSo() {
        ReadResult result = read(
                dunnhumby(),
                mapping(Map.of("customer", "household_id", "date", "ts", "quantity", "qty", "amount", "sales_value")));
        TransactionTable t = result.table();

        assertThat(t.hasProducts()).isFalse();
        assertThat(t.size()).isEqualTo(4);
        assertThat(t.products().size()).isEqualTo(1);
        assertThat(t.stockCode(3)).isEqualTo(TransactionTable.NO_PRODUCT);
        assertThat(t.select(new int[] {0, 2}).hasProducts()).isFalse();
        assertThat(t.unitPrice(1)).isCloseTo(0.41, within(1e-12));
    }

    @Test
    void anUnknownHeaderWithoutMappingShowsTheHeaderAndAsksForColumns() {
        assertThatThrownBy(() -> read(dunnhumby()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("baskets.csv: the header 'household_id', 'basket_id'")
                .hasMessageContaining("--columns");
    }
}
