package com.shopperspectrum.io.view;

import com.shopperspectrum.core.cohort.CustomerMove;
import com.shopperspectrum.core.cohort.Migration;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One row per customer as of B: the file of {@code spectrum migration -o} and {@code GET /api/migration.csv}.
 * Header {@code customer_id,segment_from,segment_to,rfm_segment_from,rfm_segment_to,recency_from,recency_to,
 * frequency_from,frequency_to,monetary_from,monetary_to}; the {@code *_from} cells are empty for a customer with
 * no purchase before A, the monetary cells without prices.
 */
public record MigrationCsv(Migration migration) implements CsvView {
    public static final String HEADER = "customer_id,segment_from,segment_to,rfm_segment_from,rfm_segment_to,"
            + "recency_from,recency_to,frequency_from,frequency_to,monetary_from,monetary_to";

    public MigrationCsv {
        Objects.requireNonNull(migration, "migration");
    }

    @Override
    public void write(Appendable out) throws IOException {
        out.append(HEADER).append('\n');
        for (CustomerMove m : migration.moves()) {
            List<String> cells = new ArrayList<>();
            cells.add(m.customerId());
            cells.add(m.segmentFrom());
            cells.add(m.segmentTo());
            cells.add(m.rfmFrom());
            cells.add(m.rfmTo());
            cells.add(m.recencyFrom() == null ? null : m.recencyFrom().toString());
            cells.add(String.valueOf(m.recencyTo()));
            cells.add(m.frequencyFrom() == null ? null : m.frequencyFrom().toString());
            cells.add(String.valueOf(m.frequencyTo()));
            cells.add(m.monetaryFrom() == null ? null : Csv.money(m.monetaryFrom()));
            cells.add(m.monetaryTo() == null ? null : Csv.money(m.monetaryTo()));
            out.append(Csv.row(cells));
        }
    }
}
