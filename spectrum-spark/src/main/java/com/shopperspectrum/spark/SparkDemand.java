package com.shopperspectrum.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.date_from_unix_date;
import static org.apache.spark.sql.functions.floor;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.month;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.year;

import com.shopperspectrum.core.clean.NonProductCodes;
import com.shopperspectrum.core.data.ProductDescriptions;
import com.shopperspectrum.core.inventory.DemandSeries;
import com.shopperspectrum.core.inventory.Period;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;

/**
 * The demand series on Spark, the counterpart of {@code DemandSeries.of}: units and revenue per product and period
 * are summed on the cluster from the sales lines ({@link SparkCleaning#sales}: the lines without a customer count),
 * and only one row per (product, period) with sales, plus one per (product, description), reaches the driver,
 * where the series are laid out from each product's first sale to the last period of the data with zeros between.
 * Products are the stock codes that are not non-products, in code order; the description is the most frequent one
 * among the product's sales lines (ties: the description seen first in the raw data), as the embedded engine
 * picks it. Revenue is summed exactly (decimal), units are whole numbers: the series equal the embedded ones, the
 * revenue up to the last bits of a double.
 */
final class SparkDemand {
    private SparkDemand() {}

    static DemandSeries series(
            TransactionFrame raw, TransactionFrame sales, NonProductCodes nonProducts, Period period) {
        Column at = periodIndex(period).as("period");
        Column code = col(TransactionFrame.STOCK_CODE);
        Row last = sales.rows().agg(max(at)).first();
        if (last.isNullAt(0)) {
            throw new IllegalArgumentException("no sales line of a product is left after cleaning");
        }
        int lastPeriod = ((Number) last.get(0)).intValue();
        Column products = SparkCleaner.nonProduct(nonProducts).unary_$bang();
        List<Row> cells = sales.rows()
                .where(products)
                .groupBy(code, at)
                .agg(
                        sum(col(TransactionFrame.QUANTITY)).as("units"),
                        sum(SparkProducts.amount()).cast(DataTypes.DoubleType).as("revenue"))
                .collectAsList();
        if (cells.isEmpty()) {
            throw new IllegalArgumentException("no sales line of a product is left after cleaning");
        }
        TreeMap<String, Integer> first = new TreeMap<>();
        for (Row r : cells) {
            first.merge(r.getString(0), ((Number) r.get(1)).intValue(), Math::min);
        }
        int n = first.size();
        Map<String, Integer> indexOf = new HashMap<>();
        String[] codes = first.keySet().toArray(String[]::new);
        int[] firstPeriod = new int[n];
        double[][] units = new double[n][];
        double[][] revenue = new double[n][];
        for (int i = 0; i < n; i++) {
            indexOf.put(codes[i], i);
            firstPeriod[i] = first.get(codes[i]);
            units[i] = new double[lastPeriod - firstPeriod[i] + 1];
            revenue[i] = new double[units[i].length];
        }
        for (Row r : cells) {
            int i = indexOf.get(r.getString(0));
            int t = ((Number) r.get(1)).intValue() - firstPeriod[i];
            units[i][t] = r.getLong(2);
            revenue[i][t] = sales.hasPrices() && !r.isNullAt(3) ? r.getDouble(3) : 0;
        }
        return new DemandSeries(
                period, lastPeriod, codes, descriptions(raw, sales, products, indexOf), firstPeriod, units, revenue);
    }

    static String[] descriptions(
            TransactionFrame raw, TransactionFrame sales, Column products, Map<String, Integer> indexOf) {
        Column description = col(TransactionFrame.DESCRIPTION);
        Map<String, Long> seen = new HashMap<>();
        for (Row r : raw.rows()
                .where(description.isNotNull())
                .groupBy(description)
                .agg(min(col(TransactionFrame.LINE)))
                .collectAsList()) {
            seen.put(r.getString(0), r.getLong(1));
        }
        List<Row> pairs = sales.rows()
                .where(products.and(description.isNotNull()))
                .groupBy(col(TransactionFrame.STOCK_CODE), description)
                .agg(count(lit(1)))
                .collectAsList();
        int m = pairs.size();
        int[] product = new int[m];
        String[] text = new String[m];
        long[] rows = new long[m];
        long[] firstSeen = new long[m];
        for (int k = 0; k < m; k++) {
            Row r = pairs.get(k);
            product[k] = indexOf.get(r.getString(0));
            text[k] = r.getString(1);
            rows[k] = r.getLong(2);
            firstSeen[k] = seen.get(text[k]);
        }
        return ProductDescriptions.fromCounts(indexOf.size(), product, text, rows, firstSeen);
    }

    /** {@link Period#index} as a column of the line's day (days since 1970-01-01). */
    static Column periodIndex(Period period) {
        Column day = col(TransactionFrame.DAY);
        return switch (period) {
            case DAY -> day;
            case WEEK -> floor(day.plus(3).divide(7)).cast(DataTypes.IntegerType);
            case MONTH ->
                year(date_from_unix_date(day))
                        .multiply(12)
                        .plus(month(date_from_unix_date(day)))
                        .minus(1);
        };
    }
}
