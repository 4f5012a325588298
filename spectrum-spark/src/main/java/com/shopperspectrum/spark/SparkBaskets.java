package com.shopperspectrum.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.when;

import com.shopperspectrum.core.baskets.BasketModel;
import com.shopperspectrum.core.baskets.BasketOptions;
import com.shopperspectrum.core.baskets.Baskets;
import com.shopperspectrum.core.baskets.CountryRules;
import com.shopperspectrum.core.baskets.RuleOptions;
import com.shopperspectrum.core.clean.NonProductCodes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Row;

/**
 * The basket part on Spark, the counterpart of the embedded engine's {@code Baskets.of} + {@link BasketModel#mine}:
 * the sales lines ({@link SparkCleaning#sales}: lines without a customer count, as an order is an order) are grouped
 * into one basket per invoice and country on the cluster, each one's distinct product codes (non-products left out;
 * a basket of only non-products still counts) reach the driver, and core's exact miner counts the pair rules there,
 * for the whole data and for the larger countries ({@link CountryRules}, by the same rule). The
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
        Column country = col(TransactionFrame.COUNTRY);
        // one row per (invoice, country): an invoice's lines in one country, for the whole data and each country
        List<Row> groups = sales.rows()
                .groupBy(col(TransactionFrame.INVOICE), country)
                .agg(
                        min(col(TransactionFrame.LINE)).as("first"),
                        collect_set(when(products, col(TransactionFrame.STOCK_CODE)))
                                .as("items"))
                .orderBy(col("first"))
                .collectAsList();
        String[] countries = raw
                .rows()
                .where(country.isNotNull())
                .groupBy(country)
                .agg(min(col(TransactionFrame.LINE)).as("first"))
                .orderBy(col("first"))
                .collectAsList()
                .stream()
                .map(r -> r.getString(0))
                .toArray(String[]::new);
        Map<String, Integer> countryIndex = new HashMap<>();
        for (String c : countries) {
            countryIndex.put(c, countryIndex.size());
        }
        Map<String, Set<String>> byInvoice = new LinkedHashMap<>();
        Map<String, List<String[]>> byCountry = new HashMap<>();
        Set<String> counted = new HashSet<>();
        int[] invoices = new int[countries.length];
        TreeSet<String> codes = new TreeSet<>();
        for (Row g : groups) {
            String invoice = g.getString(0);
            List<String> items = g.getList(3);
            byInvoice.computeIfAbsent(invoice, k -> new HashSet<>()).addAll(items);
            codes.addAll(items);
            if (!g.isNullAt(1)) {
                String c = g.getString(1);
                byCountry.computeIfAbsent(c, k -> new ArrayList<>()).add(items.toArray(String[]::new));
                if (counted.add(invoice)) { // the country of the invoice's first line with a country
                    invoices[countryIndex.get(c)]++;
                }
            }
        }
        Map<String, Integer> indexOf = new HashMap<>();
        for (String code : codes) {
            indexOf.put(code, indexOf.size());
        }
        String[] descriptions = SparkDemand.descriptions(raw, sales, products, indexOf);
        UnaryOperator<String> description = code -> {
            String d = descriptions[indexOf.get(code)];
            return d == null ? "" : d;
        };
        String[][] all = byInvoice.values().stream()
                .map(items -> items.toArray(String[]::new))
                .toArray(String[][]::new);
        List<CountryRules> perCountry = CountryRules.of(
                countries,
                invoices,
                c -> Baskets.ofItems(byCountry.getOrDefault(c, List.of()).toArray(String[][]::new), description),
                options,
                rules);
        return BasketModel.mine(Baskets.ofItems(all, description), rules, options)
                .withCountries(perCountry);
    }
}
