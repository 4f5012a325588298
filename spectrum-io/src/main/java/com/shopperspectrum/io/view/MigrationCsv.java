package com.shopperspectrum.io.view;

import com.shopperspectrum.core.cohort.CustomerMove;
import com.shopperspectrum.core.cohort.Migration;
import com.shopperspectrum.core.cohort.MigrationMatrix;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One row per customer as of B: the file of {@code spectrum migration -o} and {@code GET /api/migration.csv}.
 * Header {@code customer_id,segment_from,segment_to,rfm_segment_from,rfm_segment_to,recency_from,recency_to,
 * frequency_from,frequency_to,monetary_from,monetary_to}; the {@code *_from} cells are empty for a customer with
 * no purchase before A, the monetary cells without prices. The movers between two k-means segments (High-Value →
 * At-Risk) are the rows whose {@code segment_from} and {@code segment_to} match {@code segmentFrom} and
 * {@code segmentTo} (case-insensitive; null matches any; {@link MigrationMatrix#NOT_YET} matches an empty
 * {@code segment_from}).
 *
 * @param migration   the migration
 * @param segmentFrom the k-means segment as of A to keep, or null for all
 * @param segmentTo   the k-means segment as of B to keep, or null for all
 */
public record MigrationCsv(Migration migration, String segmentFrom, String segmentTo) implements CsvView {
    public static final String HEADER = "customer_id,segment_from,segment_to,rfm_segment_from,rfm_segment_to,"
            + "recency_from,recency_to,frequency_from,frequency_to,monetary_from,monetary_to";

    public MigrationCsv {
        Objects.requireNonNull(migration, "migration");
    }

    /** Every customer as of B. */
    public MigrationCsv(Migration migration) {
        this(migration, null, null);
    }

    /** Whether a move is between the chosen segments. */
    public boolean keeps(CustomerMove m) {
        String from = m.segmentFrom() == null ? MigrationMatrix.NOT_YET : m.segmentFrom();
        return (segmentFrom == null || segmentFrom.equalsIgnoreCase(from))
                && (segmentTo == null || segmentTo.equalsIgnoreCase(m.segmentTo()));
    }

    @Override
    public void write(Appendable out) throws IOException {
        out.append(HEADER).append('\n');
        for (CustomerMove m : migration.moves()) {
            if (!keeps(m)) {
                continue;
            }
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
