package com.shopperspectrum.io;

import com.shopperspectrum.core.data.InvalidInputException;
import com.shopperspectrum.core.data.TransactionTable;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * Reads transaction lines from CSV or gzip CSV in the UCI Online Retail layouts.
 * (First version: UCI layouts, ISO dates, UTF-8. Mapping, XLSX, encodings and bad-row handling follow.)
 */
public final class TransactionReader {
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm[:ss]");
    private final ReadProgress progress;

    public TransactionReader() {
        this(ReadProgress.NONE);
    }

    public TransactionReader(ReadProgress progress) {
        this.progress = progress;
    }

    public ReadResult read(Path file, ReadOptions options) {
        if (!Files.isRegularFile(file)) {
            throw new InvalidInputException(file + ": no such file");
        }
        TransactionTable.Builder b = TransactionTable.builder();
        long rows = 0;
        try (InputStream in = open(file);
             Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
             CsvReader<CsvRecord> csv = CsvReader.builder().ofCsvRecord(reader)) {
            boolean header = true;
            for (CsvRecord rec : csv) {
                if (header) {
                    header = false;
                    continue;
                }
                List<String> f = rec.getFields();
                String customer = f.get(6).isEmpty() ? null : f.get(6);
                String desc = f.get(2).trim();
                b.add(f.get(0), f.get(1).trim().toUpperCase(Locale.ROOT), desc.isEmpty() ? null : desc,
                        Integer.parseInt(f.get(3)), TransactionTable.toSeconds(LocalDateTime.parse(f.get(4), ISO)),
                        Double.parseDouble(f.get(5)), customer, f.get(7).isEmpty() ? null : f.get(7));
                rows++;
            }
        } catch (IOException e) {
            throw new InvalidInputException(file + ": cannot read: " + e.getMessage(), null, e);
        }
        TransactionTable table = b.build();
        return new ReadResult(table, new ReadReport(file, "csv", "uci", "UTF-8", rows, rows, 0, null, List.of()));
    }

    private static InputStream open(Path file) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        in.mark(2);
        int b1 = in.read();
        int b2 = in.read();
        in.reset();
        return b1 == 0x1f && b2 == 0x8b ? new GZIPInputStream(in, 1 << 16) : in;
    }
}
