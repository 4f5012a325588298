package com.shopperspectrum.io.read;

import com.shopperspectrum.io.ReadOptions;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * What the start of a CSV file says before it is read: a byte order mark (UTF-8, UTF-16 or UTF-32 in either byte
 * order) and, from the header line, the field delimiter. Reads the first {@link #LENGTH} bytes of text at most
 * (inflated when the file is gzip), once per file.
 */
final class TextStart {
    static final int LENGTH = 1 << 16;
    static final Charset UTF_32BE = Charset.forName("UTF-32BE");
    static final Charset UTF_32LE = Charset.forName("UTF-32LE");

    private final byte[] head;

    private TextStart(byte[] head) {
        this.head = head;
    }

    /** The first bytes of the text of {@code file}. */
    static TextStart of(Path file, boolean gzip) throws IOException {
        try (InputStream raw = Files.newInputStream(file)) {
            InputStream in = gzip ? new GZIPInputStream(new BufferedInputStream(raw), 1 << 16) : raw;
            return new TextStart(in.readNBytes(LENGTH));
        }
    }

    static TextStart of(byte[] head) {
        return new TextStart(head.clone());
    }

    /** The encoding a byte order mark at the start names, or null when there is none. */
    Charset byteOrderMark() {
        if (starts(0x00, 0x00, 0xFE, 0xFF)) return UTF_32BE;
        if (starts(0xFF, 0xFE, 0x00, 0x00)) return UTF_32LE; // before UTF-16LE, whose mark it begins with
        if (starts(0xEF, 0xBB, 0xBF)) return StandardCharsets.UTF_8;
        if (starts(0xFE, 0xFF)) return StandardCharsets.UTF_16BE;
        if (starts(0xFF, 0xFE)) return StandardCharsets.UTF_16LE;
        return null;
    }

    private boolean starts(int... bytes) {
        if (head.length < bytes.length) return false;
        for (int i = 0; i < bytes.length; i++) {
            if ((head[i] & 0xFF) != bytes[i]) return false;
        }
        return true;
    }

    /**
     * The delimiter of {@link ReadOptions#DELIMITERS} that the header line (the text up to the first line break
     * outside quotes, decoded as {@code charset}) holds most often outside quotes; a tie goes to the one listed
     * first, and a header with none of them (one column) is comma-delimited.
     */
    char delimiter(Charset charset) {
        String text = new String(head, charset); // malformed bytes become U+FFFD: only the ASCII delimiters count
        String candidates = ReadOptions.DELIMITERS;
        int[] counts = new int[candidates.length()];
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted) {
                int k = candidates.indexOf(c);
                if (k >= 0) counts[k]++;
            }
        }
        int best = 0;
        for (int k = 1; k < counts.length; k++) {
            if (counts[k] > counts[best]) best = k;
        }
        return candidates.charAt(best);
    }

    /**
     * True when the bytes are not 8-bit text: more than one in twenty a control character other than tab, CR and
     * LF (text holds next to none; random data one in eight, UTF-16 or UTF-32 read byte by byte a half or more).
     */
    boolean notEightBitText() {
        int controls = 0;
        for (byte b : head) {
            if (b >= 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r') controls++;
        }
        return head.length > 0 && controls * 20L > head.length;
    }

    /** True when the first bytes are ASCII with NULs between the letters: UTF-16 or UTF-32 without a mark. */
    boolean wideWithoutMark() {
        int n = Math.min(head.length, 512);
        int nul = 0;
        for (int i = 0; i < n; i++) {
            int b = head[i];
            if (b == 0) {
                nul++;
            } else if (b < 0 || b < 0x20 && b != '\t' && b != '\n' && b != '\r' || b == 0x7F) {
                return false;
            }
        }
        return nul * 5 >= n * 2;
    }
}
