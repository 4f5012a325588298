package com.shopperspectrum.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.shopperspectrum.core.clean.Cleaner;
import com.shopperspectrum.core.clean.CleaningOptions;
import com.shopperspectrum.core.clean.CleaningReport;
import com.shopperspectrum.core.clean.CleaningRule;
import com.shopperspectrum.core.clean.NonProductCodes;
import com.shopperspectrum.core.data.InvalidInputException;
import com.shopperspectrum.io.ReadOptions;
import com.shopperspectrum.io.TransactionReader;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** Reading and cleaning on a hand-countable file: normalisation, every rule's count, CSV = gzip = Parquet. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SparkReadAndCleanTest {
    private static final CleaningOptions ALL_RULES = new CleaningOptions(true, true, true, NonProductCodes.DEFAULT);
    private static final String[] LINES = {
        "536365,85123a , WHITE HEART ,6,2010-12-01 08:26:00,2.55,17850.0,United Kingdom",
        "536365,85123a , WHITE HEART ,6,2010-12-01 08:26:00,2.55,17850.0,United Kingdom", // duplicate
        "536365,POST,POSTAGE,1,2010-12-01 08:26:00,18,17850.0,United Kingdom", // non-product
        "536366,22633,HAND WARMER,6,2010-12-01 08:28,1.85,,United Kingdom", // missing customer
        "536378,22633,HAND WARMER,1,2010-12-01 09:00:00,1.85,14527,United Kingdom", // reversed by C536379
        "C536379,22633,HAND WARMER,-1,2010-12-01 09:41:00,1.85,14527,United Kingdom", // cancelled
        "536383,22961,JAM MAKING SET,1,2099-12-31 10:00:00,1.45,14527,United Kingdom", // implausible date
        "536380,22961,JAM MAKING SET,-3,2010-12-02 10:00:00,1.45,14527,United Kingdom", // quantity <= 0
        "536381,22961,JAM MAKING SET,2,2010-12-02 10:00:00,0,14527,United Kingdom", // price <= 0
        "A563185,B,Adjust bad debt,1,2011-08-12 14:50:00,11062.06,14527,United Kingdom", // adjustment
        "536382,\"RECORD FRAME 7\"\" SINGLE\",,4,2010-12-03 11:00:00,2.1,12583,France", // odd code, no text
    };
    private Path dir;
    private TransactionFrame csv;

    @BeforeAll
    void read(@TempDir Path tmp) {
        dir = tmp;
        csv = new SparkTransactionReader(SharedSpark.session())
                .read(CsvFixture.write(dir, "lines.csv", LINES).toString(), ReadOptions.DEFAULT);
    }

    @Test
    void valuesAreNormalisedAsTheEmbeddedReaderDoes() {
        List<Row> rows = csv.rows()
                .where("invoice = '536365'")
                .select("stock_code", "description", "customer", "quantity", "seconds", "unit_price")
                .collectAsList();

        assertThat(rows).hasSize(3);
        Row first = rows.stream()
                .filter(r -> r.getString(0).equals("85123A"))
                .findFirst()
                .orElseThrow();
        assertThat(first.getString(1)).isEqualTo("WHITE HEART");
        assertThat(first.getString(2)).isEqualTo("17850");
        assertThat(first.getInt(3)).isEqualTo(6);
        assertThat(first.getLong(4))
                .isEqualTo(java.time.LocalDateTime.of(2010, 12, 1, 8, 26).toEpochSecond(java.time.ZoneOffset.UTC));
        assertThat(first.getDouble(5)).isEqualTo(2.55);
    }

    @Test
    void everyRuleCountsItsRowsOnce() {
        CleaningReport all = new SparkCleaner(ALL_RULES).clean(csv).report();

        assertThat(all.raw()).isEqualTo(11);
        for (CleaningRule rule : CleaningRule.values()) {
            assertThat(all.removedBy(rule)).as("%s", rule).isEqualTo(1);
        }
        assertThat(all.clean()).isEqualTo(2);
        assertThat(all.duplicateRows()).isEqualTo(1);
        assertThat(all.adjustmentRows()).isEqualTo(1);
        assertThat(all.missingDescription()).isEqualTo(1);
        assertThat(all.reversedRevenue()).isEqualTo(1.85);
        assertThat(all.warnings()).singleElement().asString().contains("invoice 536383", "2099-12-31T10:00");
    }

    @Test
    void reportsEqualTheEmbeddedEnginesUnderEveryOption() {
        Path file = dir.resolve("lines.csv");
        var raw = new TransactionReader().read(file, ReadOptions.DEFAULT).table();
        for (CleaningOptions options : List.of(
                CleaningOptions.ORIGINAL,
                ALL_RULES,
                new CleaningOptions(true, false, false, NonProductCodes.DEFAULT),
                new CleaningOptions(false, true, false, NonProductCodes.parse("POST,8512*")))) {
            assertThat(new SparkCleaner(options).clean(csv).report())
                    .as("%s", options)
                    .isEqualTo(new Cleaner(options).clean(raw).report());
        }
    }

    @Test
    void gzipAndParquetReadAsTheCsv() throws IOException {
        Path gz = dir.resolve("lines.csv.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(Files.readAllBytes(dir.resolve("lines.csv")));
        }
        Path parquet = dir.resolve("lines.parquet");
        SharedSpark.session()
                .read()
                .option("header", "true")
                .csv(dir.resolve("lines.csv").toString())
                .write()
                .parquet(parquet.toString());
        SparkTransactionReader reader = new SparkTransactionReader(SharedSpark.session());
        CleaningReport expected = new SparkCleaner(ALL_RULES).clean(csv).report();

        assertThat(new SparkCleaner(ALL_RULES)
                        .clean(reader.read(gz.toString(), ReadOptions.DEFAULT))
                        .report())
                .isEqualTo(expected);
        assertThat(new SparkCleaner(ALL_RULES)
                        .clean(reader.read(parquet.toString(), ReadOptions.DEFAULT))
                        .report())
                .isEqualTo(expected);
    }

    @Test
    void badValuesAndMissingColumnsFailNamingColumnAndValue() {
        Path bad = CsvFixture.write(dir, "bad.csv", LINES[0], LINES[2].replace(",1,", ",six,"));
        Path noCustomer = dir.resolve("no-customer.csv");
        SparkTransactionReader reader = new SparkTransactionReader(SharedSpark.session());

        assertThatThrownBy(() -> reader.read(bad.toString(), ReadOptions.DEFAULT))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("bad.csv")
                .hasMessageContaining("Quantity")
                .hasMessageContaining("'six'");
        assertThatThrownBy(() -> {
                    Files.writeString(noCustomer, "InvoiceNo,StockCode,Quantity,InvoiceDate\n1,A,1,2011-01-01 10:00\n");
                    reader.read(noCustomer.toString(), ReadOptions.DEFAULT);
                })
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("'customer'");
        assertThatThrownBy(() -> reader.read(dir.resolve("absent.csv").toString(), ReadOptions.DEFAULT))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("no such file");
    }
}
