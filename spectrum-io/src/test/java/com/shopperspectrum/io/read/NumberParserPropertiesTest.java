package com.shopperspectrum.io.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The char-range number parsers agree with the JDK's. */
class NumberParserPropertiesTest {
    @Provide
    Arbitrary<String> decimals() {
        return Arbitraries.oneOf(
                Arbitraries.doubles().map(d -> Double.toString(d)),
                Arbitraries.bigDecimals()
                        .between(new BigDecimal("-1e12"), new BigDecimal("1e12"))
                        .ofScale(6)
                        .map(BigDecimal::toPlainString),
                Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(25).map(s -> "0." + s),
                Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(25));
    }

    @Property(tries = 1000)
    void decimalsEqualDoubleParseDouble(@ForAll("decimals") String text) {
        byte[] c = text.getBytes(StandardCharsets.US_ASCII);
        assertThat(NumberParser.parseDecimal(c, 0, c.length)).isEqualTo(Double.parseDouble(text));
    }

    @Property(tries = 500)
    void wholeNumbersEqualIntegerParseInt(@ForAll int value, @ForAll boolean withZeroFraction) {
        String text = value + (withZeroFraction ? ".00" : "");
        byte[] c = text.getBytes(StandardCharsets.US_ASCII);
        assertThat(NumberParser.parseWhole(c, 0, c.length)).isEqualTo(value);
    }

    @Example
    void notNumbers() {
        for (String text : new String[] {"", "-", ".", "1.", "6.5", "abc", "1 2", "99999999999", "0x10", "1,5"}) {
            byte[] c = text.getBytes(StandardCharsets.US_ASCII);
            assertThat(NumberParser.parseWhole(c, 0, c.length)).as(text).isEqualTo(NumberParser.NOT_WHOLE);
        }
        for (String text : new String[] {"", "-", ".", "abc", "1,5", "NaN", "Infinity", "1.2.3", "--1"}) {
            byte[] c = text.getBytes(StandardCharsets.US_ASCII);
            assertThat(NumberParser.parseDecimal(c, 0, c.length)).as(text).isNaN();
        }
    }
}
