package com.shopperspectrum.spark;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;

/**
 * The one local Spark session of the test JVM (local[2], 8 shuffle partitions, no UI), started on first use and
 * shared by every test class: starting Spark costs seconds and memory on a small shared machine.
 */
final class SharedSpark {
    private static SparkSession session;

    private SharedSpark() {
    }

    static synchronized SparkSession session() {
        if (session == null) {
            session = new SparkSettings("local[2]", 8, false).session();
            session.sparkContext().setLogLevel("WARN");
        }
        return session;
    }

    /** The real data folder from the build ({@code spectrum.data.dir}). */
    static Path dataDir() {
        return Path.of(System.getProperty("spectrum.data.dir", "../../shared/data"));
    }

    static Path onlineRetail() {
        return dataDir().resolve("online_retail.csv.gz");
    }

    static boolean hasOnlineRetail() {
        return Files.isRegularFile(onlineRetail());
    }
}
