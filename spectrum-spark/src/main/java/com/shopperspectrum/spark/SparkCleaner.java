package com.shopperspectrum.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import com.shopperspectrum.core.clean.CleaningOptions;
import com.shopperspectrum.core.clean.CleaningReport;
import com.shopperspectrum.core.clean.CleaningRule;
import com.shopperspectrum.core.clean.NonProductCodes;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The counted cleaning rules of {@code core.clean.Cleaner} on a DataFrame, with the same counts: each raw row is
 * counted by the first rule that removes it, in {@link CleaningRule} order. The per-row rules become one rule
 * column; exact duplicates (which depend on earlier rows) are counted as the rows reaching that rule minus their
 * distinct lines, and the clean lines are those distinct lines when duplicates are dropped. Two passes over the
 * cached lines: one for the per-row counts, one for the line groups.
 */
public final class SparkCleaner {
    private static final String RULE = "_rule";
    private static final String REPEATS = "_repeats";
    private static final String NON_PRODUCT = "_non_product";
    private final CleaningOptions options;

    public SparkCleaner(CleaningOptions options) {
        this.options = options;
    }

    /** The clean lines and the report; {@code raw} should be cached (the reader does it). */
    public SparkCleaning clean(TransactionFrame raw) {
        Dataset<Row> ruled = raw.rows()
                .withColumn(RULE, firstFailingRowRule(raw))
                .withColumn(NON_PRODUCT, nonProduct(options.nonProducts()));
        Row totals = ruled.agg(count(lit(1)), ruleCounts()).first();
        long rawRows = totals.getLong(0);
        long[] byRule = new long[CleaningRule.values().length];
        for (int i = 0; i < byRule.length; i++) {
            byRule[i] = totals.isNullAt(i + 1) ? 0 : totals.getLong(i + 1);
        }
        long nonProductRows = totals.isNullAt(byRule.length + 1) ? 0 : totals.getLong(byRule.length + 1);
        long adjustments = totals.getLong(byRule.length + 2);
        long missingDescription = totals.getLong(byRule.length + 3);

        Dataset<Row> groups =
                ruled.groupBy(lineColumns(NON_PRODUCT, RULE)).agg(count(lit(1)).as(REPEATS));
        Row dup = groups.agg(
                        sum(col(REPEATS).minus(1)),
                        sum(when(col(RULE).isNull(), col(REPEATS).minus(1))),
                        sum(when(
                                col(RULE).isNull().and(col(NON_PRODUCT)),
                                options.dropDuplicates() ? lit(1L) : col(REPEATS))))
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
                rawRows, removed, cleanRows, duplicateRows, nonProductRows, adjustments, missingDescription, options);
        return new SparkCleaning(raw.withRows(cleanLines(ruled)), report);
    }

    private Dataset<Row> cleanLines(Dataset<Row> ruled) {
        Dataset<Row> kept = ruled.where(col(RULE).isNull());
        if (options.dropDuplicates()) {
            kept = kept.dropDuplicates(TransactionFrame.LINE_COLUMNS);
        }
        if (options.dropNonProducts()) {
            kept = kept.where(col(NON_PRODUCT).unary_$bang());
        }
        return kept.drop(RULE, NON_PRODUCT);
    }

    private boolean applies(TransactionFrame raw, CleaningRule rule) {
        return rule == CleaningRule.NON_POSITIVE_PRICE ? raw.hasPrices() : options.applies(rule);
    }

    /** The first per-row rule that removes the row (its ordinal), or null; duplicates and non-products come later. */
    private Column firstFailingRowRule(TransactionFrame raw) {
        Column invoice = col(TransactionFrame.INVOICE);
        Column rule = when(col(TransactionFrame.CUSTOMER).isNull(), CleaningRule.MISSING_CUSTOMER.ordinal());
        if (raw.hasInvoices()) {
            rule = rule.when(invoice.startsWith("C"), CleaningRule.CANCELLED.ordinal());
        }
        rule = rule.when(col(TransactionFrame.QUANTITY).leq(0), CleaningRule.NON_POSITIVE_QUANTITY.ordinal());
        if (raw.hasPrices()) {
            Column price = col(TransactionFrame.PRICE_EXACT);
            rule = rule.when(price.isNull().or(price.leq(0)), CleaningRule.NON_POSITIVE_PRICE.ordinal());
        }
        if (options.dropAdjustments() && raw.hasInvoices()) {
            rule = rule.when(invoice.startsWith("A"), CleaningRule.ADJUSTMENT.ordinal());
        }
        return rule;
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
