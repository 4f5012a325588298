package com.shopperspectrum.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import com.shopperspectrum.core.data.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Fails a read whose required values are missing or do not parse, naming the file, the column, one offending
 * value and how many rows have the problem. The check counts on the parsed, cached lines (the pass that fills the
 * cache), so a good file is decompressed and parsed once; only a bad one is read again to find an example value.
 */
final class RawValueCheck {
    static final String RAW_QUANTITY = "_raw_quantity";
    static final String RAW_DATE = "_raw_date";
    static final String RAW_PRICE = "_raw_price";
    static final String RAW_PRODUCT = "_raw_product";
    static final String[] RAW_COLUMNS = {RAW_QUANTITY, RAW_DATE, RAW_PRICE, RAW_PRODUCT};

    private record Check(String field, String rawColumn, Column bad, String problem) {}

    private RawValueCheck() {}

    static final String BAD_PRICE = "_bad_price";

    /** True where the price (or amount) is given but is not a number; kept with the lines for the check. */
    static Column badPrice(ColumnMapping m) {
        return m.has("price") || m.has("amount")
                ? col(TransactionFrame.PRICE_EXACT).isNull().and(col(RAW_PRICE).isNotNull())
                : lit(false);
    }

    /**
     * Checks the cached {@code lines} (parsed columns and {@link #BAD_PRICE}) in one pass; when a value is bad,
     * finds an example in {@code parsed} (the parsed columns beside the raw text) and fails.
     */
    static void failOnBadValues(String source, Dataset<Row> lines, Dataset<Row> parsed, ColumnMapping m) {
        Row bad = lines.agg(
                        count(when(col(TransactionFrame.STOCK_CODE).isNull(), 1)),
                        count(when(col(TransactionFrame.QUANTITY).isNull(), 1)),
                        count(when(col(TransactionFrame.SECONDS).isNull(), 1)),
                        count(when(col(BAD_PRICE), 1)))
                .first();
        for (int i = 0; i < 4; i++) {
            if (bad.getLong(i) > 0) {
                failWithExample(source, parsed, m);
            }
        }
    }

    private static void failWithExample(String source, Dataset<Row> parsed, ColumnMapping m) {
        List<Check> checks = new ArrayList<>();
        checks.add(new Check(
                "product", RAW_PRODUCT, col(TransactionFrame.STOCK_CODE).isNull(), "is missing"));
        checks.add(new Check(
                "quantity", RAW_QUANTITY, col(TransactionFrame.QUANTITY).isNull(), "is not a whole number"));
        checks.add(new Check(
                "date",
                RAW_DATE,
                col(TransactionFrame.SECONDS).isNull(),
                "is not a date-time (yyyy-MM-dd HH:mm[:ss], M/d/yyyy H:mm or --date-format)"));
        if (m.has("price") || m.has("amount")) {
            String field = m.has("price") ? "price" : "amount";
            checks.add(new Check(field, RAW_PRICE, badPrice(m), "is not a number"));
        }
        List<Column> aggregates = new ArrayList<>();
        for (Check c : checks) {
            aggregates.add(count(when(c.bad(), 1)));
            aggregates.add(first(when(c.bad(), col(c.rawColumn())), true));
        }
        Row result = parsed.agg(
                        aggregates.get(0),
                        aggregates.subList(1, aggregates.size()).toArray(Column[]::new))
                .first();
        for (int i = 0; i < checks.size(); i++) {
            long bad = result.getLong(2 * i);
            if (bad > 0) {
                Check c = checks.get(i);
                Object value = result.get(2 * i + 1);
                throw new InvalidInputException(
                        String.format(
                                "%s: column %s (%s): %s %s (%,d rows)",
                                source,
                                m.header(c.field()),
                                c.field(),
                                value == null ? "a value" : "'" + value + "'",
                                value == null ? "is missing" : c.problem(),
                                bad),
                        c.field());
            }
        }
    }
}
