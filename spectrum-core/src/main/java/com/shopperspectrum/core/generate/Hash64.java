package com.shopperspectrum.core.generate;

/**
 * Stateless 64-bit mixing (the SplitMix64 finaliser, Steele, Lea &amp; Flood 2014), used to derive per-customer and
 * per-product attributes from a seed and an index without storing them.
 */
final class Hash64 {
    private Hash64() {}

    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** A hash of {@code index} under {@code seed} and a stream {@code salt}. */
    static long of(long seed, long salt, long index) {
        return mix(mix(seed ^ salt * 0x9E3779B97F4A7C15L) + index * 0xD1B54A32D192ED03L);
    }

    /** A uniform double in [0, 1) from the top 53 bits of {@code h}. */
    static double unit(long h) {
        return (h >>> 11) * 0x1.0p-53;
    }
}
