package com.shopperspectrum.io;

import de.siegmar.fastcsv.reader.AbstractBaseCsvCallbackHandler;
import de.siegmar.fastcsv.reader.CloseableIterator;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * The rows of a CSV file (optionally gzip-compressed), parsed by FastCSV straight into a reused
 * {@link FieldBuffer}. Decoding is strict: bytes that are not valid in the charset raise a
 * {@link java.nio.charset.CharacterCodingException} (wrapped in an {@link java.io.UncheckedIOException}).
 * Blank lines are skipped; line numbers count every physical line, the header being line 1.
 */
final class CsvRowSource implements RowSource {
    private final CsvReader<FieldBuffer> reader;
    private final CloseableIterator<FieldBuffer> rows;
    private final List<String> header;

    CsvRowSource(Path file, boolean gzip, Charset charset, ReadProgress progress) throws IOException {
        InputStream in = new CountingInputStream(Files.newInputStream(file), Files.size(file), progress);
        try {
            in = new BufferedInputStream(in, 1 << 16);
            if (gzip) {
                in = new GZIPInputStream(in, 1 << 16);
            }
            Reader text = new InputStreamReader(in, charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
            reader = CsvReader.builder().skipEmptyLines(true)
                    .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
                    .missingFieldStrategy(FieldMismatchStrategy.IGNORE)
                    .build(new Handler(), text);
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
        rows = reader.iterator();
        FieldBuffer first = rows.hasNext() ? rows.next() : null;
        header = first == null ? List.of() : first.texts();
    }

    @Override
    public List<String> header() {
        return header;
    }

    @Override
    public FieldBuffer next() {
        return rows.hasNext() ? rows.next() : null;
    }

    @Override
    public String unit() {
        return "line";
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }

    /** Copies each field's characters into the row buffer as FastCSV hands them over. */
    private static final class Handler extends AbstractBaseCsvCallbackHandler<FieldBuffer> {
        private final FieldBuffer row = new FieldBuffer();

        @Override
        protected void handleBegin(long startingLineNumber) {
            row.begin(startingLineNumber);
        }

        @Override
        protected void handleField(int fieldIdx, char[] buf, int offset, int len, boolean quoted) {
            row.add(buf, offset, len);
        }

        @Override
        protected FieldBuffer buildRecord() {
            return row;
        }
    }
}
