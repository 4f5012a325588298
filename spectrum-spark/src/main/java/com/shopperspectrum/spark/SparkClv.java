package com.shopperspectrum.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;

import com.shopperspectrum.core.clv.ClvAnalysis;
import com.shopperspectrum.core.clv.ClvOptions;
import com.shopperspectrum.core.clv.ClvResult;
import com.shopperspectrum.core.clv.CustomerSummary;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;

/**
 * The customer-lifetime-value part on Spark, the counterpart of {@code ClvAnalysis.run(CleaningResult, …)}: the
 * purchases (the clean lines, and the raw lines a customer got at a unit price of exactly 0, which the summary
 * counts as transactions of value 0: {@code CustomerSummary.of(CleaningResult, …)}) are summed per customer and day
 * on the cluster, exactly (decimal); only one row per customer-day reaches the driver, where the summary's rules
 * (same-day purchases are one transaction, x, t_x, T, m_x, the holdout) and the fits run as in the embedded engine.
 * The summary's counts and days equal the embedded ones; a day's value may differ in the last bits of a double
 * (an exact sum against a running one), and the fits with it.
 */
final class SparkClv {
    private static final String AMOUNT = "amount";

    private SparkClv() {}

    static ClvResult analysis(TransactionFrame raw, TransactionFrame clean, ClvOptions options) {
        Column customer = col(TransactionFrame.CUSTOMER);
        Column day = col(TransactionFrame.DAY);
        boolean money = clean.hasPrices();
        Dataset<Row> purchases = clean.rows()
                .where(customer.isNotNull())
                .select(
                        customer,
                        day,
                        money
                                ? SparkProducts.amount().as(AMOUNT)
                                : lit(0).cast("decimal(38,10)").as(AMOUNT));
        if (raw.hasPrices()) {
            Column free = customer.isNotNull()
                    .and(col(TransactionFrame.UNIT_PRICE).equalTo(0))
                    .and(col(TransactionFrame.QUANTITY).gt(0));
            if (raw.hasInvoices()) {
                free = free.and(col(TransactionFrame.INVOICE).startsWith("C").unary_$bang());
            }
            purchases = purchases.unionByName(raw.rows()
                    .where(free)
                    .select(customer, day, lit(0).cast("decimal(38,10)").as(AMOUNT)));
        }
        List<Row> days = purchases
                .groupBy(customer, day)
                .agg(sum(col(AMOUNT)).cast(DataTypes.DoubleType))
                .collectAsList();
        Map<String, Integer> index = new HashMap<>();
        int n = days.size();
        int[] customers = new int[n];
        int[] epochDays = new int[n];
        double[] amounts = new double[n];
        for (int i = 0; i < n; i++) {
            Row r = days.get(i);
            customers[i] = index.computeIfAbsent(r.getString(0), k -> index.size());
            epochDays[i] = ((Number) r.get(1)).intValue();
            amounts[i] = money && !r.isNullAt(2) ? r.getDouble(2) : Double.NaN;
        }
        String[] names = new String[index.size()];
        index.forEach((id, i) -> names[i] = id);
        return ClvAnalysis.run(
                CustomerSummary.of(names, customers, epochDays, amounts, money, options.summary()), options);
    }
}
