package com.shopperspectrum.spark;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count_distinct;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.sum;

import com.shopperspectrum.core.rfm.CustomerIdOrder;
import com.shopperspectrum.core.rfm.RfmTable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;

/**
 * RFM per customer with the definitions of {@code core.rfm.RfmCalculator}: recency in calendar days from the
 * customer's last purchase day to the snapshot day (default: the day after the last purchase day in the data),
 * frequency as distinct invoices, monetary as the sum of quantity × unit price. One aggregation on the cluster;
 * the table (one row per customer) is collected on the driver, sorted in customer-id order.
 *
 * <p>Monetary is summed in exact decimal arithmetic from the prices as written, so it does not depend on how the
 * data is partitioned (a double sum would change in its last digits with the partitioning); it agrees with the
 * embedded engine's double sum to about 1e-12 relative.
 */
public final class SparkRfm {
    private static final String LAST_DAY = "last_day";
    private static final String INVOICES = "invoices";
    private static final String MONEY = "money";

    /**
     * RFM as of the snapshot day {@code asOf} (null: the day after the last purchase day in {@code clean}). As in
     * the embedded engine, only purchases before the snapshot day count, so recency is always at least 1.
     */
    public RfmTable compute(TransactionFrame clean, LocalDate asOf) {
        return computeWithFrame(clean, asOf).table();
    }

    /**
     * The table on the driver and the same values as a cached DataFrame (customer, recency, frequency, monetary)
     * for the next steps on the cluster.
     */
    public SparkRfmResult computeWithFrame(TransactionFrame clean, LocalDate asOf) {
        Dataset<Row> lines = clean.rows().where(col(TransactionFrame.CUSTOMER).isNotNull());
        if (asOf != null) {
            lines = lines.where(col(TransactionFrame.DAY).lt(asOf.toEpochDay()));
        }
        Dataset<Row> perCustomer = lines.groupBy(col(TransactionFrame.CUSTOMER))
                .agg(
                        max(col(TransactionFrame.DAY)).as(LAST_DAY),
                        count_distinct(col(TransactionFrame.INVOICE)).as(INVOICES),
                        sum(col(TransactionFrame.PRICE_EXACT)
                                        .multiply(col(TransactionFrame.QUANTITY))
                                        .cast("decimal(38,10)"))
                                .cast(DataTypes.DoubleType)
                                .as(MONEY))
                .persist();
        List<Row> rows = perCustomer.collectAsList();
        Row[] sorted = rows.toArray(Row[]::new);
        Arrays.sort(sorted, Comparator.comparing((Row r) -> r.getString(0), CustomerIdOrder.INSTANCE));
        int maxDay = Integer.MIN_VALUE;
        for (Row r : sorted) {
            maxDay = Math.max(maxDay, r.getInt(1));
        }
        long snapshotDay = asOf != null ? asOf.toEpochDay() : (maxDay == Integer.MIN_VALUE ? 0 : maxDay + 1L);
        int n = sorted.length;
        String[] ids = new String[n];
        int[] recency = new int[n];
        int[] frequency = new int[n];
        double[] monetary = new double[n];
        for (int i = 0; i < n; i++) {
            Row r = sorted[i];
            ids[i] = r.getString(0);
            recency[i] = (int) (snapshotDay - r.getInt(1));
            frequency[i] = Math.toIntExact(r.getLong(2));
            monetary[i] = clean.hasPrices() && !r.isNullAt(3) ? r.getDouble(3) : Double.NaN;
        }
        RfmTable table =
                new RfmTable(ids, recency, frequency, monetary, LocalDate.ofEpochDay(snapshotDay), clean.hasPrices());
        Dataset<Row> frame = perCustomer.select(
                col(TransactionFrame.CUSTOMER).as("customer"),
                lit(snapshotDay)
                        .minus(col(LAST_DAY))
                        .cast(DataTypes.IntegerType)
                        .as("recency"),
                col(INVOICES).cast(DataTypes.IntegerType).as("frequency"),
                (clean.hasPrices() ? coalesce(col(MONEY), lit(Double.NaN)) : lit(Double.NaN)).as("monetary"));
        return new SparkRfmResult(table, frame);
    }
}
