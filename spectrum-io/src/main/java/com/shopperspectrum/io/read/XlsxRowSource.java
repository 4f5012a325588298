package com.shopperspectrum.io.read;

import com.shopperspectrum.core.data.InvalidInputException;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * The rows of one XLSX sheet (streamed by fastexcel-reader). Numbers keep the text Excel stored; a numeric
 * cell also carries its value as an Excel date serial converted to seconds, which the date column uses.
 * Empty rows are skipped; row numbers are the sheet's (the header being row 1 when it is the first).
 */
final class XlsxRowSource implements RowSource {
    private static final long DAYS_1900_TO_1970 = 25_569;
    private static final long DAYS_1904_TO_1970 = 24_107;
    private final ReadableWorkbook workbook;
    private final Stream<Row> stream;
    private final Iterator<Row> rows;
    private final FieldBuffer buffer = new FieldBuffer();
    private final long epochOffsetDays;
    private final List<String> header;
    private final String sheetName;

    XlsxRowSource(Path file, String sheet) throws IOException {
        workbook = new ReadableWorkbook(file.toFile());
        try {
            Sheet chosen = sheet == null
                    ? workbook.getSheets()
                            .findFirst()
                            .orElseThrow(
                                    () -> new InvalidInputException(file + ": the workbook has no sheets", "sheet"))
                    : workbook.findSheet(sheet)
                            .orElseThrow(() -> new InvalidInputException(
                                    file + ": no sheet '" + sheet + "'; the sheets are "
                                            + workbook.getSheets()
                                                    .map(s -> "'" + s.getName() + "'")
                                                    .collect(Collectors.joining(", ")),
                                    "sheet"));
            sheetName = chosen.getName();
            epochOffsetDays = workbook.isDate1904() ? DAYS_1904_TO_1970 : DAYS_1900_TO_1970;
            stream = chosen.openStream();
            rows = stream.iterator();
            FieldBuffer first = fill(Integer.MAX_VALUE);
            header = first == null ? List.of() : first.texts();
        } catch (IOException | RuntimeException e) {
            workbook.close();
            throw e;
        }
    }

    String sheetName() {
        return sheetName;
    }

    @Override
    public List<String> header() {
        return header;
    }

    @Override
    public FieldBuffer next() {
        return fill(header.size());
    }

    /** The next non-empty row, with trailing empty cells beyond {@code width} dropped and missing ones padded. */
    private FieldBuffer fill(int width) {
        while (rows.hasNext()) {
            Row row = rows.next();
            int last = -1;
            for (int i = 0; i < row.getCellCount(); i++) {
                if (!text(row, i).isEmpty()) {
                    last = i;
                }
            }
            if (last < 0) {
                continue;
            }
            buffer.begin(row.getRowNum());
            int n = width == Integer.MAX_VALUE ? last + 1 : Math.max(width, last + 1);
            for (int i = 0; i < n; i++) {
                Cell cell = i < row.getCellCount() ? row.getCell(i) : null;
                buffer.add(
                        text(row, i),
                        cell != null && cell.getType() == CellType.NUMBER ? seconds(cell) : FieldBuffer.NO_TIME);
            }
            return buffer;
        }
        return null;
    }

    private static String text(Row row, int i) {
        if (i >= row.getCellCount()) {
            return "";
        }
        Cell cell = row.getCell(i);
        if (cell == null || cell.getType() == CellType.EMPTY) {
            return "";
        }
        String raw = cell.getType() == CellType.STRING ? cell.asString() : cell.getRawValue();
        return raw == null ? "" : raw;
    }

    private long seconds(Cell cell) {
        BigDecimal serial = cell.asNumber();
        double days = serial.doubleValue() - epochOffsetDays;
        return Math.round(days * 86_400d);
    }

    @Override
    public String unit() {
        return "row";
    }

    @Override
    public void close() throws IOException {
        try {
            stream.close();
        } finally {
            workbook.close();
        }
    }
}
