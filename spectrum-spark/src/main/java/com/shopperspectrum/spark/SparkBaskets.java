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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

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

    private static final String GROUP = "_group";
    private static final String MIN = "_min";

    private SparkBaskets() {}

    static BasketModel rules(TransactionFrame raw, TransactionFrame sales, NonProductCodes nonProducts, RuleOptions o) {
        if (!sales.hasInvoices()) {
            throw new IllegalArgumentException(
                    "--scope invoice: the data has no invoice column; give --scope customer-day");
        }
        Column product = SparkCleaner.nonProduct(nonProducts).unary_$bang();
        Dataset<Row> lines = sales.rows().select(col(INVOICE), col(CODE), col(COUNTRY));
        int baskets = (int) lines.select(col(INVOICE)).distinct().count();
        Map<String, String> descriptions = descriptions(raw, sales, product);
        PairCounts all = new PairCounts(baskets);
        counts(
                lines.where(product).withColumn(GROUP, lit("")),
                Map.of("", all),
                Map.of("", o.minSupport().minCount(baskets)),
                descriptions);
        return all.rules(o).withCountries(countries(lines, product, o, descriptions));
    }

    /**
     * The counts of the frequent items and pairs of each group of {@code lines} (invoice, code and the group key
     * {@link #GROUP}; an item counts once per invoice) into that group's {@link PairCounts}, at that group's
     * minimum count: every group in the same three aggregations, so that the countries' rules cost no more jobs
     * than one country's.
     */
    private static void counts(
            Dataset<Row> lines,
            Map<String, PairCounts> into,
            Map<String, Long> minCounts,
            Map<String, String> descriptions) {
        List<Row> thresholds = new ArrayList<>();
        minCounts.forEach((group, min) -> thresholds.add(RowFactory.create(group, min)));
        Dataset<Row> min = broadcast(lines.sparkSession()
                .createDataFrame(
                        thresholds,
                        new StructType().add(GROUP, DataTypes.StringType, false).add(MIN, DataTypes.LongType, false)));
        Dataset<Row> items = lines.join(min.select(GROUP), GROUP)
                .select(col(GROUP), col(INVOICE), col(CODE))
                .distinct()
                .persist();
        Dataset<Row> frequent = items.groupBy(col(GROUP), col(CODE))
                .agg(count(lit(1)).as("n"))
                .join(min, GROUP)
                .where(col("n").geq(col(MIN)))
                .select(col(GROUP), col(CODE), col("n"))
                .persist();
        try {
            for (Row r : frequent.collectAsList()) {
                String code = r.getString(1);
                into.get(r.getString(0)).item(code, descriptions.get(code), r.getLong(2));
            }
            Dataset<Row> kept = items.join(broadcast(frequent.drop("n")), seq(List.of(GROUP, CODE)));
            Dataset<Row> pairs = kept.withColumnRenamed(CODE, "a")
                    .join(kept.withColumnRenamed(CODE, "b"), seq(List.of(GROUP, INVOICE)))
                    .where(col("a").lt(col("b")))
                    .groupBy(col(GROUP), col("a"), col("b"))
                    .agg(count(lit(1)).as("n"))
                    .join(min, GROUP)
                    .where(col("n").geq(col(MIN)));
            for (Row r : pairs.select(col(GROUP), col("a"), col("b"), col("n")).collectAsList()) {
                into.get(r.getString(0)).pair(r.getString(1), r.getString(2), r.getLong(3));
            }
        } finally {
            frequent.unpersist();
            items.unpersist();
        }
    }

    private static scala.collection.immutable.Seq<String> seq(List<String> columns) {
        return scala.jdk.javaapi.CollectionConverters.asScala(columns).toSeq();
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
        Map<String, RuleOptions> within = new LinkedHashMap<>();
        Map<String, PairCounts> counts = new HashMap<>();
        Map<String, Long> minCounts = new HashMap<>();
        for (Row c : order) {
            String country = c.getString(0);
            int baskets = (int) c.getLong(1);
            RuleOptions rules = CountryRules.within(o, baskets);
            if (rules != null) {
                within.put(country, rules);
                counts.put(country, new PairCounts(baskets));
                minCounts.put(country, rules.minSupport().count());
            }
        }
        if (!within.isEmpty()) {
            counts(lines.where(product).withColumn(GROUP, col(COUNTRY)), counts, minCounts, descriptions);
        }
        List<CountryRules> result = new ArrayList<>();
        within.forEach((country, rules) ->
                result.add(new CountryRules(country, counts.get(country).rules(rules))));
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
