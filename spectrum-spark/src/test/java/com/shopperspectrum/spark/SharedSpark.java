package com.shopperspectrum.spark;

import com.shopperspectrum.core.data.RealData;
import com.shopperspectrum.core.data.TransactionTable;
import com.shopperspectrum.io.ReadOptions;
import com.shopperspectrum.io.TransactionReader;
import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;

/**
 * The one local Spark session of the test JVM (local[2], 8 shuffle partitions, no UI), started on first use and
 * shared by every test class: starting Spark costs seconds and memory on a small shared machine.
 */
final class SharedSpark {
    private static SparkSession session;
    private static TransactionFrame onlineRetailFrame;
    private static TransactionTable onlineRetailTable;

    private SharedSpark() {}

    static synchronized SparkSession session() {
        if (session == null) {
            session = new SparkSettings("local[2]", 8, false).session();
            session.sparkContext().setLogLevel("WARN");
        }
        return session;
    }

    /** The real Online Retail file (see {@link RealData}); the callers skip first when it is absent. */
    static Path onlineRetail() {
        return RealData.location().resolve(RealData.ONLINE_RETAIL);
    }

    /** Online Retail read by the Spark engine once per test JVM (cached in Spark). */
    static synchronized TransactionFrame onlineRetailFrame() {
        if (onlineRetailFrame == null) {
            onlineRetailFrame =
                    new SparkTransactionReader(session()).read(onlineRetail().toString(), ReadOptions.DEFAULT);
        }
        return onlineRetailFrame;
    }

    /** Online Retail read by the embedded reader once per test JVM. */
    static synchronized TransactionTable onlineRetailTable() {
        if (onlineRetailTable == null) {
            onlineRetailTable = new TransactionReader()
                    .read(onlineRetail(), ReadOptions.DEFAULT)
                    .table();
        }
        return onlineRetailTable;
    }
}
