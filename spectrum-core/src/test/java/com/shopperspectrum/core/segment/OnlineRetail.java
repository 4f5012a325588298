package com.shopperspectrum.core.segment;

import com.shopperspectrum.core.clean.Cleaner;
import com.shopperspectrum.core.clean.CleaningOptions;
import com.shopperspectrum.core.data.RealData;
import com.shopperspectrum.core.data.TransactionTable;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * The real UCI Online Retail file for reference tests, read by a minimal RFC 4180 parser (core has no reader;
 * the file is clean UTF-8 with ISO dates) and cleaned with the four default rules. Loaded once per JVM.
 */
final class OnlineRetail {
    private static TransactionTable clean;

    private OnlineRetail() {}

    /** The clean table, or the test is skipped with the reason when the data folder is absent. */
    static synchronized TransactionTable clean() {
        Path file = RealData.file(RealData.ONLINE_RETAIL);
        if (clean == null) {
            clean = new Cleaner(CleaningOptions.ORIGINAL).clean(read(file)).clean();
        }
        return clean;
    }

    private static TransactionTable read(Path file) {
        TransactionTable.Builder b = TransactionTable.builder();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file), 1 << 16), StandardCharsets.UTF_8))) {
            in.readLine();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                List<String> f = split(line);
                b.add(
                        f.get(0),
                        f.get(1),
                        empty(f.get(2)),
                        Integer.parseInt(f.get(3)),
                        date(f.get(4)),
                        Double.parseDouble(f.get(5)),
                        empty(f.get(6)),
                        empty(f.get(7)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return b.build();
    }

    /** {@code yyyy-MM-dd HH:mm:ss}, parsed by position (DateTimeFormatter is the bottleneck otherwise). */
    private static LocalDateTime date(String s) {
        return LocalDateTime.of(
                Integer.parseInt(s, 0, 4, 10),
                Integer.parseInt(s, 5, 7, 10),
                Integer.parseInt(s, 8, 10, 10),
                Integer.parseInt(s, 11, 13, 10),
                Integer.parseInt(s, 14, 16, 10),
                Integer.parseInt(s, 17, 19, 10));
    }

    private static String empty(String s) {
        return s.isEmpty() ? null : s;
    }

    static List<String> split(String line) {
        if (line.indexOf('"') < 0) {
            return List.of(line.split(",", -1));
        }
        List<String> out = new ArrayList<>(8);
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                out.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        out.add(field.toString());
        return out;
    }
}
