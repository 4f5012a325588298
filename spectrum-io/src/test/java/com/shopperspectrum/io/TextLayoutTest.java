package com.shopperspectrum.io;

import static com.shopperspectrum.io.Fixtures.UCI;
import static com.shopperspectrum.io.Fixtures.csv;
import static com.shopperspectrum.io.Fixtures.gzip;
import static com.shopperspectrum.io.Fixtures.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.shopperspectrum.core.data.InvalidInputException;
import com.shopperspectrum.core.data.TransactionTable;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The field delimiter (found in the header or given) and the decimal mark (decided by the numbers or given). */
class TextLayoutTest {
    private static final String ROW = "536365,85123A,WHITE HANGING HEART,6,2010-12-01 08:26:00,2.55,17850,UK";

    @TempDir
    Path dir;

    private static ReadOptions options(Character delimiter, Boolean decimalComma) {
        return new ReadOptions(Map.of(), null, null, null, false, null, delimiter, decimalComma);
    }

    /** The UCI row split on semicolons, with {@code price} for its unit price. */
    private static String semicolons(String price) {
        return ROW.replace(',', ';').replace("2.55", price);
    }

    private static String[] split(char delimiter, String... lines) {
        String[] out = new String[lines.length];
        for (int i = 0; i < lines.length; i++) {
            out[i] = lines[i].replace(',', delimiter);
        }
        return out;
    }

    @ParameterizedTest
    @ValueSource(chars = {',', ';', '\t', '|'})
    void theDelimiterIsFoundInTheHeader(char delimiter) {
        Path file = csv(dir, "data.csv", split(delimiter, UCI, ROW));

        ReadResult result = read(file);

        assertThat(result.report().delimiter()).isEqualTo(String.valueOf(delimiter));
        assertThat(result.report().layout()).isEqualTo("uci-online-retail");
        TransactionTable t = result.table();
        assertThat(t.stockCode(0)).isEqualTo("85123A");
        assertThat(t.unitPrice(0)).isEqualTo(2.55);
        assertThat(t.customerId(0)).isEqualTo("17850");
    }

    @Test
    void aQuotedDelimiterInTheHeaderDoesNotCount() {
        Path file = csv(dir, "data.csv", "\"a;b;c;d;e;f;g;h;i\"," + UCI, "x," + ROW);

        assertThat(read(file).report().delimiter()).isEqualTo(",");
    }

    @Test
    void theDelimiterOfAGzipFileIsFoundInItsText() {
        Path file = gzip(dir, "data.csv.gz", split(';', UCI, ROW));

        assertThat(read(file).table().unitPrice(0)).isEqualTo(2.55);
    }

    @Test
    void aGivenDelimiterIsUsedAndAWrongOneSaysWhichTheHeaderHolds() {
        Path file = csv(dir, "data.csv", split(';', UCI, ROW));

        assertThat(read(file, options(';', null)).table().size()).isEqualTo(1);
        assertThatThrownBy(() -> read(file, options(',', null)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("is not a known layout")
                .hasMessageContaining("one column holding ';': give --delimiter ';'");
    }

    @Test
    void anUnknownLayoutNamesTheDelimiterItWasSplitOn() {
        Path file = csv(dir, "data.csv", "a;b;c", "1;2;3");

        assertThatThrownBy(() -> read(file))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage(file + ": the header 'a', 'b', 'c' (split on ';') is not a known layout (UCI Online "
                        + "Retail or Online Retail II); map the columns with --columns, e.g. --columns "
                        + "customer=household_id,product=product_id,date=ts,quantity=qty,amount=sales_value");
    }

    @Test
    void aSemicolonFileWithDecimalCommasIsReadAsOneWithPoints() {
        Path file = csv(
                dir,
                "european.csv",
                UCI.replace(',', ';'),
                "536365;85123A;WHITE HANGING HEART;6;01/12/2010 08:26;2,55;17850;United Kingdom",
                "536366;22633;HAND WARMER;1;01/12/2010 08:28;1.234,5;17850;United Kingdom",
                "536367;22634;CHRISTMAS TREE;2;13/12/2010 08:28;3;17850;United Kingdom");

        ReadResult result = read(file);

        assertThat(result.report().decimalComma()).isTrue();
        assertThat(result.report().textLayout()).isEqualTo("';'-delimited, decimal comma");
        TransactionTable t = result.table();
        assertThat(t.unitPrice(0)).isEqualTo(2.55);
        assertThat(t.unitPrice(1)).isEqualTo(1234.5);
        assertThat(t.unitPrice(2)).isEqualTo(3.0);
    }

    @Test
    void aSemicolonFileWithDecimalPointsIsReadAsItIs() {
        Path file = csv(dir, "points.csv", UCI.replace(',', ';'), semicolons("2.55"), semicolons("1234.5"));

        ReadResult result = read(file);

        assertThat(result.report().decimalComma()).isFalse();
        assertThat(result.table().unitPrice(1)).isEqualTo(1234.5);
    }

    @Test
    void aNumberThatCouldBeEitherWaitsForOneThatDecides() {
        Path file =
                csv(dir, "late.csv", UCI.replace(',', ';'), semicolons("1,250"), semicolons("3"), semicolons("0,85"));

        TransactionTable t = read(file).table();

        assertThat(t.unitPrice(0)).isEqualTo(1.25);
        assertThat(t.unitPrice(2)).isEqualTo(0.85);
    }

    @Test
    void whenNoNumberDecidesTheMessageSaysBothReadings() {
        Path file = csv(dir, "either.csv", UCI.replace(',', ';'), semicolons("1,250"));

        assertThatThrownBy(() -> read(file))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage(file + ": numbers such as '1,250' could have a decimal mark or a thousands separator and "
                        + "no number in the file decides; give --decimal-comma (1,250 is 1.250) or "
                        + "--no-decimal-comma (1,250 is 1250)");
        assertThat(read(file, options(null, true)).table().unitPrice(0)).isEqualTo(1.25);
    }

    @Test
    void aNumberThatContradictsTheDecidedMarkNamesTheOneThatDecided() {
        Path file = csv(dir, "mixed.csv", UCI.replace(',', ';'), semicolons("2,55"), semicolons("3.75"));

        assertThatThrownBy(() -> read(file))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage(file + ": line 3, column UnitPrice: '3.75' is not a number (numbers in this file have a "
                        + "decimal comma, as line 2: '2,55' shows; --no-decimal-comma reads points)");
    }

    @Test
    void aGivenDecimalCommaReadsACommaFileWithQuotedNumbers() {
        Path file = csv(dir, "quoted.csv", UCI, ROW.replace("2.55", "\"2,55\""));

        assertThatThrownBy(() -> read(file))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage(file + ": line 2, column UnitPrice: '2,55' is not a number (read with a decimal point; "
                        + "give --decimal-comma for numbers such as 2,55)");
        assertThat(read(file, options(null, true)).table().unitPrice(0)).isEqualTo(2.55);
    }

    @Test
    void decimalCommaQuantitiesAreWholeWhenTheirFractionIsZero() {
        Path file = csv(dir, "q.csv", UCI.replace(',', ';'), semicolons("2,5").replace(";6;", ";6,0;"));

        assertThat(read(file).table().quantity(0)).isEqualTo(6);
    }

    @Test
    void badlyGroupedThousandsAreNotANumber() {
        Path file = csv(dir, "g.csv", UCI.replace(',', ';'), semicolons("2,5"), semicolons("12.34,5"));

        assertThatThrownBy(() -> read(file))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith(file + ": line 3, column UnitPrice: '12.34,5' is not a number");
    }
}
