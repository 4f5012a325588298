package com.shopperspectrum.io.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.siegmar.fastcsv.reader.AbstractBaseCsvCallbackHandler;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** {@link CsvRecords} splits text as FastCSV's reader did (the reader's parser before), record for record. */
class CsvRecordsTest {
    @Property(tries = 3000)
    void splitsAnyTextAsFastCsvDid(
            @ForAll
                    @Chars({',', '"', '\r', '\n', ' ', 'é', '€'})
                    @CharRange(from = 'a', to = 'c')
                    @StringLength(max = 40)
                    String text,
            @ForAll @IntRange(min = 1, max = 7) int bytesPerRead)
            throws IOException {
        assertThat(ours(new Trickle(text, bytesPerRead))).isEqualTo(fastCsv(text));
    }

    @Property(tries = 2000)
    void splitsOnOtherDelimitersAsFastCsvDoes(
            @ForAll
                    @Chars({',', ';', '\t', '|', '"', '\r', '\n', ' ', 'é'})
                    @CharRange(from = 'a', to = 'b')
                    @StringLength(max = 40)
                    String text,
            @ForAll @IntRange(min = 1, max = 7) int bytesPerRead,
            @ForAll @IntRange(min = 0, max = 3) int which)
            throws IOException {
        char delimiter = ",;\t|".charAt(which);
        assertThat(ours(new Trickle(text, bytesPerRead), delimiter)).isEqualTo(fastCsv(text, delimiter));
    }

    @Test
    void quotedFieldsLineBreaksAndEscapes() throws IOException {
        String text = "h1,h2\r\n\"a,\"\"b\"\"\nc\",d\r\n\r\n\n\"\",x,\n" + "last,\"open";
        List<String> records = ours(utf8(text));
        assertThat(records).containsExactly("1:[h1, h2]", "2:[a,\"b\"\nc, d]", "6:[, x, ]", "7:[last, open]");
        assertThat(records).isEqualTo(fastCsv(text));
    }

    @Test
    void aCharacterAfterAClosingQuoteIsAnErrorNamingTheLine() throws IOException {
        CsvRecords records = new CsvRecords(utf8("a\n\"b\"x,c\n"));
        assertThat(records.next().texts()).containsExactly("a");
        assertThatThrownBy(records::next)
                .isInstanceOf(CsvParseException.class)
                .hasMessage("line 2: 'x' (0x78) after a closing quote; a quote inside a quoted field is written twice "
                        + "(\"\")");
    }

    @Test
    void theCharacterAfterAClosingQuoteIsNamedWholeWhenItIsNotAscii() throws IOException {
        CsvRecords records = new CsvRecords(utf8("\"d\"€\n"));
        assertThatThrownBy(records::next)
                .isInstanceOf(CsvParseException.class)
                .hasMessageContaining("'€' (0x20ac) after a closing quote");
    }

    @Test
    void recordsLongerThanTheBufferAreRead() throws IOException {
        String big = "x".repeat(300_000);
        assertThat(ours(new Trickle("a," + big + "\n\"" + big + "\"\n", 70_000)))
                .containsExactly("1:[a, " + big + "]", "2:[" + big + "]");
    }

    /** Each record as "line:[fields]", or the error's class. */
    private static List<String> ours(InputStream in) throws IOException {
        return ours(in, ',');
    }

    private static List<String> ours(InputStream in, char delimiter) throws IOException {
        List<String> out = new ArrayList<>();
        CsvRecords records = new CsvRecords(in, (byte) delimiter);
        try {
            for (FieldBuffer r = records.next(); r != null; r = records.next()) {
                out.add(r.line() + ":" + r.texts());
            }
        } catch (CsvParseException e) {
            out.add("error");
        }
        return out;
    }

    private static List<String> fastCsv(String text) {
        return fastCsv(text, ',');
    }

    private static List<String> fastCsv(String text, char delimiter) {
        List<String> out = new ArrayList<>();
        try (CsvReader<String> reader = CsvReader.builder()
                .fieldSeparator(delimiter)
                .skipEmptyLines(true)
                .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
                .missingFieldStrategy(FieldMismatchStrategy.IGNORE)
                .build(new Collecting(), new StringReader(text))) {
            reader.forEach(out::add);
        } catch (CsvParseException e) {
            out.add("error");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    private static final class Collecting extends AbstractBaseCsvCallbackHandler<String> {
        private final List<String> fields = new ArrayList<>();
        private long line;

        @Override
        protected void handleBegin(long startingLineNumber) {
            line = startingLineNumber;
            fields.clear();
        }

        @Override
        protected void handleField(int fieldIdx, char[] buf, int offset, int len, boolean quoted) {
            fields.add(new String(buf, offset, len));
        }

        @Override
        protected String buildRecord() {
            return line + ":" + fields;
        }
    }

    private static InputStream utf8(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The text as UTF-8, at most {@code step} bytes a call, to cut records (and multi-byte characters) at every
     * place.
     */
    private static final class Trickle extends InputStream {
        private final byte[] text;
        private final int step;
        private int at;

        Trickle(String text, int step) {
            this.text = text.getBytes(StandardCharsets.UTF_8);
            this.step = step;
        }

        @Override
        public int read() {
            return at == text.length ? -1 : text[at++] & 0xFF;
        }

        @Override
        public int read(byte[] into, int offset, int length) {
            if (at == text.length) {
                return -1;
            }
            int n = Math.min(Math.min(length, step), text.length - at);
            System.arraycopy(text, at, into, offset, n);
            at += n;
            return n;
        }
    }
}
