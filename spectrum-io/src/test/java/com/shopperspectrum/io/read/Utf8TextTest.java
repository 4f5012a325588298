package com.shopperspectrum.io.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * {@link Utf8Text} hands on valid UTF-8 unchanged, other charsets as their UTF-8, and the first bad byte or
 * failure of its source where it happened, after the text before it.
 */
class Utf8TextTest {
    @Example
    void passesUtf8OnUnchangedAcrossBlocksAndStaysAtTheEnd() throws IOException {
        // multi-byte characters cut by every block boundary: 65,536 is not a multiple of 3 or 4
        String text = "x€😀é".repeat(60_000) + "end";
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        try (InputStream in = Utf8Text.of(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8)) {
            assertThat(readAll(in, 777)).isEqualTo(bytes);
            assertThat(in.read(new byte[8])).isEqualTo(-1);
        }
    }

    @Property(tries = 40)
    void anInvalidByteEndsTheTextAfterEverythingBeforeIt(@ForAll @IntRange(min = 0, max = 200_000) int at) {
        byte[] bytes = "ab€d".repeat(60_000).getBytes(StandardCharsets.UTF_8);
        int bad = Math.min(at, bytes.length - 1);
        bytes[bad] = (byte) 0xFF;
        ByteArrayOutputStream got = new ByteArrayOutputStream();
        try (InputStream in = Utf8Text.of(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8)) {
            assertThatThrownBy(() -> {
                        byte[] chunk = new byte[1000];
                        for (int n = in.read(chunk); n >= 0; n = in.read(chunk)) {
                            got.write(chunk, 0, n);
                        }
                    })
                    .isInstanceOf(MalformedInputException.class);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        // everything before the character the bad byte spoiled, as far as the JDK's strict decoder gets
        java.nio.ByteBuffer decoded = java.nio.ByteBuffer.wrap(bytes);
        StandardCharsets.UTF_8.newDecoder().decode(decoded, java.nio.CharBuffer.allocate(bytes.length), true);
        assertThat(decoded.position()).isBetween(bad - 3, bad);
        assertThat(got.toByteArray()).isEqualTo(Arrays.copyOf(bytes, decoded.position()));
    }

    @Example
    void aCharacterCutByTheEndOfTheTextIsAnError() throws IOException {
        byte[] bytes = Arrays.copyOf("abc€".getBytes(StandardCharsets.UTF_8), 5);
        try (InputStream in = Utf8Text.of(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8)) {
            byte[] eight = new byte[8];
            assertThat(in.read(eight)).isEqualTo(3);
            assertThatThrownBy(() -> in.read(eight)).isInstanceOf(CharacterCodingException.class);
        }
    }

    @Example
    void otherCharsetsArriveAsUtf8() throws IOException {
        String text = "Café ½ £5 ".repeat(20_000) + "ÿ";
        for (Charset charset :
                new Charset[] {StandardCharsets.ISO_8859_1, Charset.forName("windows-1252"), StandardCharsets.UTF_16LE
                }) {
            byte[] encoded = text.getBytes(charset);
            try (InputStream in = Utf8Text.of(new ByteArrayInputStream(encoded), charset)) {
                assertThat(new String(readAll(in, 4096), StandardCharsets.UTF_8))
                        .as(charset.name())
                        .isEqualTo(text);
            }
        }
        String pairs = "😀a".repeat(50_000); // surrogate pairs cut by the decoder's blocks
        try (InputStream in = Utf8Text.of(
                new ByteArrayInputStream(pairs.getBytes(StandardCharsets.UTF_16BE)), StandardCharsets.UTF_16BE)) {
            assertThat(new String(readAll(in, 4096), StandardCharsets.UTF_8)).isEqualTo(pairs);
        }
    }

    @Example
    void theSourcesFailureComesAfterTheTextBeforeIt() throws IOException {
        try (InputStream in = Utf8Text.of(new FailingAfter(100_000), StandardCharsets.UTF_8)) {
            byte[] all = new byte[100_000];
            int got = 0;
            while (got < all.length) {
                got += in.read(all, got, all.length - got);
            }
            assertThatThrownBy(() -> in.read(new byte[10]))
                    .isInstanceOf(IOException.class)
                    .hasMessage("disk gone");
        }
    }

    private static byte[] readAll(InputStream in, int chunkSize) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] chunk = new byte[chunkSize];
        for (int n = in.read(chunk); n >= 0; n = in.read(chunk)) {
            out.write(chunk, 0, n);
        }
        return out.toByteArray();
    }

    /** {@code n} bytes of 'z', then an I/O failure. */
    private static final class FailingAfter extends InputStream {
        private int left;

        FailingAfter(int n) {
            left = n;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0];
        }

        @Override
        public int read(byte[] into, int offset, int length) throws IOException {
            if (left == 0) {
                throw new IOException("disk gone");
            }
            int n = Math.min(length, left);
            Arrays.fill(into, offset, offset + n, (byte) 'z');
            left -= n;
            return n;
        }
    }
}
