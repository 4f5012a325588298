package com.shopperspectrum.spark;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count_distinct;
import static org.apache.spark.sql.functions.date_format;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.timestamp_seconds;

import com.shopperspectrum.core.clean.CleaningReport;
import com.shopperspectrum.core.data.TransactionTable;
import com.shopperspectrum.core.profile.DataProfile;
import com.shopperspectrum.core.profile.Profiler;
import com.shopperspectrum.core.rfm.RfmTable;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;

/**
 * The data profile on Spark: the totals, the months and the countries of the clean lines as three aggregations
 * (a handful of rows each reach the driver); the per-product totals come from {@link SparkProducts}. The profile's
 * rules (top ten, ordering, RFM distributions) are core's, in {@link Profiler#of}. Money is summed in exact decimal
 * arithmetic, so it agrees with the embedded engine's double sums to about 1e-12 relative.
 */
final class SparkProfile {
    private static final String MISSING_COUNTRY = "(missing)";

    private SparkProfile() {}

    static DataProfile of(CleaningReport report, TransactionFrame clean, SparkProducts products, RfmTable rfm) {
        boolean money = clean.hasPrices();
        Row t = clean.rows()
                .agg(
                        count_distinct(col(TransactionFrame.INVOICE)),
                        count_distinct(col(TransactionFrame.COUNTRY)),
                        revenue(),
                        min(col(TransactionFrame.SECONDS)),
                        max(col(TransactionFrame.SECONDS)))
                .first();
        Profiler.Totals totals = new Profiler.Totals(
                products.table().size(),
                t.getLong(0),
                t.getLong(1),
                money ? money(t, 2) : null,
                t.isNullAt(3) ? null : TransactionTable.toDateTime(t.getLong(3)),
                t.isNullAt(4) ? null : TransactionTable.toDateTime(t.getLong(4)),
                products.codesWithSeveralDescriptions());
        Column month = date_format(timestamp_seconds(col(TransactionFrame.SECONDS)), "yyyy-MM");
        Column country = coalesce(col(TransactionFrame.COUNTRY), lit(MISSING_COUNTRY));
        List<DataProfile.Month> months = groups(
                clean,
                month,
                money,
                (r, revenue) -> new DataProfile.Month(r.getString(0), revenue, r.getLong(2), r.getLong(3)));
        List<DataProfile.Country> countries = groups(
                clean,
                country,
                money,
                (r, revenue) -> new DataProfile.Country(r.getString(0), revenue, r.getLong(2), r.getLong(3)));
        return Profiler.of(report, totals, products.totals(), months, countries, rfm);
    }

    /** Revenue, invoices and customers per value of {@code key}. */
    private static <T> List<T> groups(
            TransactionFrame clean, Column key, boolean money, BiFunction<Row, Double, T> record) {
        List<T> out = new ArrayList<>();
        for (Row r : clean.rows()
                .groupBy(key)
                .agg(
                        revenue(),
                        count_distinct(col(TransactionFrame.INVOICE)),
                        count_distinct(col(TransactionFrame.CUSTOMER)))
                .collectAsList()) {
            out.add(record.apply(r, money ? money(r, 1) : null));
        }
        return out;
    }

    private static Column revenue() {
        return sum(SparkProducts.amount()).cast(DataTypes.DoubleType);
    }

    private static Double money(Row r, int i) {
        return r.isNullAt(i) ? 0.0 : r.getDouble(i);
    }
}
