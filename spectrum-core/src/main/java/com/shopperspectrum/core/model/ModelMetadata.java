package com.shopperspectrum.core.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Provenance of a model: which program wrote it in which format, from which input file (name, size, SHA-256),
 * with which options, how many rows each stage saw and how long each stage took. Two models with the same
 * input hash and options are the same model (training is deterministic).
 *
 * @param formatVersion  the artifact format; readers refuse versions they do not know
 * @param programVersion the version of the program that trained it
 * @param createdAt      ISO-8601 instant of training
 * @param input          the transactions file
 * @param options        reading, cleaning and modelling options as given (name to value)
 * @param rows           row and entity counts (raw, clean, customers, products, …)
 * @param timingsMillis  wall-clock milliseconds per stage (read, clean, profile, …)
 * @param warnings       what training could not do and why (e.g. too few customers to segment)
 */
public record ModelMetadata(
        int formatVersion,
        String programVersion,
        String createdAt,
        InputFile input,
        Map<String, String> options,
        Map<String, Long> rows,
        Map<String, Long> timingsMillis,
        List<String> warnings) {
    /** The format this program writes and reads. */
    public static final int FORMAT_VERSION = 3;

    public ModelMetadata {
        Objects.requireNonNull(programVersion, "programVersion");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(input, "input");
        options = copy(options);
        rows = copy(rows);
        timingsMillis = copy(timingsMillis);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    private static <V> Map<String, V> copy(Map<String, V> map) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(map, "map")));
    }

    /** Whole milliseconds from {@code fromNanos} to {@code toNanos} ({@link System#nanoTime()}): a stage's timing. */
    public static long millis(long fromNanos, long toNanos) {
        return (toNanos - fromNanos) / 1_000_000;
    }

    /** The same metadata with one more timing (stage name to milliseconds). */
    public ModelMetadata withTiming(String stage, long millis) {
        Map<String, Long> t = new LinkedHashMap<>(timingsMillis);
        t.put(stage, millis);
        return new ModelMetadata(formatVersion, programVersion, createdAt, input, options, rows, t, warnings);
    }

    /** The same metadata with one more option (or the option replaced): how the model was made. */
    public ModelMetadata withOption(String name, String value) {
        Map<String, String> o = new LinkedHashMap<>(options);
        o.put(name, value);
        return new ModelMetadata(formatVersion, programVersion, createdAt, input, o, rows, timingsMillis, warnings);
    }

    /** The same metadata with one more warning. */
    public ModelMetadata withWarning(String warning) {
        List<String> w = new ArrayList<>(warnings);
        w.add(warning);
        return new ModelMetadata(formatVersion, programVersion, createdAt, input, options, rows, timingsMillis, w);
    }

    /**
     * The transactions file a model was trained on.
     *
     * @param name   the file name (no directory: models are moved between machines)
     * @param size   bytes
     * @param sha256 lower-case hex SHA-256 of the file's bytes
     */
    public record InputFile(String name, long size, String sha256) {
        public InputFile {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(sha256, "sha256");
            if (size < 0) {
                throw new IllegalArgumentException("input size must be >= 0, got " + size);
            }
        }
    }
}
