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
}
