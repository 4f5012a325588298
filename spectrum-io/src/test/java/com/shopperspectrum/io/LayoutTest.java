package com.shopperspectrum.io;

import static com.shopperspectrum.io.Fixtures.UCI;
import static com.shopperspectrum.io.Fixtures.UCI_II;
import static com.shopperspectrum.io.Fixtures.csv;
import static com.shopperspectrum.io.Fixtures.read;
import static org.assertj.core.api.Assertions.assertThat;

import com.shopperspectrum.core.data.TransactionTable;
import java.nio.file.Path;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LayoutTest {
    @TempDir
    Path dir;

    @Test
    void readsTheUciLayoutAndNormalisesValues() {
        Path file = csv(
                dir,
                "retail.csv",
                UCI,
                "536365, 85123a ,WHITE HANGING HEART T-LIGHT HOLDER ,6,2010-12-01 08:26:00,2.55,17850.0,United Kingdom",
                "536365,71053,\"PAPER CRAFT , LITTLE BIRDIE\",6.0,2010-12-01 08:26,3.39,17850,United Kingdom",
                "536366,22633,,-2,2010-12-01 08:28:00,0,,");

        ReadResult result = read(file);
        TransactionTable t = result.table();

        assertThat(t.size()).isEqualTo(3);
        assertThat(t.invoiceId(0)).isEqualTo("536365");
        assertThat(t.stockCode(0)).isEqualTo("85123A");
        assertThat(t.descriptionText(0)).isEqualTo("WHITE HANGING HEART T-LIGHT HOLDER");
        assertThat(t.quantity(0)).isEqualTo(6);
        assertThat(t.dateTime(0)).isEqualTo(LocalDateTime.of(2010, 12, 1, 8, 26, 0));
        assertThat(t.unitPrice(0)).isEqualTo(2.55);
        assertThat(t.customerId(0)).isEqualTo("17850");
        assertThat(t.countryName(0)).isEqualTo("United Kingdom");
        assertThat(t.descriptionText(1)).isEqualTo("PAPER CRAFT , LITTLE BIRDIE");
        assertThat(t.quantity(1)).isEqualTo(6);
        assertThat(t.customer(1)).isEqualTo(t.customer(0));
        assertThat(t.descriptionText(2)).isNull();
        assertThat(t.quantity(2)).isEqualTo(-2);
        assertThat(t.customerId(2)).isNull();
        assertThat(t.countryName(2)).isNull();
        assertThat(t.hasInvoices()).isTrue();
        assertThat(t.hasPrices()).isTrue();
        assertThat(result.report()).satisfies(r -> {
            assertThat(r.format()).isEqualTo("csv");
            assertThat(r.layout()).isEqualTo("uci-online-retail");
            assertThat(r.encoding()).isEqualTo("UTF-8");
            assertThat(r.rowsRead()).isEqualTo(3);
            assertThat(r.rowsLoaded()).isEqualTo(3);
            assertThat(r.badRows()).isZero();
            assertThat(r.warnings()).isEmpty();
        });
    }

    @Test
    void readsTheUciIiLayout() {
        Path file = csv(
                dir,
                "ii.csv",
                UCI_II,
                "489434,85048,15CM CHRISTMAS GLASS BALL 20 LIGHTS,12,"
                        + "2009-12-01 07:45:00,6.95,13085,United Kingdom");

        ReadResult result = read(file);

        assertThat(result.report().layout()).isEqualTo("uci-online-retail-ii");
        assertThat(result.table().customerId(0)).isEqualTo("13085");
        assertThat(result.table().unitPrice(0)).isEqualTo(6.95);
    }

    @Test
    void headerMatchingIgnoresCaseBlanksAndByteOrderMark() {
        Path file = csv(
                dir,
                "odd.csv",
                "\uFEFF invoice , STOCKCODE,description,QUANTITY,Invoice Date,price," + "customerid,country",
                "1,a,b,1,2011-01-02,1.5,7,X");

        ReadResult result = read(file);

        assertThat(result.report().layout()).isEqualTo("uci-online-retail-ii");
        assertThat(result.table().stockCode(0)).isEqualTo("A");
    }

    @Test
    void extraColumnsAndAnotherOrderAreFine() {
        Path file = csv(
                dir,
                "pandas.csv",
                ",Country,CustomerID,UnitPrice,InvoiceDate,Quantity,Description," + "StockCode,InvoiceNo",
                "0,France,12680,18.0,2011-12-09 12:50:00,1,POSTAGE,POST,581587");

        TransactionTable t = read(file).table();

        assertThat(t.invoiceId(0)).isEqualTo("581587");
        assertThat(t.stockCode(0)).isEqualTo("POST");
        assertThat(t.countryName(0)).isEqualTo("France");
        assertThat(t.unitPrice(0)).isEqualTo(18.0);
    }

    @Test
    void blankLinesAreNotRows() {
        Path file =
                csv(dir, "blank.csv", UCI, "1,A,d,1,2011-01-01 10:00,1,5,UK", "", "2,B,e,2,2011-01-01 10:00,1,5,UK");

        assertThat(read(file).report().rowsRead()).isEqualTo(2);
    }

    @Test
    void twoColumnsOfTheSameNameAreAnErrorNamingBoth() {
        Path file = csv(dir, "twice.csv", UCI + ",Quantity", "1,A,d,1,2011-01-01 10:00,1,5,UK,2");

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> read(file))
                .isInstanceOf(com.shopperspectrum.core.data.InvalidInputException.class)
                .hasMessage(file + ": the header names two columns alike: column 4 'Quantity' and column 9 "
                        + "'Quantity'; rename one of them");
    }

    @Test
    void namesThatMatchIgnoringCaseAndBlanksAreAlikeToo() {
        Path file = csv(dir, "alike.csv", UCI + ",Customer ID", "1,A,d,1,2011-01-01 10:00,1,5,UK,6");

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> read(file))
                .hasMessage(file + ": the header names two columns alike: column 7 'CustomerID' and column 9 "
                        + "'Customer ID' (names match ignoring case, blanks and underscores); rename one of them");
    }

    @Test
    void emptyHeaderNamesMayRepeat() {
        Path file = csv(dir, "blank.csv", UCI + ",,", "1,A,d,1,2011-01-01 10:00,1,5,UK,,");

        assertThat(read(file).table().size()).isEqualTo(1);
    }
}
