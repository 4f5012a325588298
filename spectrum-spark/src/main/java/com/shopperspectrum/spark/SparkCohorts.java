package com.shopperspectrum.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.sum;

import com.shopperspectrum.core.cohort.CohortModel;
import com.shopperspectrum.core.data.TransactionTable;
import com.shopperspectrum.core.segment.SegmentOptions;
import java.util.Iterator;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;

/**
 * The cohort part on Spark: the clean lines are aggregated on the cluster to one row per (customer, invoice, day)
 * with its amount (summed in exact decimals, as {@link SparkRfm} sums monetary value), which is all the cohort
 * definitions read (a customer's purchase days, distinct invoices and money); the rows stream to the driver, where
 * core's {@link CohortModel#of} applies the definitions, so the part is the embedded engine's (counts equal, money
 * to about 1e-12 relative), its month-end RFM ({@link com.shopperspectrum.core.cohort.MonthEndRfm}: the same entries,
 * money likewise) included. The driver holds about 40 bytes per invoice.
 */
final class SparkCohorts {
    private static final String MONEY = "money";

    private SparkCohorts() {}

    /** The part of {@code clean}; an {@link IllegalArgumentException} saying why when the data allow none. */
    static CohortModel part(TransactionFrame clean, SegmentOptions segmentation) {
        Iterator<Row> invoices = clean.rows()
                .where(col(TransactionFrame.CUSTOMER).isNotNull())
                .groupBy(col(TransactionFrame.DAY), col(TransactionFrame.CUSTOMER), col(TransactionFrame.INVOICE))
                .agg(sum(col(TransactionFrame.PRICE_EXACT)
                                .multiply(col(TransactionFrame.QUANTITY))
                                .cast("decimal(38,10)"))
                        .cast(DataTypes.DoubleType)
                        .as(MONEY))
                .orderBy(col(TransactionFrame.DAY), col(TransactionFrame.CUSTOMER), col(TransactionFrame.INVOICE))
                .toLocalIterator();
        TransactionTable.Builder table =
                TransactionTable.builder().hasPrices(clean.hasPrices()).hasInvoices(clean.hasInvoices());
        while (invoices.hasNext()) {
            Row r = invoices.next();
            double money = clean.hasPrices() && !r.isNullAt(3) ? r.getDouble(3) : Double.NaN;
            // one unit at the invoice's amount: amount() = 1 × money, the day at midnight
            table.add(r.getString(2), "-", null, 1, r.getInt(0) * 86_400L, money, r.getString(1), null);
        }
        return CohortModel.of(table.build(), segmentation);
    }
}
