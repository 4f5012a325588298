package com.shopperspectrum.io;

import com.shopperspectrum.io.view.Csv;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes set-aside rows as CSV ({@link Csv}): {@code line,reason,} then the row's fields as read. The file is
 * created at the first bad row, so a clean read leaves none behind.
 */
public final class RejectsWriter implements Closeable {
    private final Path file;
    private final List<String> header;
    private BufferedWriter writer;

    /** @param file where to write, or null to only count */
    public RejectsWriter(Path file, List<String> header) {
        this.file = file;
        this.header = header;
    }

    /** Writes one set-aside row: its line, why, and its fields as read. */
    public void write(long line, String reason, List<String> fields) {
        if (file == null) {
            return;
        }
        try {
            if (writer == null) {
                Path parent = file.toAbsolutePath().getParent();
                if (parent != null) {
                    Files.createDirectories(parent);
                }
                writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                writer.write(Csv.row(fields(List.of("line", "reason"), header)));
            }
            writer.write(Csv.row(fields(List.of(Long.toString(line), reason), fields)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write rejects file " + file + ": " + e.getMessage(), e);
        }
    }

    private static List<String> fields(List<String> first, List<String> rest) {
        List<String> all = new ArrayList<>(first.size() + rest.size());
        all.addAll(first);
        all.addAll(rest);
        return all;
    }

    /** The file written, or null when there was nothing to write. */
    public Path written() {
        return writer == null ? null : file;
    }

    @Override
    public void close() throws IOException {
        if (writer != null) {
            writer.close();
        }
    }
}
