package com.shopperspectrum.io.view;

import com.shopperspectrum.core.model.CustomerTable;
import com.shopperspectrum.core.segment.Segmentation;
import java.io.IOException;
import java.util.List;
import java.util.Objects;

/**
 * A filtered, sorted list of customers with the columns a page shows: the download of the web app's customers
 * list ({@code GET /customers/list.csv}). The same {@link Column}s drive the page's table, so the file has the
 * columns and rows the page shows, in its order. Text cells go through the guarded {@link Csv} writer.
 *
 * @param customers    the model's customer table
 * @param segmentation the model's segmentation, or null when it has none (no segment columns then)
 * @param columns      the columns, in order
 * @param rows         the customer rows, in order
 * @param money        the currency, named in the money column's header ({@code monetary_gbp})
 * @param lapsed       the lapsed flag of each customer row (for {@link Column#LAPSED}), or null
 */
public record CustomerListCsv(
        CustomerTable customers,
        Segmentation segmentation,
        List<Column> columns,
        int[] rows,
        Money money,
        boolean[] lapsed)
        implements CsvView {
    /** A column of the list: its CSV header and how a customer's raw value is read. */
    public enum Column {
        CUSTOMER_ID("customer_id"),
        COUNTRY("country"),
        RECENCY("recency_days"),
        FREQUENCY("frequency_invoices"),
        MONETARY("monetary"),
        SEGMENT("segment"),
        RFM_SEGMENT("rfm_segment"),
        /** Away as long as a typical At-Risk customer while in another segment (the list's flags). */
        LAPSED("lapsed");

        private final String header;

        Column(String header) {
            this.header = header;
        }

        public String header() {
            return header;
        }

        /** Whether the column needs the segmentation. */
        public boolean needsSegments() {
            return this == SEGMENT || this == RFM_SEGMENT || this == LAPSED;
        }

        /** The raw value of {@code row} (plain decimals, no grouping), or null when unknown. */
        public String value(CustomerTable customers, Segmentation segmentation, int row) {
            return switch (this) {
                case CUSTOMER_ID -> customers.id(row);
                case COUNTRY -> customers.country(row);
                case RECENCY -> Integer.toString(customers.rfm().recency(row));
                case FREQUENCY -> Integer.toString(customers.rfm().frequency(row));
                case MONETARY ->
                    customers.rfm().hasMonetary() ? Csv.money(customers.rfm().monetary(row)) : null;
                case SEGMENT ->
                    segmentation.model().names().get(segmentation.customers().cluster(row));
                case RFM_SEGMENT -> segmentation.customers().rfmSegment(row).label();
                case LAPSED -> throw new IllegalStateException("lapsed is the list's flag, not the table's");
            };
        }
    }

    public CustomerListCsv {
        Objects.requireNonNull(customers, "customers");
        Objects.requireNonNull(money, "money");
        columns = List.copyOf(columns);
        rows = rows.clone();
        lapsed = lapsed == null ? null : lapsed.clone();
        if (columns.contains(Column.LAPSED) && lapsed == null) {
            throw new IllegalArgumentException("column lapsed needs the lapsed flags");
        }
        for (Column c : columns) {
            if (c.needsSegments() && segmentation == null) {
                throw new IllegalArgumentException("column " + c.header() + " needs a segmentation");
            }
        }
    }

    @Override
    public void write(Appendable out) throws IOException {
        out.append(Csv.row(columns.stream()
                .map(c -> c == Column.MONETARY ? money.header(c.header()) : c.header())
                .toList()));
        String[] cells = new String[columns.size()];
        for (int row : rows) {
            for (int c = 0; c < cells.length; c++) {
                Column col = columns.get(c);
                cells[c] =
                        col == Column.LAPSED ? (lapsed[row] ? "yes" : "no") : col.value(customers, segmentation, row);
            }
            out.append(Csv.row(java.util.Arrays.asList(cells)));
        }
    }

    @Override
    public int[] rows() {
        return rows.clone();
    }

    @Override
    public boolean[] lapsed() {
        return lapsed == null ? null : lapsed.clone();
    }
}
