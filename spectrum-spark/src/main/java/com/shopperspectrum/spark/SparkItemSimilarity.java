package com.shopperspectrum.spark;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.shiftright;
import static org.apache.spark.sql.functions.shiftrightunsigned;
import static org.apache.spark.sql.functions.sqrt;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import com.shopperspectrum.core.recommend.ItemNeighbours;
import com.shopperspectrum.core.recommend.MatrixOptions;
import com.shopperspectrum.core.recommend.SimilarityOptions;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Item–item cosine similarity with the top-K neighbours per product on Spark, the counterpart of
 * {@code core.recommend.CosineItemSimilarity} (Sarwar et al., WWW 2001) with the same cells and weightings
 * ({@link CellWeighting}).
 *
 * <p>Never an items × items matrix: the weighted cells (row, product, w) are grouped by row (customer or invoice),
 * so only co-occurring pairs exist; each partition sums the products of its rows' pairs {@code i < j} in a
 * primitive hash map ({@link PairSums}), and one aggregation adds the partial sums into dot products
 * ({@code Σ_u w(u,i)·w(u,j)}, cost Σ over rows of the row length squared, spread over the cluster). The dot
 * products are mirrored, divided by the column norms, and a bounded heap per product keeps the K best
 * (score descending, then product index; {@link TopKPerItem}), once before and once after the shuffle by product. Only the kept neighbours reach the driver.
 */
public final class SparkItemSimilarity {
    static final String ROW = "row";
    static final String ITEM = "item";
    static final String OTHER = "other";
    static final String WEIGHT = "w";
    static final String SCORE = "score";
    static final String RANK = "rank";
    private final MatrixOptions matrix;
    private final SimilarityOptions similarity;

    public SparkItemSimilarity(MatrixOptions matrix, SimilarityOptions similarity) {
        this.matrix = Objects.requireNonNull(matrix, "matrix");
        this.similarity = Objects.requireNonNull(similarity, "similarity");
    }

    /**
     * The top-K neighbours of every product of {@code clean}, indexed by position in {@code codes} (the caller's
     * product order: a catalogue's rows, or the embedded engine's dictionary order, which makes ties break alike);
     * products not in {@code codes} are ignored.
     *
     * @param codes        stock codes by index (null: no product at that index)
     * @param descriptions descriptions by index
     * @param nonProduct   true at the indices of non-merchandise codes (never neighbours unless included)
     */
    public ItemNeighbours neighbours(
            TransactionFrame clean, String[] codes, String[] descriptions, boolean[] nonProduct) {
        SparkSession spark = clean.rows().sparkSession();
        Dataset<Row> index = productIndex(spark, codes, nonProduct);
        Dataset<Row> cells = CellWeighting.cells(clean, matrix)
                .join(broadcast(index), col(TransactionFrame.STOCK_CODE).equalTo(col("code")))
                .select(col(ROW), col("idx").as(ITEM), col(WEIGHT), col("candidate"))
                .persist();
        List<Row> kept = topK(cells).collectAsList();
        cells.unpersist();
        return toNeighbours(kept, codes, descriptions);
    }

    /** (item, other, score, rank) with rank from 1, at most K per item. */
    Dataset<Row> topK(Dataset<Row> cells) {
        Dataset<Row> norms = cells.groupBy(col(ITEM))
                .agg(sqrt(sum(col(WEIGHT).multiply(col(WEIGHT)))).as("norm"));
        // an item and whether it may be recommended in one int, 2 × index + candidate (ordered as the indices); the
        // products of each row's pairs are summed within each partition first (PairSums), then across partitions
        Column tagged = col(ITEM).multiply(2).plus(col("candidate").cast(DataTypes.IntegerType));
        Dataset<Row> perRow = cells.groupBy(col(ROW))
                .agg(collect_list(struct(tagged, col(WEIGHT))).as("items"));
        StructType pairs = new StructType(new StructField[] {
            DataTypes.createStructField("key", DataTypes.LongType, false),
            DataTypes.createStructField("p", DataTypes.DoubleType, false)
        });
        Dataset<Row> summed = perRow.mapPartitions(new PairSums(), Encoders.row(pairs))
                .groupBy(col("key"))
                .agg(sum(col("p")).as("dot"))
                .where(col("dot").gt(0));
        Column i2 = shiftrightunsigned(col("key"), 32).cast(DataTypes.IntegerType);
        Column j2 = col("key").bitwiseAND(0xFFFFFFFFL).cast(DataTypes.IntegerType);
        Dataset<Row> dots = summed.select(
                shiftright(i2, 1).as("i"),
                shiftright(j2, 1).as("j"),
                i2.bitwiseAND(1).equalTo(1).as("ci"),
                j2.bitwiseAND(1).equalTo(1).as("cj"),
                col("dot"));
        // each pair once, in both directions (the directions whose neighbour may be recommended), in one pass
        Column both = explode(array(
                when(col("cj"), struct(col("i").as(ITEM), col("j").as(OTHER))),
                when(col("ci"), struct(col("j").as(ITEM), col("i").as(OTHER)))));
        Dataset<Row> directed = dots.select(both.as("d"), col("dot"))
                .where(col("d").isNotNull())
                .select(col("d." + ITEM).as(ITEM), col("d." + OTHER).as(OTHER), col("dot"));
        Dataset<Row> ni = norms.select(col(ITEM).as("ni_item"), col("norm").as("ni"));
        Dataset<Row> nj = norms.select(col(ITEM).as("nj_item"), col("norm").as("nj"));
        Dataset<Row> scored = directed.join(broadcast(ni), col(ITEM).equalTo(col("ni_item")))
                .join(broadcast(nj), col(OTHER).equalTo(col("nj_item")))
                .select(
                        col(ITEM),
                        col(OTHER),
                        least(lit(1.0), col("dot").divide(col("ni").multiply(col("nj"))))
                                .as(SCORE));
        StructType ranked = new StructType(new StructField[] {
            DataTypes.createStructField(ITEM, DataTypes.IntegerType, false),
            DataTypes.createStructField(OTHER, DataTypes.IntegerType, false),
            DataTypes.createStructField(SCORE, DataTypes.DoubleType, false),
            DataTypes.createStructField(RANK, DataTypes.IntegerType, false)
        });
        TopKPerItem best = new TopKPerItem(similarity.neighbours());
        return scored.mapPartitions(best, Encoders.row(ranked))
                .drop(RANK)
                .repartition(col(ITEM))
                .mapPartitions(best, Encoders.row(ranked));
    }

    private Dataset<Row> productIndex(SparkSession spark, String[] codes, boolean[] nonProduct) {
        StructType schema = new StructType(new StructField[] {
            DataTypes.createStructField("code", DataTypes.StringType, false),
            DataTypes.createStructField("idx", DataTypes.IntegerType, false),
            DataTypes.createStructField("candidate", DataTypes.BooleanType, false)
        });
        List<Row> rows = new java.util.ArrayList<>(codes.length);
        for (int i = 0; i < codes.length; i++) {
            if (codes[i] != null) {
                rows.add(org.apache.spark.sql.RowFactory.create(
                        codes[i], i, similarity.includeNonProducts() || !nonProduct[i]));
            }
        }
        return spark.createDataFrame(rows, schema);
    }

    private ItemNeighbours toNeighbours(List<Row> kept, String[] codes, String[] descriptions) {
        int n = codes.length;
        int[] offsets = new int[n + 1];
        for (Row r : kept) {
            offsets[r.getInt(0) + 1]++;
        }
        for (int i = 0; i < n; i++) {
            offsets[i + 1] += offsets[i];
        }
        int[] items = new int[kept.size()];
        float[] scores = new float[kept.size()];
        for (Row r : kept) {
            int at = offsets[r.getInt(0)] + r.getInt(3) - 1;
            items[at] = r.getInt(1);
            scores[at] = (float) r.getDouble(2);
        }
        String[] texts =
                Arrays.stream(descriptions).map(d -> d == null ? "" : d).toArray(String[]::new);
        return new ItemNeighbours(offsets, items, scores, codes, texts, matrix, similarity);
    }
}
