package com.shopperspectrum.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.sum;

import com.shopperspectrum.core.model.CustomerTable;
import com.shopperspectrum.core.recommend.ProductCatalog;
import com.shopperspectrum.core.recommend.PurchaseHistory;
import com.shopperspectrum.core.rfm.RfmTable;
import com.shopperspectrum.core.segment.CustomerCountries;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;

/**
 * The customer side of the model from two aggregations of the clean lines: rows per (customer, country), from
 * which core's rule picks each customer's main country ({@link CustomerCountries#fromCounts}), and lines, units
 * and last day per (customer, product), the purchase histories. The histories are the one part of the model that
 * grows with the data rather than with the catalogue: they stream to the driver a partition at a time into
 * primitive arrays, and the driver needs about 20 bytes per (customer, product) pair plus a partition's rows.
 */
final class SparkCustomers {
    private SparkCustomers() {}

    static CustomerTable table(TransactionFrame clean, RfmTable rfm) {
        List<Row> counts = clean.rows()
                .where(col(TransactionFrame.CUSTOMER)
                        .isNotNull()
                        .and(col(TransactionFrame.COUNTRY).isNotNull()))
                .groupBy(col(TransactionFrame.CUSTOMER), col(TransactionFrame.COUNTRY))
                .agg(count(lit(1)))
                .collectAsList();
        int n = counts.size();
        String[] customers = new String[n];
        String[] countries = new String[n];
        long[] rows = new long[n];
        for (int i = 0; i < n; i++) {
            customers[i] = counts.get(i).getString(0);
            countries[i] = counts.get(i).getString(1);
            rows[i] = counts.get(i).getLong(2);
        }
        return new CustomerTable(rfm, CustomerCountries.fromCounts(rfm, customers, countries, rows));
    }

    /** The (customer row, product row) histories; {@code lastDayOfData} is the clean lines' last day (the profile's). */
    static PurchaseHistory histories(
            TransactionFrame clean, CustomerTable customers, ProductCatalog products, int lastDayOfData) {
        Column sumQuantity = sum(col(TransactionFrame.QUANTITY)).cast(DataTypes.IntegerType);
        Iterator<Row> pairs = clean.rows()
                .where(col(TransactionFrame.CUSTOMER).isNotNull())
                .groupBy(col(TransactionFrame.CUSTOMER), col(TransactionFrame.STOCK_CODE))
                .agg(count(lit(1)).cast(DataTypes.IntegerType), sumQuantity, max(col(TransactionFrame.DAY)))
                .toLocalIterator();
        Map<String, Integer> productRow = new HashMap<>(products.size() * 4 / 3 + 1);
        for (int i = 0; i < products.size(); i++) {
            productRow.put(products.code(i), i);
        }
        int[][] columns = new int[5][1 << 12];
        int n = 0;
        while (pairs.hasNext()) {
            Row r = pairs.next();
            int customer = customers.indexOf(r.getString(0));
            if (customer < 0) {
                continue; // no RFM row (no purchase before --as-of): no history, as in the embedded engine
            }
            if (n == columns[0].length) {
                for (int c = 0; c < columns.length; c++) {
                    columns[c] = Arrays.copyOf(columns[c], n * 2);
                }
            }
            columns[0][n] = customer;
            columns[1][n] = productRow.get(r.getString(1));
            columns[2][n] = r.getInt(2);
            columns[3][n] = r.getInt(3);
            columns[4][n++] = r.getInt(4);
        }
        return PurchaseHistory.fromPairs(
                customers.size(),
                Arrays.copyOf(columns[0], n),
                Arrays.copyOf(columns[1], n),
                Arrays.copyOf(columns[2], n),
                Arrays.copyOf(columns[3], n),
                Arrays.copyOf(columns[4], n),
                lastDayOfData);
    }
}
