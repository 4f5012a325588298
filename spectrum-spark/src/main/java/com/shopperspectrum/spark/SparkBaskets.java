package com.shopperspectrum.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.when;

import com.shopperspectrum.core.baskets.BasketModel;
import com.shopperspectrum.core.baskets.BasketOptions;
import com.shopperspectrum.core.baskets.Baskets;
import com.shopperspectrum.core.baskets.RuleOptions;
import com.shopperspectrum.core.clean.NonProductCodes;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Row;

/**
 * The basket part on Spark, the counterpart of the embedded engine's {@code Baskets.of} + {@link BasketModel#mine}:
 * the sales lines ({@link SparkCleaning#sales}: lines without a customer count, as an order is an order) are grouped
 * into one basket per invoice on the cluster, each basket's distinct product codes (non-products left out; a basket
 * of only non-products still counts) reach the driver, and core's exact miner counts the pair rules there. The
 * rules are then equal to the embedded engine's: they depend only on the basket counts, and {@link BasketModel}
 * orders them without reference to item numbering.
 */
final class SparkBaskets {
    private SparkBaskets() {}

    /**
     * @throws com.shopperspectrum.core.data.InvalidInputException when the data has no invoices, or the thresholds
     *                                                             keep too many rules
     */
    static BasketModel model(
            TransactionFrame raw, TransactionFrame sales, NonProductCodes nonProducts, RuleOptions rules) {
        BasketOptions options = BasketOptions.DEFAULT.withNonProducts(nonProducts);
        Baskets.checkScope(sales.hasInvoices(), options);
        Column products = SparkCleaner.nonProduct(nonProducts).unary_$bang();
        List<Row> rows = sales.rows()
                .groupBy(col(TransactionFrame.INVOICE))
                .agg(
                        min(col(TransactionFrame.LINE)).as("first"),
                        collect_set(when(products, col(TransactionFrame.STOCK_CODE)))
                                .as("items"))
                .orderBy(col("first"))
                .collectAsList();
        String[][] baskets = new String[rows.size()][];
        TreeSet<String> codes = new TreeSet<>();
        for (int b = 0; b < baskets.length; b++) {
            List<String> items = rows.get(b).getList(2);
            baskets[b] = items.toArray(String[]::new);
            codes.addAll(items);
        }
        Map<String, Integer> indexOf = new HashMap<>();
        for (String code : codes) {
            indexOf.put(code, indexOf.size());
        }
        String[] descriptions = SparkDemand.descriptions(raw, sales, products, indexOf);
        Baskets all = Baskets.ofItems(baskets, code -> {
            String d = descriptions[indexOf.get(code)];
            return d == null ? "" : d;
        });
        return BasketModel.mine(all, rules, options);
    }
}
