package com.shopperspectrum.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import com.shopperspectrum.core.clean.Cleaner;
import com.shopperspectrum.core.clean.CleaningOptions;
import com.shopperspectrum.core.clean.CleaningReport;
import com.shopperspectrum.core.clean.CleaningRule;
import com.shopperspectrum.core.clean.NonProductCodes;
import com.shopperspectrum.core.clean.Reversals;
import com.shopperspectrum.core.data.TransactionTable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;

/**
 * The counted cleaning rules of {@code core.clean.Cleaner} on a DataFrame, with the same counts: each raw row is
 * counted by the first rule that removes it, in {@link CleaningRule} order. The per-row rules become one rule
 * column; exact duplicates (which depend on earlier rows) are counted as the rows reaching that rule minus their
 * distinct lines, and the clean lines are those distinct lines when duplicates are dropped. Two passes over the
 * cached lines: one for the per-row counts, one for the line groups; with duplicates dropped the groups are cached
 * and are also where the clean and the sales lines are read from (one shuffle of the lines, not three). Reversed purchases are matched by core's
 * {@link Reversals} on the driver: only the cancellations and the sales of their (customer, stock code, quantity)
 * are collected, and the matched lines are joined back.
 */
public final class SparkCleaner {
    private static final String RULE = "_rule";
    private static final String BASE_RULE = "_base_rule";
    private static final String REPEATS = "_repeats";
    private static final String KEPT = "_kept";
    private static final String CLEAN_LINE = "_clean_line";
    private static final String SALE_LINE = "_sale_line";
    private static final String SALE_RULE = "_sale_rule";
    private static final String NON_PRODUCT = "_non_product";
    private static final String REVERSED_LINE = "_reversed_line";
    private final CleaningOptions options;
    private final Cleaner rules;

    public SparkCleaner(CleaningOptions options) {
        this.options = options;
        this.rules = new Cleaner(options);
    }

    /** The clean lines and the report; {@code raw} should be cached (the reader does it). */
    public SparkCleaning clean(TransactionFrame raw) {
        Dataset<Row> ruled = raw.rows()
                .withColumn(BASE_RULE, firstFailingRowRule(raw, true))
                .withColumn(SALE_RULE, firstFailingRowRule(raw, false))
                .withColumn(RULE, col(BASE_RULE))
                .withColumn(NON_PRODUCT, nonProduct(options.nonProducts()));
        Double reversedRevenue = null;
        if (options.applies(CleaningRule.REVERSED)) {
            Matched matched = reversed(raw, ruled);
            reversedRevenue = raw.hasPrices() ? matched.revenue() : null;
            if (!matched.lines().isEmpty()) {
                Dataset<Row> lines = ruled.sparkSession()
                        .createDataset(matched.lines(), Encoders.LONG())
                        .toDF(REVERSED_LINE);
                Column eligible = col(RULE).isNull().or(col(RULE).equalTo(CleaningRule.ADJUSTMENT.ordinal()));
                ruled = ruled.join(
                                org.apache.spark.sql.functions.broadcast(lines),
                                col(TransactionFrame.LINE).equalTo(col(REVERSED_LINE)),
                                "left_outer")
                        .withColumn(
                                RULE,
                                when(eligible.and(col(REVERSED_LINE).isNotNull()), CleaningRule.REVERSED.ordinal())
                                        .otherwise(col(RULE)))
                        .withColumn(
                                SALE_RULE,
                                when(
                                                col(SALE_RULE)
                                                        .isNull()
                                                        .and(col(REVERSED_LINE).isNotNull()),
                                                CleaningRule.REVERSED.ordinal())
                                        .otherwise(col(SALE_RULE)))
                        .drop(REVERSED_LINE);
            }
        }
        Row totals = ruled.agg(count(lit(1)), ruleCounts()).first();
        long rawRows = totals.getLong(0);
        long[] byRule = new long[CleaningRule.values().length];
        for (int i = 0; i < byRule.length; i++) {
            byRule[i] = totals.isNullAt(i + 1) ? 0 : totals.getLong(i + 1);
        }
        long nonProductRows = totals.isNullAt(byRule.length + 1) ? 0 : totals.getLong(byRule.length + 1);
        long adjustments = totals.getLong(byRule.length + 2);
        long missingDescription = totals.getLong(byRule.length + 3);

        // Equal lines share their per-row rule, not their reversal (which depends on the line's place): group by the
        // former and count the lines each group keeps.
        Dataset<Row> groups = options.dropDuplicates() ? distinctLines(ruled, raw) : lineCounts(ruled);
        Row dup = groups.agg(
                        sum(col(REPEATS).minus(1)),
                        sum(when(col(KEPT).gt(0), col(KEPT).minus(1))),
                        sum(when(
                                col(KEPT).gt(0).and(col(NON_PRODUCT)), options.dropDuplicates() ? lit(1L) : col(KEPT))))
                .first();
        long duplicateRows = dup.isNullAt(0) ? 0 : dup.getLong(0);
        if (options.dropDuplicates()) {
            byRule[CleaningRule.DUPLICATE.ordinal()] = dup.isNullAt(1) ? 0 : dup.getLong(1);
        }
        if (options.dropNonProducts()) {
            byRule[CleaningRule.NON_PRODUCT.ordinal()] = dup.isNullAt(2) ? 0 : dup.getLong(2);
        }
        Map<CleaningRule, Long> removed = new EnumMap<>(CleaningRule.class);
        long cleanRows = rawRows;
        for (CleaningRule rule : CleaningRule.values()) {
            if (applies(raw, rule)) {
                removed.put(rule, byRule[rule.ordinal()]);
                cleanRows -= byRule[rule.ordinal()];
            }
        }
        CleaningReport report = new CleaningReport(
                rawRows,
                removed,
                cleanRows,
                duplicateRows,
                nonProductRows,
                adjustments,
                missingDescription,
                options,
                reversedRevenue,
                implausibleDates(ruled, raw, byRule[CleaningRule.IMPLAUSIBLE_DATE.ordinal()]));
        if (options.dropDuplicates()) {
            return new SparkCleaning(
                    raw.withRows(keptDistinct(groups, raw, CLEAN_LINE)),
                    raw.withRows(keptDistinct(groups, raw, SALE_LINE)),
                    report,
                    groups);
        }
        return new SparkCleaning(
                raw.withRows(keptLines(ruled, RULE)), raw.withRows(keptLines(ruled, SALE_RULE)), report, null);
    }

    /** Each distinct line group with its repeats and the lines the clean rules keep ({@link #KEPT}). */
    private static Dataset<Row> lineCounts(Dataset<Row> ruled) {
        return ruled.groupBy(lineColumns(NON_PRODUCT, BASE_RULE))
                .agg(
                        count(lit(1)).as(REPEATS),
                        count(when(col(RULE).isNull(), 1)).as(KEPT));
    }

    /**
     * The distinct lines, cached: {@link #lineCounts}' groups with, beside the counts, the first line of each that
     * the clean rules keep ({@link #CLEAN_LINE}) and that the sales rules keep ({@link #SALE_LINE}), null where none,
     * and the line's other columns (functions of the line, taken from its first line). One aggregation gives the
     * report's duplicate counts and both the clean and the sales lines, which were three before (this grouping
     * and a {@code dropDuplicates} for each), each a shuffle of every line with its texts.
     */
    private static Dataset<Row> distinctLines(Dataset<Row> ruled, TransactionFrame raw) {
        List<Column> aggregates = new ArrayList<>();
        aggregates.add(count(when(col(RULE).isNull(), 1)).as(KEPT));
        aggregates.add(min(when(col(RULE).isNull(), col(TransactionFrame.LINE))).as(CLEAN_LINE));
        aggregates.add(
                min(when(col(SALE_RULE).isNull(), col(TransactionFrame.LINE))).as(SALE_LINE));
        for (String c : derivedColumns(raw)) {
            aggregates.add(min(col(c)).as(c));
        }
        return ruled.groupBy(lineColumns(NON_PRODUCT, BASE_RULE))
                .agg(count(lit(1)).as(REPEATS), aggregates.toArray(Column[]::new))
                .persist();
    }

    /** The columns of a raw line beside the line's own columns and its number (derived from them when read). */
    private static List<String> derivedColumns(TransactionFrame raw) {
        List<String> line = Arrays.asList(TransactionFrame.LINE_COLUMNS);
        return Arrays.stream(raw.rows().columns())
                .filter(c -> !line.contains(c) && !c.equals(TransactionFrame.LINE))
                .toList();
    }

    /** The distinct lines that have a line kept by the rules of {@code kept}, as raw lines, less non-products. */
    private Dataset<Row> keptDistinct(Dataset<Row> groups, TransactionFrame raw, String kept) {
        Dataset<Row> lines = groups.where(col(kept).isNotNull());
        if (options.dropNonProducts()) {
            lines = lines.where(col(NON_PRODUCT).unary_$bang());
        }
        return lines.select(Arrays.stream(raw.rows().columns())
                .map(c -> c.equals(TransactionFrame.LINE) ? col(kept).as(c) : col(c))
                .toArray(Column[]::new));
    }

    /** The reversed purchase lines (in line order) and the revenue they carried, summed in that order. */
    private record Matched(List<Long> lines, double revenue) {}

    private Matched reversed(TransactionFrame raw, Dataset<Row> ruled) {
        if (!raw.hasInvoices()) {
            return new Matched(List.of(), 0);
        }
        Column customer = col(TransactionFrame.CUSTOMER);
        Column code = col(TransactionFrame.STOCK_CODE);
        Dataset<Row> cancellations = ruled.where(col(TransactionFrame.INVOICE)
                        .startsWith("C")
                        .and(customer.isNotNull())
                        .and(col(TransactionFrame.QUANTITY).lt(0))
                        .and(plausibleDay()))
                .select(
                        customer,
                        code,
                        col(TransactionFrame.QUANTITY).multiply(-1).as("q"),
                        col(TransactionFrame.SECONDS),
                        col(TransactionFrame.LINE),
                        lit(true).as("cancel"),
                        col(TransactionFrame.UNIT_PRICE));
        Dataset<Row> keys = cancellations
                .select(TransactionFrame.CUSTOMER, TransactionFrame.STOCK_CODE, "q")
                .distinct();
        Dataset<Row> sales = ruled.where(col(RULE).isNull().or(col(RULE).equalTo(CleaningRule.ADJUSTMENT.ordinal())))
                .join(
                        keys.withColumnRenamed(TransactionFrame.CUSTOMER, "_c")
                                .withColumnRenamed(TransactionFrame.STOCK_CODE, "_s"),
                        customer.equalTo(col("_c"))
                                .and(code.equalTo(col("_s")))
                                .and(col(TransactionFrame.QUANTITY).equalTo(col("q"))),
                        "left_semi")
                .select(
                        customer,
                        code,
                        col(TransactionFrame.QUANTITY).as("q"),
                        col(TransactionFrame.SECONDS),
                        col(TransactionFrame.LINE),
                        lit(false).as("cancel"),
                        col(TransactionFrame.UNIT_PRICE));
        List<Row> events =
                cancellations.unionByName(sales).orderBy(TransactionFrame.LINE).collectAsList();
        int n = events.size();
        int[] group = new int[n];
        long[] time = new long[n];
        long[] order = new long[n];
        boolean[] cancellation = new boolean[n];
        Map<List<Object>, Integer> groups = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Row e = events.get(i);
            group[i] = groups.computeIfAbsent(List.of(e.getString(0), e.getString(1), e.getInt(2)), k -> groups.size());
            time[i] = e.getLong(3);
            order[i] = e.getLong(4);
            cancellation[i] = e.getBoolean(5);
        }
        boolean[] matched = Reversals.reversed(group, time, order, cancellation);
        List<Long> lines = new ArrayList<>();
        double revenue = 0;
        for (int i = 0; i < n; i++) {
            if (matched[i]) {
                lines.add(order[i]);
                revenue += events.get(i).getInt(2) * events.get(i).getDouble(6);
            }
        }
        return new Matched(lines, revenue);
    }

    private Column plausibleDay() {
        Column day = col(TransactionFrame.DAY);
        return day.geq((int) options.minDate().toEpochDay())
                .and(day.leq((int) rules.latestDay().toEpochDay()));
    }

    /** The implausible-date warning, naming the first such line, as the embedded cleaner words it; or none. */
    private List<String> implausibleDates(Dataset<Row> ruled, TransactionFrame raw, long count) {
        if (count == 0) {
            return List.of();
        }
        Row first = ruled.where(col(RULE).equalTo(CleaningRule.IMPLAUSIBLE_DATE.ordinal()))
                .orderBy(TransactionFrame.LINE)
                .select(TransactionFrame.INVOICE, TransactionFrame.STOCK_CODE, TransactionFrame.SECONDS)
                .first();
        return List.of(rules.implausibleDates(
                count,
                raw.hasInvoices() ? first.getString(0) : null,
                first.getString(1),
                TransactionTable.toDateTime(first.getLong(2))));
    }

    /**
     * The lines that {@code rule} (the clean lines' rule or the sales lines') keeps, less non-products, when repeats
     * are kept (with duplicates dropped the lines come from {@link #distinctLines}).
     */
    private Dataset<Row> keptLines(Dataset<Row> ruled, String rule) {
        Dataset<Row> kept = ruled.where(col(rule).isNull());
        if (options.dropNonProducts()) {
            kept = kept.where(col(NON_PRODUCT).unary_$bang());
        }
        return kept.drop(RULE, BASE_RULE, SALE_RULE, NON_PRODUCT);
    }

    private boolean applies(TransactionFrame raw, CleaningRule rule) {
        return rule == CleaningRule.NON_POSITIVE_PRICE ? raw.hasPrices() : options.applies(rule);
    }

    /**
     * The first per-row rule that removes the row (its ordinal), or null; duplicates and non-products come later.
     * Without {@code needCustomer}, the rules of a sale (the missing-customer rule left out).
     */
    private Column firstFailingRowRule(TransactionFrame raw, boolean needCustomer) {
        Column invoice = col(TransactionFrame.INVOICE);
        Column rule = needCustomer
                ? when(col(TransactionFrame.CUSTOMER).isNull(), CleaningRule.MISSING_CUSTOMER.ordinal())
                : null;
        if (raw.hasInvoices()) {
            rule = orWhen(rule, invoice.startsWith("C"), CleaningRule.CANCELLED.ordinal());
        }
        rule = orWhen(rule, col(TransactionFrame.QUANTITY).leq(0), CleaningRule.NON_POSITIVE_QUANTITY.ordinal());
        if (raw.hasPrices()) {
            Column price = col(TransactionFrame.PRICE_EXACT);
            rule = rule.when(price.isNull().or(price.leq(0)), CleaningRule.NON_POSITIVE_PRICE.ordinal());
        }
        rule = rule.when(plausibleDay().unary_$bang(), CleaningRule.IMPLAUSIBLE_DATE.ordinal());
        if (options.dropAdjustments() && raw.hasInvoices()) {
            rule = rule.when(invoice.startsWith("A"), CleaningRule.ADJUSTMENT.ordinal());
        }
        return rule;
    }

    private static Column orWhen(Column rule, Column condition, int ordinal) {
        return rule == null ? when(condition, ordinal) : rule.when(condition, ordinal);
    }

    private Column[] ruleCounts() {
        Column[] counts = new Column[CleaningRule.values().length + 3];
        for (CleaningRule r : CleaningRule.values()) {
            counts[r.ordinal()] = count(when(col(RULE).equalTo(r.ordinal()), 1));
        }
        counts[counts.length - 3] = count(when(col(NON_PRODUCT), 1));
        counts[counts.length - 2] = count(when(col(TransactionFrame.INVOICE).startsWith("A"), 1));
        counts[counts.length - 1] = count(when(col(TransactionFrame.DESCRIPTION).isNull(), 1));
        return counts;
    }

    /** True where the stock code matches one of the patterns (codes are upper-cased when read). */
    static Column nonProduct(NonProductCodes codes) {
        Column match = lit(false);
        Column code = col(TransactionFrame.STOCK_CODE);
        for (String p : codes.patterns()) {
            match = match.or(p.endsWith("*") ? code.startsWith(p.substring(0, p.length() - 1)) : code.equalTo(p));
        }
        return match;
    }

    private static Column[] lineColumns(String... extra) {
        String[] all =
                Arrays.copyOf(TransactionFrame.LINE_COLUMNS, TransactionFrame.LINE_COLUMNS.length + extra.length);
        System.arraycopy(extra, 0, all, TransactionFrame.LINE_COLUMNS.length, extra.length);
        return Arrays.stream(all).map(c -> col(c)).toArray(Column[]::new);
    }
}
