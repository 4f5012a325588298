package com.shopperspectrum.io;

import static com.shopperspectrum.io.Fixtures.UCI;
import static com.shopperspectrum.io.Fixtures.bytes;
import static com.shopperspectrum.io.Fixtures.csv;
import static com.shopperspectrum.io.Fixtures.read;
import static com.shopperspectrum.io.Fixtures.skipping;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.shopperspectrum.core.data.InvalidInputException;
import com.shopperspectrum.core.data.TransactionTable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BadInputTest {
    private static final String GOOD = "536365,85123A,HEART,6,2010-12-01 08:26:00,2.55,17850,United Kingdom";

    @TempDir
    Path dir;

    private String message(Path file) {
        InvalidInputException e =
                org.junit.jupiter.api.Assertions.assertThrows(InvalidInputException.class, () -> read(file));
        return e.getMessage();
    }

    @Test
    void aMissingFileIsNamed() {
        Path file = dir.resolve("nothing.csv");
        assertThat(message(file)).isEqualTo(file + ": no such file");
    }

    @Test
    void anEmptyFileIsNamed() {
        Path file = bytes(dir, "empty.csv", new byte[0]);
        assertThat(message(file)).isEqualTo(file + ": the file is empty");
    }

    @Test
    void aDirectoryIsNotAFile() {
        assertThat(message(dir)).isEqualTo(dir + ": is a directory, not a file");
    }

    @Test
    void aHeaderWithoutRowsHasNoData() {
        Path file = csv(dir, "header.csv", UCI);
        assertThat(message(file)).isEqualTo(file + ": no data rows after the header");
    }

    @Test
    void aWrongNumberOfFieldsNamesTheLine() {
        Path file = csv(dir, "data.csv", UCI, GOOD, "536366,22633,HAND WARMER,6,2010-12-01 08:28:00,1.85,17850");
        assertThat(message(file)).isEqualTo(file + ": line 3: 7 fields, expected 8 as in the header");
    }

    @Test
    void aBadQuantityNamesLineColumnAndValue() {
        Path file = csv(
                dir,
                "data.csv",
                UCI,
                GOOD,
                GOOD,
                "536366,22633,HAND WARMER,abc,2010-12-01 08:28:00,1.85," + "17850,United Kingdom");
        assertThat(message(file)).isEqualTo(file + ": line 4, column Quantity: 'abc' is not a whole number");
    }

    @Test
    void aFractionalQuantityIsNotWhole() {
        Path file = csv(dir, "data.csv", UCI, "1,A,d,6.5,2010-12-01 08:28:00,1.85,17850,UK");
        assertThat(message(file)).isEqualTo(file + ": line 2, column Quantity: '6.5' is not a whole number");
    }

    @Test
    void aBadPriceNamesLineColumnAndValue() {
        Path file = csv(dir, "data.csv", UCI, "1,A,d,6,2010-12-01 08:28:00,1,85,17850,UK".replace("1,85", "1.8x5"));
        assertThat(message(file)).isEqualTo(file + ": line 2, column UnitPrice: '1.8x5' is not a number");
    }

    @Test
    void aBadDateNamesLineColumnAndValue() {
        Path file = csv(dir, "data.csv", UCI, GOOD, "1,A,d,6,2010-13-01 08:28:00,1.85,17850,UK");
        assertThat(message(file))
                .isEqualTo(file + ": line 3, column InvoiceDate: '2010-13-01 08:28:00' is not " + "a valid date");
    }

    @Test
    void garbageInTheDateColumnSaysWhatIsExpected() {
        Path file = csv(dir, "data.csv", UCI, "1,A,d,6,yesterday,1.85,17850,UK");
        assertThat(message(file))
                .startsWith(file + ": line 2, column InvoiceDate: 'yesterday' is not a date (" + "expected")
                .contains("--date-format");
    }

    @Test
    void anEmptyStockCodeIsRejected() {
        Path file = csv(dir, "data.csv", UCI, "1, ,d,6,2010-12-01 08:28:00,1.85,17850,UK");
        assertThat(message(file))
                .isEqualTo(file + ": line 2, column StockCode: empty value; a product code is " + "required");
    }

    @Test
    void lineNumbersCountPhysicalLinesOfQuotedFields() {
        Path file = csv(
                dir,
                "data.csv",
                UCI,
                "1,A,\"two",
                "lines\",6,2010-12-01 08:28:00,1.85,17850,UK",
                "2,B,d,x,2010-12-01 08:28:00,1.85,17850,UK");
        assertThat(message(file)).isEqualTo(file + ": line 4, column Quantity: 'x' is not a whole number");
    }

    @Test
    void anUnclosedQuoteIsInvalidInput() {
        Path file = csv(dir, "data.csv", UCI, GOOD, "1,A,\"never closed,6,2010-12-01 08:28:00,1.85,17850,UK");
        assertThatThrownBy(() -> read(file))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith(file.toString());
    }

    @Test
    void skippedRowsAreCountedAndWrittenToTheRejectsFile() throws IOException {
        Path file = csv(
                dir,
                "data.csv",
                UCI,
                GOOD,
                "536366,22633,HAND WARMER,abc,2010-12-01 08:28:00,1.85,17850,United Kingdom",
                GOOD,
                "536367,22634,\"SHORT, ROW\",2",
                "536368,22635,X,1,not a date,1.85,17850,United Kingdom",
                GOOD);
        Path rejects = dir.resolve("out/data.csv.rejects.csv");

        ReadResult result = read(file, skipping(rejects));

        assertThat(result.report().rowsRead()).isEqualTo(6);
        assertThat(result.report().rowsLoaded()).isEqualTo(3);
        assertThat(result.report().badRows()).isEqualTo(3);
        assertThat(result.report().rowsRead())
                .isEqualTo(result.report().rowsLoaded() + result.report().badRows());
        assertThat(result.table().size()).isEqualTo(3);
        assertThat(result.report().rejectsFile()).isEqualTo(rejects);
        assertThat(Files.readAllLines(rejects, StandardCharsets.UTF_8))
                .containsExactly(
                        "line,reason," + UCI,
                        "3,column Quantity: 'abc' is not a whole number,536366,22633,HAND WARMER,abc,2010-12-01 08:28:00,"
                                + "1.85,17850,United Kingdom",
                        "5,\"4 fields, expected 8 as in the header\",536367,22634,\"SHORT, ROW\",2",
                        "6,\"column InvoiceDate: 'not a date' is not a date (expected yyyy-MM-dd HH:mm[:ss], M/d/yyyy "
                                + "H:mm, d.M.yyyy H:mm or a date-only value; otherwise give --date-format)\",536368,22635,X,1,not a date,"
                                + "1.85,17850,United Kingdom");
    }

    @Test
    void aCleanReadWritesNoRejectsFile() {
        Path rejects = dir.resolve("data.csv.rejects.csv");
        ReadResult result = read(csv(dir, "data.csv", UCI, GOOD), skipping(rejects));

        assertThat(result.report().rejectsFile()).isNull();
        assertThat(rejects).doesNotExist();
    }

    @Test
    void valuesOfSkippedRowsDoNotEnterTheTablesDictionaries() {
        Path file = csv(
                dir,
                "data.csv",
                UCI,
                "536366,22633,HAND WARMER,abc,2010-12-01 08:28:00,1.85,99999,France",
                GOOD,
                "536367,22634,LAMP,2,2010-12-01 09:00:00,3.00,12345,France",
                "536368,85123A,HEART,1,2010-12-02 10:00:00,2.55,17850,United Kingdom");

        TransactionTable t = read(file, skipping(dir.resolve("rejects.csv"))).table();

        assertThat(t.size()).isEqualTo(3);
        assertThat(t.products().values()).containsExactly("85123A", "22634");
        assertThat(t.invoices().values()).containsExactly("536365", "536367", "536368");
        assertThat(t.descriptions().values()).containsExactly("HEART", "LAMP");
        assertThat(t.customers().values()).containsExactly("17850", "12345");
        assertThat(t.countries().values()).containsExactly("United Kingdom", "France");
        assertThat(t.product(2)).isEqualTo(t.product(0));
        assertThat(t.customer(2)).isEqualTo(t.customer(0));
        assertThat(t.stockCode(1)).isEqualTo("22634");
        assertThat(t.customerId(1)).isEqualTo("12345");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                "1e308|'1e308' is beyond ±1e15, the largest price read",
                "1e309|'1e309' is beyond ±1e15, the largest price read",
                "-2e15|'-2e15' is beyond ±1e15, the largest price read",
                "NaN|'NaN' is not a number",
                "Infinity|'Infinity' is not a number",
                "-Infinity|'-Infinity' is not a number",
                "4e14|'4e14' makes a line total of 6 × 4e14, beyond ±1e15, the largest amount read"
            })
    void nonFiniteAndOverflowingPricesNameLineColumnAndValue(String price, String reason) {
        Path file = csv(dir, "data.csv", UCI, GOOD, GOOD.replace("2.55", price));
        assertThat(message(file)).isEqualTo(file + ": line 3, column UnitPrice: " + reason);
    }

    @Test
    void aQuantityBeyondTheIntRangeSaysSo() {
        Path file = csv(dir, "data.csv", UCI, GOOD.replace(",6,", ",99999999999,"));
        assertThat(message(file))
                .isEqualTo(file + ": line 2, column Quantity: '99999999999' is beyond the range of a quantity "
                        + "(-2,147,483,648 to 2,147,483,647)");
    }

    @Test
    void theLargestAmountsAreRead() {
        Path file = csv(dir, "data.csv", UCI, GOOD.replace(",6,", ",1,").replace("2.55", "1e15"));
        assertThat(read(file).table().unitPrice(0)).isEqualTo(1e15);
    }

    @Test
    void anAmountBeyondTheLargestIsNamedToo() {
        Path file = csv(dir, "baskets.csv", "customer,product,date,qty,sales", "7,A,2011-01-02,2,1e300");
        ReadOptions amounts = Fixtures.mapping(java.util.Map.of(
                "customer", "customer", "product", "product", "date", "date", "quantity", "qty", "amount", "sales"));
        InvalidInputException e =
                org.junit.jupiter.api.Assertions.assertThrows(InvalidInputException.class, () -> read(file, amounts));
        assertThat(e.getMessage())
                .isEqualTo(file + ": line 2, column sales: '1e300' is beyond ±1e15, the largest amount read");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                "6|CustomerID|'178?50' holds the control character U+0000 at character 4",
                "1|StockCode|'851?23A' holds the control character U+0007 at character 4",
                "0|InvoiceNo|'536?365' holds the control character U+001F at character 4"
            })
    void aControlCharacterInAnIdNamesLineColumnAndPlace(int field, String column, String reason) {
        String[] fields = GOOD.split(",");
        char control = field == 6 ? '\0' : field == 1 ? '\u0007' : '\u001f';
        fields[field] = fields[field].substring(0, 3) + control + fields[field].substring(3);
        Path file = csv(dir, "data.csv", UCI, GOOD, String.join(",", fields));
        assertThat(message(file))
                .isEqualTo(
                        file + ": line 3, column " + column + ": " + reason + "; ids may not hold control characters");
    }

    @Test
    void aControlCharacterInANonAsciiStockCodeIsFoundToo() {
        Path file = csv(dir, "data.csv", UCI, GOOD.replace("85123A", "ÄB\u007fC"));
        assertThat(message(file)).contains("column StockCode: 'ÄB?C' holds the control character U+007F");
    }

    @Test
    void rowsWithControlCharactersAreSetAsideWithSkipBadRows() {
        Path file = csv(dir, "data.csv", UCI, GOOD, GOOD.replace("17850", "17\u000050"), GOOD);
        ReadResult result = read(file, skipping(null));
        assertThat(result.report().badRows()).isEqualTo(1);
        assertThat(result.table().customers().size()).isEqualTo(1);
    }

    @Test
    void aNamedPipeIsNotARegularFile() throws Exception {
        Path fifo = dir.resolve("pipe.csv");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        org.junit.jupiter.api.Assumptions.assumeTrue(mkfifo.waitFor() == 0, "mkfifo is not available");
        assertThat(message(fifo)).startsWith(fifo + ": not a regular file (a named pipe, device or socket)");
    }

    @Test
    void aTruncatedGzipSaysItIsCutShort() throws IOException {
        String[] lines = new String[3000];
        java.util.Arrays.fill(lines, GOOD);
        lines[0] = UCI;
        byte[] whole = Files.readAllBytes(Fixtures.gzip(dir, "whole.csv.gz", lines));
        Path cut = bytes(dir, "cut.csv.gz", java.util.Arrays.copyOf(whole, whole.length / 2));
        assertThat(message(cut)).startsWith(cut + ": the compressed data ends early: the file is cut short");
    }

    @Test
    void binaryDataIsNotText() {
        byte[] noise = new byte[4096];
        new java.util.Random(7).nextBytes(noise);
        noise[0] = 'x';
        noise[1] = 0;
        Path file = bytes(dir, "noise.csv", noise);
        assertThat(message(file)).contains(": does not look like text (CSV, CSV.gz or XLSX)");
    }
}
