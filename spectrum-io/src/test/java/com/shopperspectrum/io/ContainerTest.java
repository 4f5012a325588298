package com.shopperspectrum.io;

import static com.shopperspectrum.io.Fixtures.UCI;
import static com.shopperspectrum.io.Fixtures.gzip;
import static com.shopperspectrum.io.Fixtures.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.shopperspectrum.core.data.InvalidInputException;
import com.shopperspectrum.core.data.TransactionTable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Gzip by content or name, XLSX sheets with native date cells, and progress reporting. */
class ContainerTest {
    private static final String ROW = "536365,85123A,HEART,6,2010-12-01 08:26:00,2.55,17850,United Kingdom";

    @TempDir
    Path dir;

    @Test
    void gzipIsRecognisedByContentWhateverTheName() {
        ReadResult result = read(gzip(dir, "looks-plain.csv", UCI, ROW));

        assertThat(result.report().format()).isEqualTo("csv.gz");
        assertThat(result.table().stockCode(0)).isEqualTo("85123A");
    }

    @Test
    void aGzNameThatIsNotGzipIsInvalidInput() throws IOException {
        Path file = Files.writeString(dir.resolve("broken.csv.gz"), UCI + "\n" + ROW + "\n");

        assertThatThrownBy(() -> read(file))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage(file + ": not gzip data, although the name ends in .gz");
    }

    @Test
    void progressReportsBytesOfTheFileOnDisk() throws IOException {
        List<String> lines = new ArrayList<>(List.of(UCI));
        for (int i = 0; i < 40_000; i++) {
            lines.add(ROW);
        }
        Path file = Files.write(dir.resolve("big.csv"), lines);
        List<long[]> calls = new ArrayList<>();

        new TransactionReader((done, total) -> calls.add(new long[] {done, total})).read(file, ReadOptions.DEFAULT);

        long size = Files.size(file);
        assertThat(calls).hasSizeGreaterThan(2);
        assertThat(calls).allSatisfy(c -> assertThat(c[1]).isEqualTo(size));
        assertThat(calls.get(calls.size() - 1)[0]).isEqualTo(size);
    }

    private Path workbook() throws IOException {
        Path file = dir.resolve("retail.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook wb = new Workbook(out, "test", "1.0");
            Worksheet first = wb.newWorksheet("Year 2009-2010");
            String[] header = UCI.split(",");
            for (int c = 0; c < header.length; c++) {
                first.value(0, c, header[c]);
            }
            first.value(1, 0, "489434");
            first.value(1, 1, "85048");
            first.value(1, 2, "15CM CHRISTMAS GLASS BALL 20 LIGHTS ");
            first.value(1, 3, 12);
            first.value(1, 4, LocalDateTime.of(2009, 12, 1, 7, 45));
            first.style(1, 4).format("yyyy-mm-dd hh:mm").set();
            first.value(1, 5, 6.95);
            first.value(1, 6, 13085.0);
            first.value(1, 7, "United Kingdom");
            first.value(2, 0, 489435);
            first.value(2, 1, 22350);
            first.value(2, 3, 3);
            first.value(2, 4, "2009-12-01 07:46:00");
            first.value(2, 5, 0.65);
            Worksheet second = wb.newWorksheet("Year 2010-2011");
            second.value(0, 0, "something else");
            wb.finish();
        }
        return file;
    }

    @Test
    void xlsxFirstSheetWithDateCellsNumbersAndMissingCells() throws IOException {
        ReadResult result = read(workbook());
        TransactionTable t = result.table();

        assertThat(result.report().format()).isEqualTo("xlsx");
        assertThat(result.report().layout()).isEqualTo("uci-online-retail");
        assertThat(t.size()).isEqualTo(2);
        assertThat(t.dateTime(0)).isEqualTo(LocalDateTime.of(2009, 12, 1, 7, 45));
        assertThat(t.quantity(0)).isEqualTo(12);
        assertThat(t.unitPrice(0)).isEqualTo(6.95);
        assertThat(t.customerId(0)).isEqualTo("13085");
        assertThat(t.descriptionText(0)).isEqualTo("15CM CHRISTMAS GLASS BALL 20 LIGHTS");
        assertThat(t.invoiceId(1)).isEqualTo("489435");
        assertThat(t.stockCode(1)).isEqualTo("22350");
        assertThat(t.dateTime(1)).isEqualTo(LocalDateTime.of(2009, 12, 1, 7, 46));
        assertThat(t.customerId(1)).isNull();
        assertThat(t.descriptionText(1)).isNull();
        assertThat(t.countryName(1)).isNull();
    }

    @Test
    void xlsxSheetByNameAndUnknownSheetListsTheSheets() throws IOException {
        Path file = workbook();
        ReadOptions other = new ReadOptions(Map.of(), null, null, "Year 2010-2011", false, null);
        ReadOptions missing = new ReadOptions(Map.of(), null, null, "2011", false, null);

        assertThatThrownBy(() -> read(file, other))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("'something else'")
                .hasMessageContaining("--columns");
        assertThatThrownBy(() -> read(file, missing))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage(file + ": no sheet '2011'; the sheets are 'Year 2009-2010', 'Year 2010-2011'");
    }

    @Test
    void xlsxRowErrorsNameTheSheetRow() throws IOException {
        Path file = dir.resolve("bad.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook wb = new Workbook(out, "test", "1.0");
            Worksheet sheet = wb.newWorksheet("Sheet1");
            String[] header = UCI.split(",");
            String[] row = {"1", "A", "d", "abc", "2011-01-02 10:00", "1.5", "12345", "UK"};
            for (int c = 0; c < header.length; c++) {
                sheet.value(0, c, header[c]);
                sheet.value(2, c, row[c]);
            }
            wb.finish();
        }

        assertThatThrownBy(() -> read(file))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage(file + ": row 3, column Quantity: 'abc' is not a whole number");
    }

    @Test
    void aTruncatedWorkbookIsInvalidInput() throws IOException {
        byte[] whole = Files.readAllBytes(workbook());
        for (int length : new int[] {4, 100, whole.length / 2, whole.length - 10}) {
            Path file = Files.write(dir.resolve("cut" + length + ".xlsx"), java.util.Arrays.copyOf(whole, length));

            assertThatThrownBy(() -> read(file))
                    .as("first %d bytes", length)
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageStartingWith(file.toString());
        }
    }

    @Test
    void aZipThatIsNotAWorkbookIsInvalidInput() throws IOException {
        Path file = dir.resolve("data.xlsx");
        try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("hello.txt"));
            zip.write("hi".getBytes());
        }

        assertThatThrownBy(() -> read(file))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith(file.toString());
    }

    @Test
    void aWorkbookWithoutSheetsSaysSo() throws IOException {
        Path file = dir.resolve("empty.xlsx");
        try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("[Content_Types].xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/"
                            + "package/2006/content-types\"><Override PartName=\"/xl/workbook.xml\" ContentType=\""
                            + "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/></Types>")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            zip.putNextEntry(new java.util.zip.ZipEntry("_rels/.rels"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats"
                            + ".org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas."
                            + "openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\""
                            + "xl/workbook.xml\"/></Relationships>")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            zip.putNextEntry(new java.util.zip.ZipEntry("xl/workbook.xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"http://schemas.openxmlformats.org"
                            + "/spreadsheetml/2006/main\"><sheets/></workbook>")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }

        assertThatThrownBy(() -> read(file))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith(file.toString())
                .hasMessageNotContaining("Exception")
                .hasMessageNotContaining("org.dhatim");
    }

    @Test
    void aZipOfSomethingElseSaysSoPlainly() throws IOException {
        Path file = dir.resolve("data.xlsx");
        try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("hello.txt"));
            zip.write("hi".getBytes());
        }

        assertThatThrownBy(() -> read(file))
                .hasMessage(file + ": not a readable XLSX workbook (damaged, cut short, or a zip file of something "
                        + "else)");
    }
}
