package com.shopperspectrum.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/** Small files written by tests, and reading them. */
final class Fixtures {
    static final String UCI = "InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country";
    static final String UCI_II = "Invoice,StockCode,Description,Quantity,InvoiceDate,Price,Customer ID,Country";

    private Fixtures() {}

    static Path csv(Path dir, String name, String... lines) {
        return bytes(dir, name, (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
    }

    static Path text(Path dir, String name, Charset charset, String... lines) {
        return bytes(dir, name, (String.join("\n", lines) + "\n").getBytes(charset));
    }

    static Path bytes(Path dir, String name, byte[] content) {
        try {
            return Files.write(dir.resolve(name), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path gzip(Path dir, String name, String... lines) {
        Path file = dir.resolve(name);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    static ReadResult read(Path file) {
        return new TransactionReader().read(file, ReadOptions.DEFAULT);
    }

    static ReadResult read(Path file, ReadOptions options) {
        return new TransactionReader().read(file, options);
    }

    static ReadOptions mapping(Map<String, String> columns) {
        return new ReadOptions(columns, null, null, null, false, null);
    }

    static ReadOptions dateFormat(String pattern) {
        return new ReadOptions(Map.of(), pattern, null, null, false, null);
    }

    static ReadOptions encoding(Charset charset) {
        return new ReadOptions(Map.of(), null, charset, null, false, null);
    }

    static ReadOptions skipping(Path rejects) {
        return new ReadOptions(Map.of(), null, null, null, true, rejects);
    }
}
