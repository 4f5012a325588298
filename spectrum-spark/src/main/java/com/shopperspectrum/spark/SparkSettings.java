package com.shopperspectrum.spark;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
    /** Shuffle partitions per local thread: a few, so that one slow task does not hold the others up. */
    static final int PARTITIONS_PER_THREAD = 2;

    private static final Pattern LOCAL_MASTER = Pattern.compile("local(?:\\[(\\*|\\d+)(?:,\\s*\\d+)?\\])?");

    public SparkSettings {
        if (shufflePartitions < 0) {
            throw new IllegalArgumentException("shuffle partitions must be >= 0, got " + shufflePartitions);
        }
        if (master != null && master.isBlank()) {
            throw new IllegalArgumentException("--master must not be blank");
        }
    }

    /**
     * The settings for {@code master}: in local mode shuffle partitions sized to the local threads (Spark's 200
     * would make every small aggregation 200 tasks) and no web UI; on a cluster, Spark's own settings (those of
     * spark-submit). A null master takes the one spark-submit configured, or {@code local[*]} when there is none.
     */
    public static SparkSettings forMaster(String master) {
        String configured = System.getProperty("spark.master");
        String chosen = master != null ? master : configured != null ? null : "local[*]";
        String effective = chosen != null ? chosen : configured;
        int threads = localThreads(effective);
        return threads > 0
                ? new SparkSettings(chosen, PARTITIONS_PER_THREAD * threads, false)
                : new SparkSettings(chosen, 0, true);
    }

    /** The threads of a local master ({@code local}, {@code local[N]}, {@code local[*]}, {@code local[N,F]}), or 0. */
    static int localThreads(String master) {
        Matcher m = LOCAL_MASTER.matcher(master.trim());
        if (!m.matches()) {
            return 0;
        }
        String n = m.group(1);
        return n == null ? 1 : n.equals("*") ? Runtime.getRuntime().availableProcessors() : Integer.parseInt(n);
    }

    /** The session with these settings (an existing session of this JVM is reused, as Spark does). */
    public SparkSession session() {
        SparkSession.Builder b =
                SparkSession.builder().appName("shopper-spectrum").config("spark.sql.session.timeZone", "UTC");
        if (master != null) {
            b.master(master);
        }
        if (!ui) {
            b.config("spark.ui.enabled", false);
        }
        if (shufflePartitions > 0) {
            b.config("spark.sql.shuffle.partitions", shufflePartitions);
        }
        return b.getOrCreate();
    }
}
