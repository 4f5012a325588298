package com.shopperspectrum.io;

import com.shopperspectrum.core.data.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** The container of a transactions file, recognised from its first bytes (or, failing that, its name). */
public enum InputFormat {
    CSV("csv"),
    GZIP_CSV("csv.gz"),
    XLSX("xlsx");

    private final String label;

    InputFormat(String label) {
        this.label = label;
    }

    /** The name the read report gives the container. */
    public String label() {
        return label;
    }

    /** The container of {@code file}: gzip or XLSX by their magic bytes, else by the name's ending. */
    public static InputFormat detect(Path file) throws IOException {
        byte[] head = new byte[8];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (n >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b) {
            return GZIP_CSV;
        }
        if (n >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            return XLSX;
        }
        if (n >= 4 && (head[0] & 0xff) == 0xd0 && (head[1] & 0xff) == 0xcf && (head[2] & 0xff) == 0x11) {
            throw new InvalidInputException(file + ": a legacy Excel .xls workbook; save it as .xlsx or CSV");
        }
        return name.endsWith(".gz") ? GZIP_CSV : name.endsWith(".xlsx") ? XLSX : CSV;
    }
}
