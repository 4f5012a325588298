package com.shopperspectrum.core.generate;

/**
 * A price process with a known price response, for testing estimators of it (issue 17): with
 * {@code generate --prices}, each product's unit price in week w is its list price times a multiplier
 * m(product, w) drawn from {0.80, 0.90, 1.00, 1.10, 1.25} (a hash of the seed, the product and the week: a
 * promotion or a price rise, independent of everything else), the quantity-tier discount is off, and each line's
 * quantity is its usual quantity times m^ε, rounded at random to a neighbouring whole number (so the expected
 * quantity is exactly proportional to m^ε). The planted elasticity ε of a product is uniform in [−2.5, −0.5]
 * (another hash of the seed and the product). Weekly units then follow ln E[units] = c + ε·ln(price) + (season),
 * the model the price-response estimate fits. Weeks are ISO weeks (Monday to Sunday) of the line's date.
 */
public final class PriceProcess {
    private static final double[] MULTIPLIERS = {0.80, 0.90, 1.00, 1.10, 1.25};
    private static final long ELASTICITY = 0x5EED_E1A5L;
    private static final long WEEKLY = 0x5EED_3EEAL;
    private final long seed;

    public PriceProcess(long seed) {
        this.seed = seed;
    }

    /** The planted elasticity of catalogue item {@code item}, in [−2.5, −0.5]. */
    public double elasticity(int item) {
        return -0.5 - 2.0 * Hash64.unit(Hash64.of(seed, ELASTICITY, item));
    }

    /** The price multiplier of {@code item} in the ISO week holding epoch second {@code seconds}. */
    public double multiplier(int item, long seconds) {
        long week = Math.floorDiv(Math.floorDiv(seconds, 86_400L) + 3, 7);
        long h = Hash64.of(seed, WEEKLY, week * 4_000_037L + item);
        return MULTIPLIERS[(int) Math.floorMod(h, (long) MULTIPLIERS.length)];
    }

    /** The unit price in thousandths at the multiplier (at least 1). */
    int priceMilli(int listPriceMilli, double multiplier) {
        return Math.max(1, (int) Math.round(listPriceMilli * multiplier));
    }

    /** {@code quantity · m^ε}, rounded up with probability equal to its fraction ({@code u} uniform in [0, 1)). */
    int quantity(int quantity, int item, double multiplier, double u) {
        double expected = quantity * Math.pow(multiplier, elasticity(item));
        int whole = (int) Math.floor(expected);
        return whole + (u < expected - whole ? 1 : 0);
    }
}
