package com.shopperspectrum.spark;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;

import com.shopperspectrum.core.baskets.BasketModel;
import com.shopperspectrum.core.baskets.CountryRules;
import com.shopperspectrum.core.baskets.PairCounts;
import com.shopperspectrum.core.baskets.RuleOptions;
import com.shopperspectrum.core.clean.NonProductCodes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The basket part on Spark, the counterpart of {@code ModelTrainer}'s baskets stage: one basket per invoice of the
 * sales lines (lines without a customer count; a basket of non-products alone still counts), items by stock code
 * with the non-products left out. Baskets, item and pair counts are aggregated on the cluster (pairs by a self-join
 * of the distinct (invoice, item) rows on the invoice, only among items frequent enough, so no pair below the
 * support is counted); only the counts of frequent items and pairs reach the driver, where {@link PairCounts}
 * applies the embedded engine's confidence and lift tests. The larger countries' own rules ({@link CountryRules})
 * are counted the same way with the country in every key. Equal counts, so the same {@code baskets.json}.
 */
final class SparkBaskets {
    private static final String INVOICE = TransactionFrame.INVOICE;
    private static final String CODE = TransactionFrame.STOCK_CODE;
    private static final String COUNTRY = TransactionFrame.COUNTRY;

    private SparkBaskets() {}

    static BasketModel rules(TransactionFrame raw, TransactionFrame sales, NonProductCodes nonProducts, RuleOptions o) {
        if (!sales.hasInvoices()) {
            throw new IllegalArgumentException(
                    "--scope invoice: the data has no invoice column; give --scope customer-day");
        }
        Column product = SparkCleaner.nonProduct(nonProducts).unary_$bang();
        Dataset<Row> lines = sales.rows().select(col(INVOICE), col(CODE), col(COUNTRY));
        Dataset<Row> items =
                lines.where(product).select(col(INVOICE), col(CODE)).distinct();
        int baskets = (int) lines.select(col(INVOICE)).distinct().count();
        Map<String, String> descriptions = descriptions(raw, sales, product);
        PairCounts all = new PairCounts(baskets);
        long minCount = o.minSupport().minCount(baskets);
        counts(all, items, List.of(), minCount, descriptions);
        BasketModel model = all.rules(o);
        return model.withCountries(countries(lines, product, o, descriptions));
    }

    /** The counts of the frequent items and pairs of {@code items} (distinct (invoice, code) rows) into {@code into}. */
    private static void counts(
            PairCounts into, Dataset<Row> items, List<String> keys, long minCount, Map<String, String> descriptions) {
        List<Column> itemKeys = new ArrayList<>();
        keys.forEach(k -> itemKeys.add(col(k)));
        itemKeys.add(col(CODE));
        Dataset<Row> frequent = items.groupBy(itemKeys.toArray(Column[]::new))
                .agg(count(lit(1)).as("n"))
                .where(col("n").geq(minCount))
                .persist();
        try {
            for (Row r : frequent.collectAsList()) {
                String code = r.getString(keys.size());
                into.item(code, descriptions.get(code), r.getLong(keys.size() + 1));
            }
            List<String> joinKeys = new ArrayList<>(keys);
            joinKeys.add(CODE);
            Dataset<Row> kept = items.join(
                    broadcast(frequent.drop("n")),
                    scala.jdk.javaapi.CollectionConverters.asScala(joinKeys).toSeq());
            Dataset<Row> x = kept.withColumnRenamed(CODE, "a");
            Dataset<Row> y = kept.withColumnRenamed(CODE, "b");
            List<String> on = new ArrayList<>(keys);
            on.add(INVOICE);
            List<Column> pairKeys = new ArrayList<>();
            keys.forEach(k -> pairKeys.add(col(k)));
            pairKeys.add(col("a"));
            pairKeys.add(col("b"));
            Dataset<Row> pairs = x.join(
                            y,
                            scala.jdk.javaapi.CollectionConverters.asScala(on).toSeq())
                    .where(col("a").lt(col("b")))
                    .groupBy(pairKeys.toArray(Column[]::new))
                    .agg(count(lit(1)).as("n"))
                    .where(col("n").geq(minCount));
            for (Row r : pairs.collectAsList()) {
                into.pair(r.getString(keys.size()), r.getString(keys.size() + 1), r.getLong(keys.size() + 2));
            }
        } finally {
            frequent.unpersist();
        }
    }

    /** The countries with rules of their own, largest first (ties by name), as {@link CountryRules#of} picks them. */
    private static List<CountryRules> countries(
            Dataset<Row> lines, Column product, RuleOptions o, Map<String, String> descriptions) {
        List<Row> perCountry = lines.where(col(COUNTRY).isNotNull())
                .select(col(COUNTRY), col(INVOICE))
                .distinct()
                .groupBy(col(COUNTRY))
                .agg(count(lit(1)).as("n"))
                .where(col("n").geq(CountryRules.MIN_BASKETS))
                .collectAsList();
        List<Row> order = new ArrayList<>(perCountry);
        order.sort(Comparator.comparingLong((Row r) -> -r.getLong(1)).thenComparing(r -> r.getString(0)));
        List<CountryRules> result = new ArrayList<>();
        for (Row c : order) {
            String country = c.getString(0);
            int baskets = (int) c.getLong(1);
            RuleOptions within = CountryRules.within(o, baskets);
            if (within == null) {
                continue;
            }
            Dataset<Row> items = lines.where(col(COUNTRY).equalTo(country).and(product))
                    .select(col(INVOICE), col(CODE))
                    .distinct();
            PairCounts counts = new PairCounts(baskets);
            counts(counts, items, List.of(), within.minSupport().count(), descriptions);
            result.add(new CountryRules(country, counts.rules(within)));
        }
        return result;
    }

    /** Each product's description as the embedded engine picks it (see {@link SparkDemand}). */
    private static Map<String, String> descriptions(TransactionFrame raw, TransactionFrame sales, Column product) {
        List<String> codes = sales.rows()
                .where(product)
                .select(col(CODE))
                .distinct()
                .as(org.apache.spark.sql.Encoders.STRING())
                .collectAsList();
        Map<String, Integer> indexOf = new HashMap<>();
        for (String code : codes) {
            indexOf.put(code, indexOf.size());
        }
        String[] text = SparkDemand.descriptions(raw, sales, product, indexOf);
        Map<String, String> byCode = new HashMap<>();
        indexOf.forEach((code, i) -> byCode.put(code, text[i] == null ? "" : text[i]));
        return byCode;
    }
}
