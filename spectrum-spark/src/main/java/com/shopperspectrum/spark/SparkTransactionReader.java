package com.shopperspectrum.spark;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.date_format;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.floor;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.monotonically_increasing_id;
import static org.apache.spark.sql.functions.regexp_replace;
import static org.apache.spark.sql.functions.upper;
import static org.apache.spark.sql.functions.when;

import com.shopperspectrum.core.data.InvalidInputException;
import com.shopperspectrum.io.ReadOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.DataFrameReader;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;

/**
 * Reads transaction lines from CSV, compressed CSV (gzip, bzip2: by extension) or Parquet at any path Spark can
 * read (a file or a folder of parts; local, HDFS, S3 through the Hadoop connectors) with the column mapping and
 * normalisation of the embedded reader: stock codes trimmed and upper-cased, descriptions trimmed, customer ids
 * such as {@code 17850.0} written {@code 17850}, empty values missing. Every column is read as text and parsed
 * here, so CSV and Parquet go through the same rules; a value that does not parse fails the read with the file,
 * the column and the value. The delimiter is a comma unless {@code --delimiter} says otherwise (it is not found
 * in the header as the embedded reader finds it); {@code --decimal-comma} is refused. Dates are local wall-clock times: the session time zone is set to UTC so that
 * seconds are those of the date-time as written.
 */
public final class SparkTransactionReader {
    private static final List<String> DEFAULT_DATE_FORMATS = List.of(
            "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm", "M/d/yyyy H:mm:ss", "M/d/yyyy H:mm", "yyyy-MM-dd", "M/d/yyyy");
    private final SparkSession spark;

    public SparkTransactionReader(SparkSession spark) {
        this.spark = spark;
    }

    /** Reads, normalises, validates and caches the lines at {@code path}. */
    public TransactionFrame read(String path, ReadOptions options) {
        spark.conf().set("spark.sql.session.timeZone", "UTC");
        Dataset<Row> text = load(path, options);
        ColumnMapping mapping = ColumnMapping.resolve(path, Arrays.asList(text.columns()), options.columns());
        Dataset<Row> parsed = text.select(parsedColumns(text, mapping, options));
        Dataset<Row> lines = parsed.withColumn(
                        TransactionFrame.DAY,
                        floor(col(TransactionFrame.SECONDS).divide(86_400)).cast(DataTypes.IntegerType))
                .withColumn(TransactionFrame.LINE, monotonically_increasing_id())
                .withColumn(RawValueCheck.BAD_PRICE, RawValueCheck.badPrice(mapping))
                .drop(RawValueCheck.RAW_COLUMNS);
        int parallelism = spark.sparkContext().defaultParallelism();
        if (lines.rdd().getNumPartitions() < parallelism) {
            lines = lines.repartition(parallelism);
        }
        lines = lines.persist();
        try {
            RawValueCheck.failOnBadValues(path, lines, parsed, mapping);
        } catch (RuntimeException e) {
            lines.unpersist();
            throw e;
        }
        return new TransactionFrame(lines, path, mapping.has("price") || mapping.has("amount"), mapping.has("invoice"));
    }

    private Dataset<Row> load(String path, ReadOptions options) {
        String lower = path.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".xlsx") || lower.endsWith(".xls")) {
            throw new InvalidInputException(
                    path + ": the Spark engine reads CSV and Parquet, not Excel; use the "
                            + "local engine or save the sheet as CSV",
                    "file");
        }
        checkExists(path);
        if (Boolean.TRUE.equals(options.decimalComma())) {
            throw new InvalidInputException(
                    path + ": --decimal-comma: the Spark engine reads decimal points only; use the embedded engine or "
                            + "export the numbers with points",
                    "decimal");
        }
        DataFrameReader reader = spark.read();
        Dataset<Row> frame = isParquet(path)
                ? reader.parquet(path)
                : reader.option("header", "true")
                        .option("inferSchema", "false")
                        .option("mode", "PERMISSIVE")
                        .option("sep", String.valueOf(options.delimiter() == null ? ',' : options.delimiter()))
                        .option("quote", "\"")
                        .option("escape", "\"")
                        .option(
                                "encoding",
                                options.encoding() == null
                                        ? "UTF-8"
                                        : options.encoding().name())
                        .csv(path);
        return frame.select(Arrays.stream(frame.columns())
                .map(c -> quoted(c).cast(DataTypes.StringType).as(c))
                .toArray(Column[]::new));
    }

    private void checkExists(String path) {
        try {
            Path p = new Path(path);
            FileSystem fs = p.getFileSystem(spark.sparkContext().hadoopConfiguration());
            if (!fs.exists(p)) {
                throw new InvalidInputException(path + ": no such file", "file");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(path + ": cannot read: " + e.getMessage(), e);
        }
    }

    private boolean isParquet(String path) {
        String lower = path.toLowerCase(Locale.ROOT).replaceAll("/+$", "");
        if (lower.endsWith(".parquet") || lower.endsWith(".parq")) {
            return true;
        }
        try {
            Path p = new Path(path);
            FileSystem fs = p.getFileSystem(spark.sparkContext().hadoopConfiguration());
            if (!fs.getFileStatus(p).isDirectory()) {
                return false;
            }
            for (FileStatus part : fs.listStatus(p)) {
                if (part.getPath().getName().endsWith(".parquet")) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(path + ": cannot read: " + e.getMessage(), e);
        }
    }

    private static Column[] parsedColumns(Dataset<Row> text, ColumnMapping m, ReadOptions options) {
        Column quantityExact = expr("try_cast(" + sqlText(m, "quantity") + " as decimal(20,6))");
        Column quantity = !m.has("quantity")
                ? lit(1)
                : when(quantityExact.equalTo(floor(quantityExact)), quantityExact.cast(DataTypes.IntegerType));
        Column seconds = expr("unix_seconds(" + timestamp(sqlText(m, "date"), options.dateFormat()) + ")");
        Column priceExact = priceExact(m, quantity);
        Column customer = regexp_replace(text(m, "customer"), "^(\\d+)\\.0*$", "$1");
        Column invoice = m.has("invoice")
                ? text(m, "invoice")
                : concat_ws(
                        "/",
                        coalesce(customer, lit("-")),
                        date_format(expr("timestamp_seconds(" + seconds + ")"), "yyyy-MM-dd"));
        return new Column[] {
            invoice.as(TransactionFrame.INVOICE),
            upper(text(m, "product")).as(TransactionFrame.STOCK_CODE),
            text(m, "description").as(TransactionFrame.DESCRIPTION),
            quantity.as(TransactionFrame.QUANTITY),
            seconds.as(TransactionFrame.SECONDS),
            coalesce(priceExact.cast(DataTypes.DoubleType), lit(Double.NaN)).as(TransactionFrame.UNIT_PRICE),
            priceExact.as(TransactionFrame.PRICE_EXACT),
            customer.as(TransactionFrame.CUSTOMER),
            text(m, "country").as(TransactionFrame.COUNTRY),
            raw(m, "quantity").as(RawValueCheck.RAW_QUANTITY),
            raw(m, "date").as(RawValueCheck.RAW_DATE),
            raw(m, m.has("price") ? "price" : "amount").as(RawValueCheck.RAW_PRICE),
            raw(m, "product").as(RawValueCheck.RAW_PRODUCT),
        };
    }

    private static Column priceExact(ColumnMapping m, Column quantity) {
        if (m.has("price")) {
            return expr("try_cast(" + sqlText(m, "price") + " as decimal(30,10))");
        }
        if (m.has("amount")) {
            Column amount = expr("try_cast(" + sqlText(m, "amount") + " as decimal(30,10))");
            return when(quantity.notEqual(0), amount.divide(quantity).cast("decimal(30,10)"));
        }
        return lit(null).cast("decimal(30,10)");
    }

    private static String timestamp(String text, String dateFormat) {
        List<String> formats = dateFormat == null ? DEFAULT_DATE_FORMATS : List.of(dateFormat);
        StringBuilder sql = new StringBuilder("coalesce(");
        for (int i = 0; i < formats.size(); i++) {
            sql.append(i == 0 ? "" : ", ")
                    .append("try_to_timestamp(")
                    .append(text)
                    .append(", '")
                    .append(formats.get(i).replace("'", "\\'"))
                    .append("')");
        }
        return sql.append(")").toString();
    }

    /** The trimmed text of {@code field}, null when empty or when the input has no such column. */
    private static Column text(ColumnMapping m, String field) {
        return m.has(field) ? expr(sqlText(m, field)) : lit(null).cast(DataTypes.StringType);
    }

    private static String sqlText(ColumnMapping m, String field) {
        if (!m.has(field)) {
            return "cast(null as string)";
        }
        String q = "`" + m.header(field).replace("`", "``") + "`";
        return "nullif(trim(" + q + "), '')";
    }

    private static Column raw(ColumnMapping m, String field) {
        return m.has(field) ? quoted(m.header(field)) : lit(null).cast(DataTypes.StringType);
    }

    private static Column quoted(String header) {
        return col("`" + header.replace("`", "``") + "`");
    }
}
