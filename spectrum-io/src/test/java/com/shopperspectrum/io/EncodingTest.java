package com.shopperspectrum.io;

import static com.shopperspectrum.io.Fixtures.UCI;
import static com.shopperspectrum.io.Fixtures.encoding;
import static com.shopperspectrum.io.Fixtures.read;
import static com.shopperspectrum.io.Fixtures.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.shopperspectrum.core.data.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EncodingTest {
    private static final String VOUCHER =
            "536365,gift_0001_20,Dotcomgiftshop Gift Voucher £20.00,1," + "2010-12-01 08:26:00,17.02,,United Kingdom";
    private static final String PLAIN =
            "536366,22633,HAND WARMER UNION JACK,6,2010-12-01 08:28:00,1.85,17850," + "United Kingdom";

    @TempDir
    Path dir;

    @Test
    void utf8IsReadWithoutWarning() {
        ReadResult result = read(text(dir, "utf8.csv", StandardCharsets.UTF_8, UCI, VOUCHER));

        assertThat(result.table().descriptionText(0)).isEqualTo("Dotcomgiftshop Gift Voucher £20.00");
        assertThat(result.report().encoding()).isEqualTo("UTF-8");
        assertThat(result.report().warnings()).isEmpty();
    }

    @Test
    void isoLatin1IsReadWhenGiven() {
        Path file = text(dir, "latin1.csv", StandardCharsets.ISO_8859_1, UCI, VOUCHER);

        ReadResult result = read(file, encoding(StandardCharsets.ISO_8859_1));

        assertThat(result.table().descriptionText(0)).isEqualTo("Dotcomgiftshop Gift Voucher £20.00");
        assertThat(result.report().encoding()).isEqualTo("ISO-8859-1");
        assertThat(result.report().warnings()).isEmpty();
    }

    @Test
    void invalidUtf8FallsBackToLatin1ForTheWholeFileWithAWarning() {
        List<String> lines = new ArrayList<>();
        lines.add(UCI);
        for (int i = 0; i < 5000; i++) {
            lines.add(PLAIN);
        }
        lines.add(VOUCHER);
        Path file = text(dir, "kaggle.csv", StandardCharsets.ISO_8859_1, lines.toArray(String[]::new));

        ReadResult result = read(file);

        assertThat(result.report().encoding()).isEqualTo("ISO-8859-1");
        assertThat(result.report().rowsRead()).isEqualTo(5001);
        assertThat(result.table().size()).isEqualTo(5001);
        assertThat(result.table().descriptionText(5000)).isEqualTo("Dotcomgiftshop Gift Voucher £20.00");
        assertThat(result.report().warnings())
                .singleElement()
                .asString()
                .startsWith(file + ": not valid UTF-8 (from near line ")
                .contains("read as ISO-8859-1");
    }

    @Test
    void invalidTextInTheGivenEncodingIsAnError() {
        Path file = text(dir, "latin1.csv", StandardCharsets.ISO_8859_1, UCI, VOUCHER);

        assertThatThrownBy(() -> read(file, encoding(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith(file + ": not valid UTF-8 text")
                .hasMessageContaining("--encoding");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"UTF-16LE", "UTF-16BE", "UTF-32LE", "UTF-32BE", "UTF-8"})
    void aByteOrderMarkDecidesTheEncoding(String name) {
        java.nio.charset.Charset charset = java.nio.charset.Charset.forName(name);
        Path file = text(dir, "marked.csv", charset, "\uFEFF" + UCI, VOUCHER.replace(",,", ",17850,"), PLAIN);

        ReadResult result = read(file);

        assertThat(result.report().encoding()).isEqualTo(name);
        assertThat(result.report().layout()).isEqualTo("uci-online-retail");
        assertThat(result.table().descriptionText(0)).isEqualTo("Dotcomgiftshop Gift Voucher £20.00");
        assertThat(result.table().customerId(1)).isEqualTo("17850");
        assertThat(result.report().warnings()).isEmpty();
    }

    @Test
    void aByteOrderMarkDecidesOverAGivenEncodingWithAWarning() {
        Path file = text(dir, "marked.csv", StandardCharsets.UTF_16LE, "\uFEFF" + UCI, PLAIN);

        ReadResult result = read(file, encoding(StandardCharsets.ISO_8859_1));

        assertThat(result.report().encoding()).isEqualTo("UTF-16LE");
        assertThat(result.report().warnings()).singleElement().asString().contains("UTF-16LE byte order mark");
    }

    @Test
    void utf16WithoutAByteOrderMarkIsToldToGiveTheEncoding() {
        Path file = text(dir, "wide.csv", StandardCharsets.UTF_16LE, UCI, PLAIN);

        assertThatThrownBy(() -> read(file))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("NUL bytes between its letters, as UTF-16 or UTF-32 text does")
                .hasMessageContaining("--encoding UTF-16LE");
        assertThat(read(file, encoding(StandardCharsets.UTF_16LE)).table().size())
                .isEqualTo(1);
    }

    @Test
    void invalidUtf8AfterAUtf8ByteOrderMarkIsAnError() {
        byte[] latin1 = (UCI + "\n" + VOUCHER + "\n").getBytes(StandardCharsets.ISO_8859_1);
        byte[] marked = new byte[latin1.length + 3];
        marked[0] = (byte) 0xEF;
        marked[1] = (byte) 0xBB;
        marked[2] = (byte) 0xBF;
        System.arraycopy(latin1, 0, marked, 3, latin1.length);
        Path file = Fixtures.bytes(dir, "marked.csv", marked);

        assertThatThrownBy(() -> read(file))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith(file + ": not valid UTF-8 text (from near line ")
                .hasMessageEndingWith("although it starts with a UTF-8 byte order mark");
    }
}
