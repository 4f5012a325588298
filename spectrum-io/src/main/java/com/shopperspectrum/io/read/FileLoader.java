package com.shopperspectrum.io.read;

import com.shopperspectrum.core.data.InvalidInputException;
import com.shopperspectrum.core.data.TransactionTable;
import com.shopperspectrum.io.InputFormat;
import com.shopperspectrum.io.ReadOptions;
import com.shopperspectrum.io.ReadProgress;
import com.shopperspectrum.io.RejectsWriter;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * One pass over a file: finds the layout from the header, loads every row into a table, and stops at the first
 * bad row or (with {@code skipBadRows}) counts it and writes it to the rejects file.
 */
public final class FileLoader {
    private final Path file;
    private final InputFormat format;
    private final Charset charset;
    private final ReadOptions options;
    private long rowsRead;
    private long badRows;
    private long lastLine = 1;
    private Path rejectsWritten;
    private String layoutName;
    /** The CSV field delimiter (0 for a sheet), found when the file is opened. */
    private char delimiter;

    private DecimalMark marks;

    /**
     * After this many rows the table is sized once for the whole file, estimated from the share of the file's
     * bytes read so far (compressed or not), instead of growing by half again and again.
     */
    static final long SIZE_HINT_AT = 1 << 22;
    /**
     * The estimate's margin: rows per byte vary a little along a file, and the reading thread runs ahead of the
     * rows counted by up to its buffers (2 MB of text).
     */
    static final double SIZE_HINT_MARGIN = 1.06;

    public FileLoader(Path file, InputFormat format, Charset charset, ReadOptions options) {
        this.file = file;
        this.format = format;
        this.charset = charset;
        this.options = options;
    }

    /** Reads the whole file into a table, reporting the bytes read to {@code progress}. */
    public TransactionTable load(ReadProgress progress) throws IOException {
        AtomicLongArray position = new AtomicLongArray(2); // reported by the read-ahead thread
        ReadProgress tracking = (done, total) -> {
            position.set(1, total);
            position.set(0, done);
            progress.bytesRead(done, total);
        };
        delimiter = findDelimiter();
        try (RowSource rows = open(tracking)) {
            if (rows.header().isEmpty()) {
                throw new InvalidInputException(file + ": no header row: the file holds no table");
            }
            ColumnLayout layout = ColumnLayout.of(rows.header(), options.columns(), file.toString(), delimiter);
            layoutName = layout.name();
            DateParser dates = new DateParser(options.dateFormat(), () -> findOrder(layout));
            marks = decimalMark(layout);
            TransactionTable.Builder builder = TransactionTable.builder();
            RowLoader loader = new RowLoader(layout, dates, marks, builder);
            try (RejectsWriter rejects =
                    new RejectsWriter(options.skipBadRows() ? options.rejectsFile() : null, layout.header())) {
                for (FieldBuffer row = rows.next(); row != null; row = rows.next()) {
                    rowsRead++;
                    lastLine = row.line();
                    if (rowsRead == SIZE_HINT_AT) {
                        sizeHint(builder, position.get(0), position.get(1));
                    }
                    try {
                        loader.load(row);
                    } catch (BadValueException e) {
                        reject(rows, layout, row, e, rejects);
                    }
                }
                rejectsWritten = rejects.written();
            }
            if (rowsRead == 0) {
                throw new InvalidInputException(file + ": no data rows after the header");
            }
            return builder.build();
        }
    }

    private void sizeHint(TransactionTable.Builder builder, long done, long total) {
        if (done > 0 && total > done) {
            builder.expectRows((long) (rowsRead * SIZE_HINT_MARGIN * total / done));
        }
    }

    private void reject(
            RowSource rows, ColumnLayout layout, FieldBuffer row, BadValueException e, RejectsWriter rejects) {
        String column = e.column() >= 0 ? layout.columnName(e.column()) : null;
        String where = rows.unit() + " " + row.line() + (column == null ? "" : ", column " + column);
        if (!options.skipBadRows()) {
            throw new InvalidInputException(file + ": " + where + ": " + e.getMessage(), column);
        }
        badRows++;
        rejects.write(row.line(), (column == null ? "" : "column " + column + ": ") + e.getMessage(), row.texts());
    }

    /** The rows of the file; the charset and delimiter apply to CSV, the sheet to XLSX. */
    private RowSource open(ReadProgress progress) throws IOException {
        return format == InputFormat.XLSX
                ? new XlsxRowSource(file, options.sheet())
                : new CsvRowSource(file, format == InputFormat.GZIP_CSV, charset, delimiter, progress);
    }

    /**
     * The given delimiter, or the one the header line holds most often; 0 for a sheet. Fails when the start of
     * the file is not text in an 8-bit charset (UTF-8, ISO-8859-1…) it is read in: binary data, or UTF-16/32
     * without a byte order mark.
     */
    private char findDelimiter() throws IOException {
        if (format == InputFormat.XLSX) {
            return 0;
        }
        TextStart start = TextStart.of(file, format == InputFormat.GZIP_CSV);
        boolean wide = charset.name().startsWith("UTF-16") || charset.name().startsWith("UTF-32");
        if (!wide && start.notEightBitText()) {
            throw new InvalidInputException(
                    start.wideWithoutMark()
                            ? file + ": holds NUL bytes between its letters, as UTF-16 or UTF-32 text does: give the "
                                    + "encoding, e.g. --encoding UTF-16LE (or UTF-16BE, UTF-32LE, UTF-32BE), or save "
                                    + "the file as UTF-8"
                            : file + ": does not look like text (CSV, CSV.gz or XLSX): "
                                    + "many of its first bytes are control characters",
                    "encoding");
        }
        return options.delimiter() != null ? options.delimiter() : start.delimiter(charset);
    }

    /**
     * The encoding a byte order mark at the start of a CSV or gzip CSV file names (UTF-8, UTF-16 or UTF-32 in
     * either byte order), or null: none, or a sheet.
     */
    public static Charset byteOrderMark(Path file, InputFormat format) throws IOException {
        return format == InputFormat.XLSX
                ? null
                : TextStart.of(file, format == InputFormat.GZIP_CSV).byteOrderMark();
    }

    /**
     * The decimal mark: given; a point in a comma-delimited file or a sheet (whose numbers are stored with one);
     * otherwise decided by the file's numbers.
     */
    private DecimalMark decimalMark(ColumnLayout layout) {
        if (format == InputFormat.XLSX) {
            return DecimalMark.point();
        }
        if (options.decimalComma() != null) {
            return DecimalMark.given(options.decimalComma());
        }
        return delimiter == ',' ? DecimalMark.point() : DecimalMark.detected(() -> findDecimalMark(layout));
    }

    /** Reads the numeric columns from the start until a number shows the decimal mark. */
    private DecimalMark.Decision findDecimalMark(ColumnLayout layout) {
        int[] columns = java.util.stream.Stream.of(
                        ColumnLayout.Field.QUANTITY, ColumnLayout.Field.PRICE, ColumnLayout.Field.AMOUNT)
                .mapToInt(layout::column)
                .filter(c -> c >= 0)
                .toArray();
        String example = null;
        try (RowSource rows = open(ReadProgress.NONE)) {
            for (FieldBuffer row = rows.next(); row != null; row = rows.next()) {
                for (int column : columns) {
                    if (row.count() <= column) {
                        continue;
                    }
                    DecimalMark.Evidence e = DecimalMark.evidence(row.bytes(), row.start(column), row.end(column));
                    String text = row.text(column).trim();
                    if (e == DecimalMark.Evidence.POINT || e == DecimalMark.Evidence.COMMA) {
                        return new DecimalMark.Decision(
                                e == DecimalMark.Evidence.COMMA, rows.unit() + " " + row.line() + ": '" + text + "'");
                    }
                    example = e == DecimalMark.Evidence.EITHER && example == null ? text : example;
                }
            }
        } catch (IOException e) {
            throw new InvalidInputException(file + ": cannot read: " + e.getMessage(), null, e);
        }
        String asComma = example.replace(".", "").replace(',', '.');
        String asPoint = example.replace(",", "");
        throw new InvalidInputException(
                file + ": numbers such as '" + example + "' could have a decimal mark or a thousands separator "
                        + "and no number in the file decides; give --decimal-comma (" + example + " is " + asComma
                        + ") or --no-decimal-comma (" + example + " is " + asPoint + ")",
                "decimal");
    }

    /** Reads the date column from the start until a slash date shows which part is the day. */
    private DayMonthOrder findOrder(ColumnLayout layout) {
        int column = layout.column(ColumnLayout.Field.DATE);
        String example = null;
        try (RowSource rows = open(ReadProgress.NONE)) {
            for (FieldBuffer row = rows.next(); row != null; row = rows.next()) {
                if (row.count() <= column || row.nativeTime(column) != FieldBuffer.NO_TIME) {
                    continue;
                }
                String text = row.text(column).trim();
                byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
                DateFields f = DateFields.scan(utf8, 0, utf8.length);
                if (f == null || !f.slash) {
                    continue;
                }
                if (f.a > 12 || f.b > 12) {
                    return new DayMonthOrder(f.a > 12, rows.unit() + " " + row.line(), text);
                }
                example = example == null ? text : example;
            }
        } catch (IOException e) {
            throw new InvalidInputException(file + ": cannot read: " + e.getMessage(), null, e);
        }
        throw new InvalidInputException(
                file + ": column " + layout.columnName(column) + ": dates such as '"
                        + example + "' could be month/day or day/month and no value in the file decides; give "
                        + "--date-format, e.g. --date-format 'M/d/yyyy H:mm' or 'd/M/yyyy H:mm'",
                layout.columnName(column));
    }

    public long rowsRead() {
        return rowsRead;
    }

    public long badRows() {
        return badRows;
    }
    /** The line of the last row handed out, for messages about where reading stopped. */
    public long lastLine() {
        return lastLine;
    }

    public Path rejectsWritten() {
        return rejectsWritten;
    }

    public String layoutName() {
        return layoutName;
    }

    /** The CSV field delimiter the file was read with; 0 for a sheet. */
    public char delimiter() {
        return delimiter;
    }

    /** True when the file's numbers were read with a decimal comma. */
    public boolean decimalComma() {
        return marks != null && !marks.isPoint() && marks.decided();
    }
}
