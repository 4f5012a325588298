package com.shopperspectrum.io.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.siegmar.fastcsv.reader.CsvParseException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link ReadAheadRecords} hands on exactly the records {@link CsvRecords} splits, however many buffers and
 * batches they span, and a failure after every record before it.
 */
class ReadAheadRecordsTest {
    @Test
    void theRecordsAreThoseOfTheSplitterAcrossManyBuffersAndBatches() throws IOException {
        String text = randomCsv(new Random(7), 120_000); // about 5 MB: every buffer is refilled a few times
        assertThat(text.length()).isGreaterThan(3 * 8 * CsvRecords.BUFFER / 2);
        assertThat(readAhead(text)).isEqualTo(direct(text));
    }

    @Test
    void recordsLongerThanABufferArrive() throws IOException {
        String big = "é".repeat(CsvRecords.BUFFER); // twice a buffer's bytes
        String text = "a,b\n" + big + ",\"" + big + "\n" + big + "\"\nlast,x";
        List<String> records = readAhead(text);
        assertThat(records).isEqualTo(direct(text)).hasSize(3);
        assertThat(records.get(1)).isEqualTo("2:[" + big + ", " + big + "\n" + big + "]");
    }

    @Test
    void badUtf8ComesAfterEveryRecordBeforeIt() throws IOException {
        byte[] good = randomCsv(new Random(3), 20_000).getBytes(StandardCharsets.UTF_8);
        int bad = good.length * 2 / 3;
        while (good[bad] != '\n') bad++;
        byte[] spoiled = good.clone();
        spoiled[bad + 1] = (byte) 0xC0; // the first byte of the record after that line break
        List<String> before = direct(new String(good, 0, bad + 1, StandardCharsets.UTF_8));
        List<String> got = new ArrayList<>();
        try (ReadAheadRecords records =
                new ReadAheadRecords(Utf8Text.of(new ByteArrayInputStream(spoiled), StandardCharsets.UTF_8))) {
            assertThatThrownBy(() -> {
                        for (FieldBuffer r = records.next(); r != null; r = records.next()) {
                            got.add(r.line() + ":" + r.texts());
                        }
                    })
                    .isInstanceOf(MalformedInputException.class);
        }
        assertThat(got).isEqualTo(before);
    }

    @Test
    void aSyntaxErrorComesAfterEveryRecordBeforeIt() throws IOException {
        String text = "a,b\n".repeat(50_000) + "\"c\"x,d\n" + "e,f\n";
        List<String> got = new ArrayList<>();
        try (ReadAheadRecords records = new ReadAheadRecords(
                Utf8Text.of(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8))) {
            assertThatThrownBy(() -> {
                        for (FieldBuffer r = records.next(); r != null; r = records.next()) {
                            got.add(r.texts().toString());
                        }
                    })
                    .isInstanceOf(CsvParseException.class)
                    .hasMessageContaining("line 50001");
        }
        assertThat(got).hasSize(50_000);
    }

    @Test
    void closingEarlyStopsTheReadingThread() throws IOException {
        String text = "x,y\n".repeat(2_000_000);
        ReadAheadRecords records = new ReadAheadRecords(
                Utf8Text.of(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8));
        assertThat(records.next().texts()).containsExactly("x", "y");
        records.close();
        assertThat(Thread.getAllStackTraces().keySet())
                .noneMatch(t -> t.getName().equals("spectrum-read-ahead") && t.isAlive());
    }

    /** Rows of 1-9 fields: plain, quoted with commas, quotes and line breaks, non-ASCII; blank lines between. */
    private static String randomCsv(Random random, int rows) {
        String[] pieces = {
            "536365",
            "85123A",
            "WHITE HANGING HEART",
            "Café",
            "€",
            "\"a,b\"",
            "\"say \"\"hi\"\"\"",
            "\"two\nlines\"",
            "",
            "12/1/2010 8:26",
            "2.55"
        };
        StringBuilder s = new StringBuilder();
        for (int r = 0; r < rows; r++) {
            int fields = 1 + random.nextInt(9);
            for (int f = 0; f < fields; f++) {
                s.append(f == 0 ? "" : ",").append(pieces[random.nextInt(pieces.length)]);
            }
            s.append(random.nextInt(20) == 0 ? "\r\n\n" : random.nextBoolean() ? "\n" : "\r\n");
        }
        return s.toString();
    }

    private static List<String> readAhead(String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (ReadAheadRecords records = new ReadAheadRecords(
                Utf8Text.of(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8))) {
            for (FieldBuffer r = records.next(); r != null; r = records.next()) {
                out.add(r.line() + ":" + r.texts());
            }
        }
        return out;
    }

    private static List<String> direct(String text) throws IOException {
        List<String> out = new ArrayList<>();
        CsvRecords records = new CsvRecords(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        for (FieldBuffer r = records.next(); r != null; r = records.next()) {
            out.add(r.line() + ":" + r.texts());
        }
        return out;
    }
}
