package com.shopperspectrum.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.shopperspectrum.core.data.InvalidInputException;
import com.shopperspectrum.core.data.TransactionTable;
import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/** Properties of the CSV path: what a standard CSV writer writes reads back, and garbage fails cleanly. */
class ParserPropertiesTest {
    record Line(String invoice, String code, String description, int quantity, String price, String customer) {}

    @Provide
    Arbitrary<Line> lines() {
        Arbitrary<String> text =
                Arbitraries.strings().withChars("aZ9 ,\"'£é;\t\n").ofMaxLength(12);
        Arbitrary<String> code = Arbitraries.strings()
                .withChars("abXY09 -")
                .ofMinLength(1)
                .ofMaxLength(8)
                .filter(s -> !s.isBlank());
        Arbitrary<String> invoice =
                Arbitraries.strings().withChars("C0123456789A").ofMinLength(1).ofMaxLength(7);
        Arbitrary<String> price = Arbitraries.oneOf(
                Arbitraries.bigDecimals()
                        .between(new BigDecimal("-100000"), new BigDecimal("100000"))
                        .ofScale(3)
                        .map(BigDecimal::toPlainString),
                Arbitraries.doubles().between(-1e9, 1e9).map(d -> Double.toString(d)),
                Arbitraries.just(""));
        Arbitrary<String> customer = Arbitraries.oneOf(
                Arbitraries.integers().between(10000, 99999).map(i -> i + (i % 2 == 0 ? ".0" : "")),
                Arbitraries.just(""));
        return Combinators.combine(
                        invoice, code, text, Arbitraries.integers().between(-100000, 100000), price, customer)
                .as(Line::new);
    }

    @Property(tries = 100)
    void whatACsvWriterWritesReadsBack(@ForAll @Size(min = 1, max = 20) List<@net.jqwik.api.From("lines") Line> rows)
            throws IOException {
        StringWriter out = new StringWriter();
        try (CsvWriter csv = CsvWriter.builder().build(out)) {
            csv.writeRecord(Fixtures.UCI.split(","));
            for (Line r : rows) {
                csv.writeRecord(
                        r.invoice(),
                        r.code(),
                        r.description(),
                        Integer.toString(r.quantity()),
                        "2011-05-06 07:08:09",
                        r.price(),
                        r.customer(),
                        "United Kingdom");
            }
        }
        Path file = Files.createTempFile("roundtrip", ".csv");
        try {
            Files.writeString(file, out.toString(), StandardCharsets.UTF_8);
            TransactionTable t = Fixtures.read(file).table();

            assertThat(t.size()).isEqualTo(rows.size());
            for (int i = 0; i < rows.size(); i++) {
                Line r = rows.get(i);
                String description = r.description().strip();
                assertThat(t.invoiceId(i)).isEqualTo(r.invoice());
                assertThat(t.stockCode(i)).isEqualTo(r.code().strip().toUpperCase(Locale.ROOT));
                assertThat(t.descriptionText(i)).isEqualTo(description.isEmpty() ? null : description);
                assertThat(t.quantity(i)).isEqualTo(r.quantity());
                double price = r.price().isEmpty() ? Double.NaN : Double.parseDouble(r.price());
                assertThat(Double.compare(t.unitPrice(i), price))
                        .as("price %s read as %s", r.price(), t.unitPrice(i))
                        .isZero();
                assertThat(t.customerId(i))
                        .isEqualTo(r.customer().isEmpty() ? null : r.customer().replace(".0", ""));
            }
        } finally {
            Files.delete(file);
        }
    }

    @Property(tries = 100)
    void randomBytesFailOnlyAsInvalidInput(@ForAll @Size(max = 600) byte[] content, @ForAll boolean skipBadRows)
            throws IOException {
        assertFailsCleanly(content, skipBadRows);
    }

    @Property(tries = 100)
    void randomLinesUnderAGoodHeaderFailOnlyAsInvalidInput(
            @ForAll @Size(max = 8) List<@net.jqwik.api.constraints.CharRange(from = ' ', to = '~') String> lines,
            @ForAll("fragments") List<String> fragments,
            @ForAll boolean skipBadRows)
            throws IOException {
        StringBuilder text = new StringBuilder(Fixtures.UCI).append('\n');
        lines.forEach(l -> text.append(l).append('\n'));
        fragments.forEach(f -> text.append(f));
        assertFailsCleanly(text.toString().getBytes(StandardCharsets.UTF_8), skipBadRows);
    }

    @Provide
    Arbitrary<List<String>> fragments() {
        return Arbitraries.of(
                        "1",
                        ",",
                        "\"",
                        "\n",
                        "\r\n",
                        "2011-01-02 10:00",
                        "12/13/2010 9:00",
                        "3/4/2011",
                        "-",
                        ".",
                        "17850.0",
                        "abc",
                        "£",
                        "\uFEFF",
                        " ",
                        "1e5",
                        "C536365")
                .list()
                .ofMaxSize(60);
    }

    private static void assertFailsCleanly(byte[] content, boolean skipBadRows) throws IOException {
        Path file = Files.createTempFile("garbage", ".csv");
        Path rejects = Files.createTempFile("garbage", ".rejects.csv");
        try {
            Files.write(file, content);
            ReadOptions options = new ReadOptions(Map.of(), null, null, null, skipBadRows, rejects);
            try {
                ReadReport report = new TransactionReader().read(file, options).report();
                assertThat(report.rowsRead()).isEqualTo(report.rowsLoaded() + report.badRows());
            } catch (InvalidInputException expected) {
                assertThat(expected.getMessage()).startsWith(file.toString());
            }
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(rejects);
        }
    }
}
