package com.shopperspectrum.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.CharArrayWriter;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.MalformedInputException;
import org.junit.jupiter.api.Test;

/** {@link ReadAheadReader} hands on its source's text unchanged, and its failure where it happened. */
class ReadAheadReaderTest {
    @Test
    void passesTheTextOnUnchangedAndStaysAtTheEnd() throws IOException {
        String text = "x".repeat(200_000) + "end";
        try (Reader in = new ReadAheadReader(new StringReader(text))) {
            CharArrayWriter out = new CharArrayWriter();
            char[] chunk = new char[777];
            for (int n = in.read(chunk); n >= 0; n = in.read(chunk)) {
                out.write(chunk, 0, n);
            }
            assertThat(out.toString()).isEqualTo(text);
            assertThat(in.read(chunk)).isEqualTo(-1);
        }
    }

    @Test
    void theSourcesFailureComesAfterTheTextBeforeIt() throws IOException {
        try (Reader in = new ReadAheadReader(new FailingAfter(100_000))) {
            char[] all = new char[100_000];
            int got = 0;
            while (got < all.length) {
                got += in.read(all, got, all.length - got);
            }
            assertThatThrownBy(() -> in.read(new char[10])).isInstanceOf(MalformedInputException.class);
        }
    }

    @Test
    void closingEarlyStopsTheReadingThread() throws IOException {
        ReadAheadReader in = new ReadAheadReader(new StringReader("y".repeat(5_000_000)));
        assertThat(in.read(new char[10])).isEqualTo(10);
        in.close();
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().equals("spectrum-read-ahead")
                && t.isAlive());
    }

    /** {@code n} characters, then a decoding failure. */
    private static final class FailingAfter extends Reader {
        private int left;

        FailingAfter(int n) {
            left = n;
        }

        @Override
        public int read(char[] into, int offset, int length) throws IOException {
            if (left == 0) {
                throw new MalformedInputException(1);
            }
            int n = Math.min(length, left);
            java.util.Arrays.fill(into, offset, offset + n, 'z');
            left -= n;
            return n;
        }

        @Override
        public void close() {
        }
    }
}
