package com.shopperspectrum.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.count_distinct;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.sum;

import com.shopperspectrum.core.clean.NonProductCodes;
import com.shopperspectrum.core.data.ProductDescriptions;
import com.shopperspectrum.core.profile.DataProfile;
import com.shopperspectrum.core.recommend.ProductCatalog;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;

/**
 * The products of a data set from three aggregations (one over the raw lines, two over the clean lines), collected
 * to the driver as one row per product or per (product, description) pair, then turned into the model's tables by
 * core's rules ({@link ProductCatalog#ranked}, {@link ProductDescriptions#fromCounts}).
 *
 * <p>Product indices are the embedded engine's: products in the order of their first raw line, as its product
 * dictionary numbers them; the catalogue keeps the products with a clean line in that order, so its rows (the
 * product index of every model part) and the neighbour lists' ties are the embedded engine's. Descriptions tie-break on their first raw line, as
 * the embedded description dictionary does.
 */
final class SparkProducts {
    static final String AMOUNT = "_amount";
    private final String[] codes;
    private final Map<String, Integer> indexOf;
    private final ProductCatalog table;
    private final List<DataProfile.ProductTotal> totals;
    private final long codesWithSeveralDescriptions;

    private SparkProducts(String[] codes, ProductCatalog table, List<DataProfile.ProductTotal> totals, long several) {
        this.codes = codes;
        this.table = table;
        this.totals = totals;
        this.codesWithSeveralDescriptions = several;
        this.indexOf = new HashMap<>(codes.length * 4 / 3 + 1);
        for (int i = 0; i < codes.length; i++) {
            indexOf.put(codes[i], i);
        }
    }

    /** The line amount (quantity × unit price as written) in exact decimal arithmetic; null without prices. */
    static Column amount() {
        return col(TransactionFrame.PRICE_EXACT)
                .multiply(col(TransactionFrame.QUANTITY))
                .cast("decimal(38,10)");
    }

    static SparkProducts of(TransactionFrame raw, TransactionFrame clean, NonProductCodes nonProducts) {
        Column code = col(TransactionFrame.STOCK_CODE);
        Column description = col(TransactionFrame.DESCRIPTION);
        List<Row> rawPairs = raw.rows()
                .groupBy(code, description)
                .agg(count(lit(1)), min(col(TransactionFrame.LINE)))
                .collectAsList();
        List<Row> cleanPairs = clean.rows()
                .where(description.isNotNull())
                .groupBy(code, description)
                .agg(count(lit(1)))
                .collectAsList();
        List<Row> cleanProducts = clean.rows()
                .groupBy(code)
                .agg(
                        sum(col(TransactionFrame.QUANTITY)),
                        sum(amount()).cast(DataTypes.DoubleType),
                        count_distinct(col(TransactionFrame.CUSTOMER)))
                .collectAsList();

        String[] codes = firstSeenOrder(rawPairs);
        Map<String, Long> descriptionSeen = new HashMap<>();
        Map<String, Set<String>> descriptionsOf = new HashMap<>();
        for (Row r : rawPairs) {
            if (!r.isNullAt(1)) {
                descriptionSeen.merge(r.getString(1), r.getLong(3), Math::min);
                descriptionsOf
                        .computeIfAbsent(r.getString(0), k -> new HashSet<>())
                        .add(r.getString(1));
            }
        }
        long several =
                descriptionsOf.values().stream().filter(s -> s.size() > 1).count();
        SparkProducts index = new SparkProducts(codes, null, List.of(), several);
        String[] rawText =
                index.descriptions(rawPairs.stream().filter(r -> !r.isNullAt(1)).toList(), descriptionSeen);
        String[] cleanText = index.descriptions(cleanPairs, descriptionSeen);
        return index.withTables(cleanProducts, cleanText, rawText, clean.hasPrices(), nonProducts);
    }

    private static String[] firstSeenOrder(List<Row> rawPairs) {
        Map<String, Long> first = new HashMap<>();
        for (Row r : rawPairs) {
            first.merge(r.getString(0), r.getLong(3), Math::min);
        }
        return first.entrySet().stream()
                .sorted(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey)
                .toArray(String[]::new);
    }

    /** The most frequent description per product index from (code, description, rows) pairs. */
    private String[] descriptions(List<Row> pairs, Map<String, Long> firstSeen) {
        int n = pairs.size();
        int[] product = new int[n];
        String[] text = new String[n];
        long[] rows = new long[n];
        long[] seen = new long[n];
        for (int i = 0; i < n; i++) {
            Row r = pairs.get(i);
            product[i] = indexOf.get(r.getString(0));
            text[i] = r.getString(1);
            rows[i] = r.getLong(2);
            seen[i] = firstSeen.get(text[i]);
        }
        return ProductDescriptions.fromCounts(codes.length, product, text, rows, seen);
    }

    private SparkProducts withTables(
            List<Row> cleanProducts,
            String[] cleanText,
            String[] rawText,
            boolean prices,
            NonProductCodes nonProducts) {
        int m = cleanProducts.size();
        cleanProducts = new ArrayList<>(cleanProducts);
        cleanProducts.sort(Comparator.comparingInt(r -> indexOf.get(r.getString(0))));
        String[] c = new String[m];
        String[] d = new String[m];
        long[] quantity = new long[m];
        double[] revenue = new double[m];
        int[] customers = new int[m];
        List<DataProfile.ProductTotal> productTotals = new ArrayList<>(m);
        for (int i = 0; i < m; i++) {
            Row r = cleanProducts.get(i);
            int p = indexOf.get(r.getString(0));
            c[i] = codes[p];
            d[i] = cleanText[p];
            quantity[i] = r.getLong(1);
            revenue[i] = prices && !r.isNullAt(2) ? r.getDouble(2) : Double.NaN;
            customers[i] = Math.toIntExact(r.getLong(3));
            productTotals.add(new DataProfile.ProductTotal(c[i], rawText[p], quantity[i], prices ? revenue[i] : null));
        }
        productTotals.sort(Comparator.comparing(DataProfile.ProductTotal::stockCode));
        return new SparkProducts(
                codes,
                ProductCatalog.ranked(c, d, quantity, revenue, customers, nonProducts),
                productTotals,
                codesWithSeveralDescriptions);
    }

    /** Stock codes by product index (every raw product, in first-seen order). */
    String[] codes() {
        return codes.clone();
    }

    /** The model's catalogue (the products with a clean line, in first-raw-line order). */
    ProductCatalog table() {
        return table;
    }

    /** Clean quantity and revenue per product, with the raw data's most frequent description (for the profile). */
    List<DataProfile.ProductTotal> totals() {
        return totals;
    }

    long codesWithSeveralDescriptions() {
        return codesWithSeveralDescriptions;
    }
}
