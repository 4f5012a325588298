package com.shopperspectrum.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Writes small transaction files in the UCI Online Retail layout for tests. */
final class CsvFixture {
    static final String HEADER = "InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country";

    private CsvFixture() {}

    /** Writes {@code lines} (CSV rows without the header) to {@code dir/name}. */
    static Path write(Path dir, String name, String... lines) {
        List<String> all = new ArrayList<>();
        all.add(HEADER);
        all.addAll(List.of(lines));
        try {
            return Files.write(dir.resolve(name), all);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A purchase line: {@code invoice, code, "ITEM code", qty, 2011-01-0{day} 10:00, price 1.5, customer, UK}. */
    static String line(String invoice, String customer, String code, int quantity, int day) {
        return String.join(
                ",",
                invoice,
                code,
                "ITEM " + code,
                Integer.toString(quantity),
                String.format("2011-01-%02d 10:00:00", day),
                "1.5",
                customer,
                "United Kingdom");
    }
}
