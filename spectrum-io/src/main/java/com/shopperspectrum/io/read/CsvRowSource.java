package com.shopperspectrum.io.read;

import com.shopperspectrum.io.ReadProgress;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * The rows of a CSV file (optionally gzip-compressed) with a given delimiter, split by {@link CsvRecords} into a reused
 * {@link FieldBuffer} of UTF-8 bytes; inflating, checking (or decoding) and splitting run a few thousand
 * records ahead on a second thread ({@link ReadAheadRecords}). Decoding is strict: bytes that are not valid in
 * the charset raise a {@link java.nio.charset.CharacterCodingException} (wrapped in an
 * {@link UncheckedIOException}).
 * Blank lines are skipped; line numbers count every physical line, the header being line 1.
 */
final class CsvRowSource implements RowSource {
    private final ReadAheadRecords records;
    private final List<String> header;

    CsvRowSource(Path file, boolean gzip, Charset charset, char delimiter, ReadProgress progress) throws IOException {
        InputStream in = new CountingInputStream(Files.newInputStream(file), Files.size(file), progress);
        try {
            in = new BufferedInputStream(in, 1 << 16);
            if (gzip) {
                in = new GZIPInputStream(in, 1 << 16);
            }
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
        records = new ReadAheadRecords(Utf8Text.of(in, charset), (byte) delimiter);
        try {
            FieldBuffer first = next();
            header = first == null ? List.of() : first.texts();
        } catch (RuntimeException e) {
            records.close();
            throw e;
        }
    }

    @Override
    public List<String> header() {
        return header;
    }

    @Override
    public FieldBuffer next() {
        try {
            return records.next();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String unit() {
        return "line";
    }

    @Override
    public void close() throws IOException {
        records.close();
    }
}
