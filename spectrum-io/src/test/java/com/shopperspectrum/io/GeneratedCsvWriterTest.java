package com.shopperspectrum.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.shopperspectrum.core.clean.Cleaner;
import com.shopperspectrum.core.clean.CleaningOptions;
import com.shopperspectrum.core.clean.CleaningReport;
import com.shopperspectrum.core.clean.CleaningRule;
import com.shopperspectrum.core.data.TransactionTable;
import com.shopperspectrum.core.generate.GeneratorOptions;
import com.shopperspectrum.core.generate.RetailGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeneratedCsvWriterTest {
    private static final long ROWS = 2L * RetailGenerator.BLOCK_ROWS + 1_234;

    @TempDir
    Path dir;

    private Path write(GeneratorOptions options, int threads, String name) {
        Path file = dir.resolve(name);
        long[] progress = {0};
        long bytes =
                new GeneratedCsvWriter(threads, done -> progress[0] = done).write(new RetailGenerator(options), file);
        assertThat(progress[0]).isEqualTo(options.rows());
        try {
            assertThat(Files.size(file)).isEqualTo(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    @Test
    void sameArgumentsGiveTheSameBytesWhateverTheThreadsAndAnotherSeedOtherBytes() throws IOException {
        GeneratorOptions options = GeneratorOptions.scaled(ROWS, 3);
        byte[] one = Files.readAllBytes(write(options, 1, "a.csv.gz"));
        byte[] three = Files.readAllBytes(write(options, 3, "b.csv.gz"));
        byte[] again = Files.readAllBytes(write(options, 2, "c.csv.gz"));
        byte[] otherSeed = Files.readAllBytes(write(GeneratorOptions.scaled(ROWS, 4), 2, "d.csv.gz"));
        assertThat(three).isEqualTo(one);
        assertThat(again).isEqualTo(one);
        assertThat(otherSeed).isNotEqualTo(one);
    }

    @Test
    void gzipAndPlainHoldTheSameTextInTheUciLayout() throws IOException {
        GeneratorOptions options = GeneratorOptions.scaled(ROWS, 5);
        Path gz = write(options, 2, "x.csv.gz");
        Path plain = write(options, 2, "x.csv");
        byte[] text;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
            text = in.readAllBytes();
        }
        assertThat(text).isEqualTo(Files.readAllBytes(plain));
        List<String> lines = Files.readAllLines(plain, StandardCharsets.UTF_8);
        assertThat(lines).hasSize((int) ROWS + 1);
        assertThat(lines.get(0))
                .isEqualTo("InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice," + "CustomerID,Country");
        assertThat(lines.get(1))
                .matches("536365,[^,]+,.*,-?\\d+,2010-12-01 \\d\\d:\\d\\d:00,\\d+\\.\\d{1,3},\\d*," + "[A-Za-z ]+");
        assertThat(lines).anyMatch(l -> l.startsWith("C"));
        assertThat(lines).anyMatch(l -> l.contains(",POST,POSTAGE,"));
        assertThat(lines).anyMatch(l -> l.contains(",,United Kingdom"));
        assertThat(lines).anyMatch(l -> l.contains("\""));
    }

    @Test
    void readsBackAndTheDefaultCleanerAccountsForEveryRow() {
        Path file = write(GeneratorOptions.scaled(ROWS, 6), 2, "r.csv.gz");
        ReadResult read = new TransactionReader().read(file, ReadOptions.DEFAULT);
        TransactionTable table = read.table();
        assertThat(table.size()).isEqualTo(ROWS);
        CleaningReport report =
                new Cleaner(CleaningOptions.ORIGINAL).clean(table).report();
        assertThat(report.raw()).isEqualTo(ROWS);
        long removed =
                report.removed().values().stream().mapToLong(Long::longValue).sum();
        assertThat(report.clean() + removed).isEqualTo(ROWS);
        double missing = (double) report.removedBy(CleaningRule.MISSING_CUSTOMER) / ROWS;
        assertThat(missing).isBetween(0.20, 0.30);
        assertThat(report.removedBy(CleaningRule.CANCELLED)).isGreaterThan(ROWS / 200);
        assertThat(report.removedBy(CleaningRule.NON_POSITIVE_PRICE)).isPositive();
        assertThat(report.nonProductRows()).isGreaterThan(ROWS / 1000);
        assertThat(report.missingDescription()).isPositive();
        assertThat(report.clean()).isGreaterThan(ROWS * 6 / 10);
    }

    @Test
    void tinyFilesWork() throws IOException {
        Path one = write(GeneratorOptions.scaled(1, 1), 2, "one.csv.gz");
        assertThat(new TransactionReader()
                        .read(one, ReadOptions.DEFAULT)
                        .table()
                        .size())
                .isEqualTo(1);
        Path ten = write(new GeneratorOptions(10, 1, 1, 1), 1, "ten.csv");
        assertThat(Files.readAllLines(ten)).hasSize(11);
        assertThat(new TransactionReader()
                        .read(ten, ReadOptions.DEFAULT)
                        .table()
                        .size())
                .isEqualTo(10);
    }

    @Test
    void aMissingDirectoryIsAClearError() {
        Path file = dir.resolve("no/such/dir/out.csv.gz");
        assertThatThrownBy(() -> new GeneratedCsvWriter(1, done -> {})
                        .write(new RetailGenerator(GeneratorOptions.scaled(5, 1)), file))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("out.csv.gz");
        assertThatThrownBy(() -> new GeneratedCsvWriter(0, done -> {})).hasMessageContaining("threads");
    }
}
