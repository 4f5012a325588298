package com.shopperspectrum.spark;

import org.apache.spark.sql.SparkSession;

/**
 * How to start (or join) the Spark session a run uses.
 *
 * @param master             the master URL ({@code local[*]}, {@code local[2]}, {@code yarn}, ...), or null to take
 *                           the one spark-submit configured
 * @param shufflePartitions  partitions after a shuffle ({@code spark.sql.shuffle.partitions}); small for one
 *                           machine, a few times the cluster's cores otherwise; 0 keeps Spark's setting
 * @param ui                 whether to start the Spark web UI
 */
public record SparkSettings(String master, int shufflePartitions, boolean ui) {
    /** Local mode on every core of this machine, no UI. */
    public static final SparkSettings LOCAL = new SparkSettings("local[*]", 8, false);

    public SparkSettings {
        if (shufflePartitions < 0) {
            throw new IllegalArgumentException("shuffle partitions must be >= 0, got " + shufflePartitions);
        }
        if (master != null && master.isBlank()) {
            throw new IllegalArgumentException("--master must not be blank");
        }
    }

    /** The session with these settings (an existing session of this JVM is reused, as Spark does). */
    public SparkSession session() {
        SparkSession.Builder b = SparkSession.builder().appName("shopper-spectrum")
                .config("spark.ui.enabled", ui)
                .config("spark.sql.session.timeZone", "UTC");
        if (master != null) {
            b.master(master);
        }
        if (shufflePartitions > 0) {
            b.config("spark.sql.shuffle.partitions", shufflePartitions);
        }
        return b.getOrCreate();
    }
}
