package com.shopperspectrum.io.model;

import com.shopperspectrum.core.data.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * SHA-256 checksums of a model's files, stored as {@code sha256sum} writes them ({@code <hex>  <name>} per line),
 * so that {@code sha256sum -c checksums} verifies a model by hand.
 */
public final class Checksums {
    public static final String FILE = "checksums";

    private Checksums() {}

    /** Lower-case hex SHA-256 of bytes. */
    public static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(digest().digest(bytes));
    }

    /** Lower-case hex SHA-256 of a file, streamed. */
    public static String sha256(Path file) throws IOException {
        MessageDigest md = digest();
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                md.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(md.digest());
    }

    static String format(Map<String, String> sums) {
        StringBuilder s = new StringBuilder();
        sums.forEach((name, hex) -> s.append(hex).append("  ").append(name).append('\n'));
        return s.toString();
    }

    /** Parses a checksums file's text; {@code file} names it in errors. */
    static Map<String, String> parse(String text, Path file) {
        Map<String, String> sums = new LinkedHashMap<>();
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank()) {
                continue;
            }
            int gap = line.indexOf("  ");
            if (gap != 64 || !line.substring(0, 64).matches("[0-9a-f]{64}")) {
                throw new InvalidInputException(
                        file + " line " + (i + 1) + ": expected '<sha-256>  <file>', got '" + line + "'", FILE);
            }
            sums.put(line.substring(66), line.substring(0, 64));
        }
        return sums;
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
