package com.shopperspectrum.io.view;

import java.io.IOException;
import java.util.List;
import java.util.Objects;

/**
 * A table a page shows, as CSV with the page's columns and rows (raw values: plain decimals, no currency signs or
 * thousands separators): the downloads of the products search, the segment profiles and the evaluation table.
 * Every cell goes through the guarded {@link Csv} writer.
 *
 * @param header the column names
 * @param rows   the rows, each as many cells as the header (null cells are empty)
 */
public record TableCsv(List<String> header, List<List<String>> rows) implements CsvView {
    public TableCsv {
        header = List.copyOf(header);
        rows = rows.stream()
                .map(r -> java.util.Collections.unmodifiableList(new java.util.ArrayList<>(r)))
                .toList();
        for (List<String> r : rows) {
            if (r.size() != header.size()) {
                throw new IllegalArgumentException(
                        "a row has " + r.size() + " cells for " + header.size() + " columns: " + r);
            }
        }
        Objects.requireNonNull(header, "header");
    }

    @Override
    public void write(Appendable out) throws IOException {
        out.append(Csv.row(header));
        for (List<String> r : rows) {
            out.append(Csv.row(r));
        }
    }
}
