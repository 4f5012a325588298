package com.shopperspectrum.core.baskets;

import java.util.Locale;

/**
 * The minimum support: a share of the baskets in (0, 1], or an absolute basket count (a whole number above 1).
 * {@code 1} is the share 100 %; {@code 25} is 25 baskets.
 *
 * @param share the share, or 0 when {@code count} is given
 * @param count the basket count, or 0 when {@code share} is given
 */
public record SupportThreshold(double share, long count) {
    public SupportThreshold {
        boolean isShare = share > 0 && share <= 1 && count == 0;
        boolean isCount = share == 0 && count > 1;
        if (!isShare && !isCount) {
            throw new IllegalArgumentException("--min-support must be a share in (0, 1] or a basket count above 1, got "
                    + (count == 0 ? Double.toString(share) : Long.toString(count)));
        }
    }

    public static SupportThreshold ofShare(double share) {
        return new SupportThreshold(share, 0);
    }

    public static SupportThreshold ofCount(long count) {
        return new SupportThreshold(0, count);
    }

    /** Parses {@code 0.01} (a share) or {@code 25} (a count); the message names {@code --min-support}. */
    public static SupportThreshold parse(String text) {
        String t = text == null ? "" : text.strip();
        try {
            if (t.matches("[0-9]+") && Long.parseLong(t) > 1) {
                return ofCount(Long.parseLong(t));
            }
            double v = Double.parseDouble(t);
            if (!(v > 0 && v <= 1)) {
                throw new IllegalArgumentException();
            }
            return ofShare(v);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "--min-support must be a share in (0, 1] or a whole basket count above 1, got '" + text + "'");
        }
    }

    /**
     * The smallest basket count that meets the threshold among {@code baskets}: {@code count}, or the least c with
     * c / baskets &ge; share (at least 1).
     *
     * @throws IllegalArgumentException when a count exceeds the number of baskets
     */
    public long minCount(long baskets) {
        if (count > 0) {
            if (count > baskets) {
                throw new IllegalArgumentException(String.format(
                        Locale.ROOT,
                        "--min-support %d is more baskets than there are (%,d): give at most %d or a share",
                        count,
                        baskets,
                        baskets));
            }
            return count;
        }
        return Math.max(1, (long) Math.ceil(share * baskets - 1e-9));
    }

    @Override
    public String toString() {
        return count > 0 ? Long.toString(count) : Double.toString(share);
    }
}
