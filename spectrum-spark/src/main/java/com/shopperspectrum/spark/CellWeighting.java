package com.shopperspectrum.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.count_distinct;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.log;
import static org.apache.spark.sql.functions.sqrt;
import static org.apache.spark.sql.functions.sum;

import com.shopperspectrum.core.recommend.MatrixOptions;
import com.shopperspectrum.core.recommend.Scope;
import com.shopperspectrum.core.recommend.Weighting;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;

/**
 * The weighted cells of the purchase matrix as a DataFrame (row, stock code, w), with the formulas of
 * {@code core.recommend.Weighting}: per cell {@code q} = summed quantity and {@code c} = number of clean lines;
 * {@code N} = products with a purchase, {@code df(u)} = distinct products of row {@code u},
 * {@code len(i)} = Σ<sub>u</sub> c(u,i). Weights are rounded to float, as the embedded matrix stores them.
 */
final class CellWeighting {
    private CellWeighting() {}

    static Dataset<Row> cells(TransactionFrame clean, MatrixOptions o) {
        boolean byCustomer = o.scope() == Scope.CUSTOMER;
        Column rowKey = col(byCustomer ? TransactionFrame.CUSTOMER : TransactionFrame.INVOICE);
        Dataset<Row> cells = clean.rows()
                .where(rowKey.isNotNull())
                .groupBy(rowKey.as(SparkItemSimilarity.ROW), col(TransactionFrame.STOCK_CODE))
                .agg(sum(col(TransactionFrame.QUANTITY)).as("q"), count(lit(1)).as("c"));
        Column w = switch (o.weighting()) {
            case QUANTITY -> col("q");
            case BINARY -> lit(1.0);
            case TFIDF -> tfidf();
            case BM25 -> bm25(o);
        };
        if (o.weighting() == Weighting.TFIDF || o.weighting() == Weighting.BM25) {
            cells = withStatistics(cells);
        }
        return cells.withColumn(
                        SparkItemSimilarity.WEIGHT, w.cast(DataTypes.FloatType).cast(DataTypes.DoubleType))
                .select(
                        col(SparkItemSimilarity.ROW),
                        col(TransactionFrame.STOCK_CODE),
                        col(SparkItemSimilarity.WEIGHT));
    }

    /** Adds df (distinct products of the row), len (lines of the product), n (active products), avg (mean len). */
    private static Dataset<Row> withStatistics(Dataset<Row> cells) {
        Row totals = cells.agg(count_distinct(col(TransactionFrame.STOCK_CODE)), sum(col("c")))
                .first();
        long n = totals.getLong(0);
        double avg = n == 0 ? 1 : totals.getLong(1) / (double) n;
        return cells.withColumn("df", count(lit(1)).over(Window.partitionBy(col(SparkItemSimilarity.ROW))))
                .withColumn("len", sum(col("c")).over(Window.partitionBy(col(TransactionFrame.STOCK_CODE))))
                .withColumn("n", lit(n))
                .withColumn("avg", lit(avg));
    }

    private static Column tfidf() {
        return sqrt(col("c"))
                .multiply(log(lit(1.0).plus(col("n")).divide(lit(1.0).plus(col("df"))))
                        .plus(1.0));
    }

    private static Column bm25(MatrixOptions o) {
        Column idf = log(lit(1.0).plus(
                        col("n").minus(col("df")).plus(0.5).divide(col("df").plus(0.5))));
        Column norm = col("c").plus(lit(o.k1())
                .multiply(lit(1 - o.b()).plus(lit(o.b()).multiply(col("len")).divide(col("avg")))));
        return idf.multiply(col("c")).multiply(o.k1() + 1).divide(norm);
    }
}
