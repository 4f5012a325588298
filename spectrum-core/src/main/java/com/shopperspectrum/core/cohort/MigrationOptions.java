package com.shopperspectrum.core.cohort;

import com.shopperspectrum.core.segment.SegmentOptions;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What to compare: the state as of {@code from} (A) with the state as of {@code to} (B), both scored with the
 * segmentation fitted as of B with {@code segmentation}.
 *
 * @param from         A, strictly before B
 * @param to           B
 * @param segmentation how the segmentation as of B is fitted
 */
public record MigrationOptions(LocalDate from, LocalDate to, SegmentOptions segmentation) {
    /** The default distance from A to B: 90 days, a quarter. */
    public static final int DEFAULT_DAYS = 90;

    public MigrationOptions {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(segmentation, "segmentation");
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("--from " + from + " must be before --to " + to);
        }
    }

    /**
     * The defaults for data whose last purchase day is {@code lastDay}: B the day after it (the default snapshot
     * of {@code segment}), A {@value #DEFAULT_DAYS} days earlier.
     */
    public static MigrationOptions defaults(LocalDate lastDay, SegmentOptions segmentation) {
        LocalDate to = lastDay.plusDays(1);
        return new MigrationOptions(to.minusDays(DEFAULT_DAYS), to, segmentation);
    }
}
