package com.shopperspectrum.io.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** {@link Utf8} agrees with the JDK: its strict decoder on validity, {@link String#strip()} on whitespace. */
class Utf8Test {
    @Property(tries = 3000)
    void theValidPrefixEndsWhereTheStrictDecoderStops(@ForAll("nearlyUtf8") byte[] bytes) {
        int valid = Utf8.validPrefix(bytes, 0, bytes.length);
        assertThat(valid).isEqualTo(strictDecoderStop(bytes));
        if (valid < bytes.length && Utf8.incomplete(bytes, valid, bytes.length)) {
            // waiting for more bytes only where the decoder does too (it also waits on some starts that no byte
            // can complete, such as ED BF, and then fails at the same place)
            assertThat(strictDecoderWantsMore(bytes, valid)).isTrue();
        }
    }

    @Property(tries = 2000)
    void trimmingBytesIsStripping(@ForAll("spacedText") String text) {
        byte[] b = ("[" + text + "]").getBytes(StandardCharsets.UTF_8);
        int from = 1;
        int to = b.length - 1;
        int end = Utf8.trimEnd(b, from, to);
        int start = Utf8.trimStart(b, from, end);
        assertThat(Utf8.string(b, start, end)).isEqualTo(text.strip());
    }

    @Property(tries = 1000)
    void equalComparesEveryByte(@ForAll("nearlyUtf8") byte[] a, @ForAll int flip) {
        byte[] b = a.clone();
        assertThat(Utf8.equal(a, 0, b, 0, a.length)).isTrue();
        if (a.length > 0) {
            b[Math.floorMod(flip, a.length)] ^= 1;
            assertThat(Utf8.equal(a, 0, b, 0, a.length)).isFalse();
        }
    }

    @Property(tries = 3000)
    void theDelimiterFoundIsTheFirstCommaOrLineBreak(@ForAll("nearlyUtf8") byte[] bytes, @ForAll int cut) {
        int from = bytes.length == 0 ? 0 : Math.floorMod(cut, bytes.length);
        int expected = from;
        while (expected < bytes.length
                && bytes[expected] != ','
                && bytes[expected] != '\n'
                && bytes[expected] != '\r') {
            expected++;
        }
        assertThat(Utf8.delimiter(bytes, from, bytes.length)).isEqualTo(expected);
    }

    @Property(tries = 3000)
    void theDelimiterFoundIsTheFirstGivenDelimiterOrLineBreak(
            @ForAll("nearlyUtf8") byte[] bytes,
            @ForAll int cut,
            @ForAll @net.jqwik.api.constraints.IntRange(max = 3) int which) {
        byte d = (byte) ",;\t|".charAt(which);
        int from = bytes.length == 0 ? 0 : Math.floorMod(cut, bytes.length);
        int expected = from;
        while (expected < bytes.length && bytes[expected] != d && bytes[expected] != '\n' && bytes[expected] != '\r') {
            expected++;
        }
        assertThat(Utf8.delimiter(bytes, from, bytes.length, Utf8.everyByte(d))).isEqualTo(expected);
    }

    @Property(tries = 3000)
    void theControlCharacterFoundIsTheFirst(@ForAll("nearlyUtf8") byte[] bytes, @ForAll int cut) {
        int from = bytes.length == 0 ? 0 : Math.floorMod(cut, bytes.length);
        int expected = -1;
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] >= 0 && bytes[i] < 0x20 || bytes[i] == 0x7F) {
                expected = i;
                break;
            }
        }
        assertThat(Utf8.control(bytes, from, bytes.length)).isEqualTo(expected);
    }

    @Example
    void findsAControlCharacterAfterManyPlainBytes() {
        byte[] b = "abcdefghijklmnopqrstuvwxyz\u007f".getBytes(StandardCharsets.UTF_8);
        assertThat(Utf8.control(b, 0, b.length)).isEqualTo(26);
        assertThat(Utf8.control(b, 0, 26)).isEqualTo(-1);
    }

    @Property(tries = 1000)
    void shortKeysCompareEqualOnlyWhenTheyAre(@ForAll("nearlyUtf8") byte[] a, @ForAll("nearlyUtf8") byte[] b) {
        int n = Math.min(a.length, b.length);
        for (int len = 0; len <= Math.min(n, 9); len++) {
            boolean same = java.util.Arrays.equals(a, 0, len, b, 0, len);
            assertThat(Utf8.equal(a, 0, b, 0, len)).isEqualTo(same);
            assertThat(Utf8.equal(a, a.length - len, b, b.length - len, len))
                    .isEqualTo(java.util.Arrays.equals(a, a.length - len, a.length, b, b.length - len, b.length));
        }
    }

    @Example
    void namesTheCharacterAtAPlace() {
        byte[] b = "a€😀".getBytes(StandardCharsets.UTF_8);
        assertThat(Utf8.codePointAt(b, 1, b.length)).isEqualTo('€');
        assertThat(Utf8.codePointAt(b, 4, b.length)).isEqualTo("😀".codePointAt(0));
        assertThat(Utf8.codePointAt(b, 2, b.length)).isEqualTo(b[2] & 0xFF); // a continuation byte: itself
    }

    /** Runs of ASCII (long enough for the eight-byte steps), well-formed characters of every length, stray bytes. */
    @Provide
    Arbitrary<byte[]> nearlyUtf8() {
        Arbitrary<byte[]> piece = Arbitraries.oneOf(
                Arbitraries.strings().ascii().ofMaxLength(20).map(s -> s.getBytes(StandardCharsets.US_ASCII)),
                Arbitraries.strings()
                        .withChars("abc,\r\n\"")
                        .ofMaxLength(20)
                        .map(s -> s.getBytes(StandardCharsets.US_ASCII)),
                Arbitraries.of("é", "€", "😀", "ß", "\u3000", "\uFEFF").map(s -> s.getBytes(StandardCharsets.UTF_8)),
                Arbitraries.bytes().map(x -> new byte[] {x}),
                Arbitraries.of(0xC0, 0xC1, 0xE0, 0xED, 0xF0, 0xF4, 0xF5, 0x80, 0xBF, 0xA0, 0x9F, 0x8F, 0x90)
                        .map(x -> new byte[] {(byte) (int) x}));
        return piece.list().ofMaxSize(12).map(list -> {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            list.forEach(out::writeBytes);
            return out.toByteArray();
        });
    }

    @Provide
    Arbitrary<String> spacedText() {
        return Arbitraries.strings()
                .withChars(
                        ' ', '\t', '\n', '\u000B', '\u001C', '\u00A0', '\u0085', '\u2003', '\u2007', '\u3000', '\u1680',
                        '\u2028', 'a', 'é', '€', '\uFEFF')
                .ofMaxLength(8);
    }

    private static int strictDecoderStop(byte[] bytes) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CoderResult result = decoder().decode(in, CharBuffer.allocate(bytes.length * 2 + 2), true);
        return result.isError() ? in.position() : bytes.length;
    }

    /** True when the decoder, not told the input ended, stops at {@code at} to wait for more bytes. */
    private static boolean strictDecoderWantsMore(byte[] bytes, int at) {
        ByteBuffer in = ByteBuffer.wrap(bytes, at, bytes.length - at);
        CoderResult result = decoder().decode(in, CharBuffer.allocate(8), false);
        return result.isUnderflow() && in.position() == at;
    }

    private static CharsetDecoder decoder() {
        return StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }
}
