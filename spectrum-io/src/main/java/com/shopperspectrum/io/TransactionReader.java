package com.shopperspectrum.io;

import com.shopperspectrum.core.data.InvalidInputException;
import com.shopperspectrum.core.data.TransactionTable;
import com.shopperspectrum.io.read.FileLoader;
import de.siegmar.fastcsv.reader.CsvParseException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads a transactions file (CSV, gzip CSV or XLSX) into a {@link TransactionTable}, streaming it row by row
 * into the columnar builder.
 *
 * <p>The layout is recognised from the header (UCI Online Retail and Online Retail II) or given as a column
 * mapping; dates, encodings, normalisation and bad rows are handled as {@link ReadOptions} say. Everything
 * wrong with the input ends as an {@link InvalidInputException} naming the file and, for a row, the line,
 * column and offending value. Without an explicit encoding the file is decoded as UTF-8; if it is not valid
 * UTF-8 it is read again as ISO-8859-1 and the report carries a warning.
 */
public final class TransactionReader {
    private final ReadProgress progress;

    public TransactionReader() {
        this(ReadProgress.NONE);
    }

    public TransactionReader(ReadProgress progress) {
        this.progress = Objects.requireNonNull(progress, "progress");
    }

    public ReadResult read(Path file, ReadOptions options) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(options, "options");
        checkReadable(file);
        try {
            InputFormat format = InputFormat.detect(file);
            List<String> warnings = new ArrayList<>();
            Charset mark = markedEncoding(file, format, options, warnings);
            if (format == InputFormat.XLSX || options.encoding() != null || mark != null) {
                Charset charset =
                        mark != null ? mark : options.encoding() == null ? StandardCharsets.UTF_8 : options.encoding();
                return pass(file, format, charset, options, warnings);
            }
            try {
                return pass(file, format, StandardCharsets.UTF_8, options, warnings);
            } catch (UndecodableException e) {
                warnings.add(file + ": not valid UTF-8 (from " + e.where + "); read as ISO-8859-1 instead. "
                        + "Give --encoding to choose.");
                return pass(file, format, StandardCharsets.ISO_8859_1, options, warnings);
            }
        } catch (UndecodableException e) {
            throw new InvalidInputException(
                    file + ": not valid " + e.charset + " text (from " + e.where + ")"
                            + (e.marked
                                    ? " although it starts with a " + e.charset + " byte order mark"
                                    : "; give the right --encoding, e.g. ISO-8859-1"),
                    "encoding");
        } catch (IOException e) {
            throw cannotRead(file, e, null);
        }
    }

    /**
     * The encoding a byte order mark names (UTF-8, UTF-16, UTF-32), which decides over {@code --encoding} (with a
     * warning when they differ); null when the file has none.
     */
    private static Charset markedEncoding(Path file, InputFormat format, ReadOptions options, List<String> warnings)
            throws IOException {
        Charset mark = FileLoader.byteOrderMark(file, format);
        if (mark != null && options.encoding() != null && !mark.equals(options.encoding())) {
            warnings.add(file + ": starts with a " + mark.name() + " byte order mark; read as " + mark.name()
                    + ", not as the --encoding " + options.encoding().name() + " given");
        }
        return mark;
    }

    private ReadResult pass(Path file, InputFormat format, Charset charset, ReadOptions options, List<String> warnings)
            throws IOException {
        FileLoader loader = new FileLoader(file, format, charset, options);
        TransactionTable table;
        try {
            table = loader.load(progress);
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof CharacterCodingException) {
                throw new UndecodableException(
                        "near line " + (loader.lastLine() + 1),
                        charset,
                        FileLoader.byteOrderMark(file, format) != null);
            }
            throw cannotRead(file, e.getCause(), "after line " + loader.lastLine());
        } catch (CsvParseException e) {
            throw new InvalidInputException(file + ": not readable as CSV: " + e.getMessage(), null, e);
        } catch (InvalidInputException | IllegalArgumentException e) {
            throw e;
        } catch (RuntimeException | IOException e) {
            if (format != InputFormat.XLSX) {
                throw e;
            }
            throw new InvalidInputException(
                    file + ": not a readable XLSX workbook (damaged, cut short, or a zip file of something else)",
                    null,
                    e);
        }
        long size = Files.size(file);
        progress.bytesRead(size, size);
        String encoding = format == InputFormat.XLSX ? "UTF-8 (XML)" : charset.name();
        ReadReport report = new ReadReport(
                file,
                format.label(),
                loader.layoutName(),
                encoding,
                loader.rowsRead(),
                table.size(),
                loader.badRows(),
                loader.rejectsWritten(),
                warnings,
                loader.delimiter() == 0 ? null : String.valueOf(loader.delimiter()),
                loader.decimalComma());
        return new ReadResult(table, report);
    }

    /**
     * The plain message for a failure to read: a gzip stream that ends early or is not gzip, or the system's
     * reason; {@code where} (e.g. {@code after line 12}) when known.
     */
    private static InvalidInputException cannotRead(Path file, IOException e, String where) {
        String at = where == null ? "" : " (" + where + ")";
        if (e instanceof java.io.EOFException) {
            return new InvalidInputException(
                    file + ": the compressed data ends early: the file is cut short" + at, null, e);
        }
        if (e instanceof java.util.zip.ZipException && "Not in GZIP format".equals(e.getMessage())) {
            return new InvalidInputException(file + ": not gzip data, although the name ends in .gz", null, e);
        }
        if (e instanceof java.util.zip.ZipException) {
            return new InvalidInputException(
                    file + ": the gzip data is damaged (" + e.getMessage() + ")" + at, null, e);
        }
        return new InvalidInputException(file + ": cannot read: " + e.getMessage() + at, null, e);
    }

    private static void checkReadable(Path file) {
        if (!Files.exists(file)) {
            throw new InvalidInputException(file + ": no such file");
        }
        if (Files.isDirectory(file)) {
            throw new InvalidInputException(file + ": is a directory, not a file");
        }
        if (!Files.isRegularFile(file)) {
            throw new InvalidInputException(
                    file + ": not a regular file (a named pipe, device or socket); give a file, or copy the data "
                            + "into one");
        }
        if (!Files.isReadable(file)) {
            throw new InvalidInputException(file + ": not readable (permission denied)");
        }
        try {
            if (Files.size(file) == 0) {
                throw new InvalidInputException(file + ": the file is empty");
            }
        } catch (IOException e) {
            throw new InvalidInputException(file + ": cannot read: " + e.getMessage(), null, e);
        }
    }

    /**
     * The text is not valid in the charset tried; {@code where} says how far reading got, {@code marked} whether
     * a byte order mark chose the charset.
     */
    private static final class UndecodableException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String where;
        private final transient Charset charset;
        private final boolean marked;

        UndecodableException(String where, Charset charset, boolean marked) {
            super(where, null, false, false);
            this.where = where;
            this.charset = charset;
            this.marked = marked;
        }
    }
}
