package com.shopperspectrum.core.generate;

/**
 * Draws ranks {@code 0..n-1} with probability proportional to {@code 1/(k + k0)} (a Zipf–Mandelbrot law with
 * exponent 1) by inverting its continuous approximation: {@code k = k0·((n + k0)/k0)^u − k0}. The shift
 * {@code k0} caps the share of the top rank (about {@code 1/(k0·ln((n + k0)/k0))}), so the shape does not depend
 * on {@code n} when {@code k0} is a fixed fraction of it.
 */
final class PowerLawIndex {
    private final int n;
    private final double k0;
    private final double logRatio;

    PowerLawIndex(int n, double k0) {
        if (n < 1 || !(k0 > 0)) {
            throw new IllegalArgumentException("power law needs n >= 1 and k0 > 0, got " + n + ", " + k0);
        }
        this.n = n;
        this.k0 = k0;
        this.logRatio = Math.log((n + k0) / k0);
    }

    /** The rank for a uniform {@code u} in [0, 1). */
    int sample(double u) {
        int k = (int) (k0 * Math.exp(u * logRatio) - k0);
        return k < 0 ? 0 : Math.min(k, n - 1);
    }
}
