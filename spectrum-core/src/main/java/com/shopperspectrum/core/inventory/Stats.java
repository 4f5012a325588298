package com.shopperspectrum.core.inventory;

/** The few descriptive statistics the classes use: population moments (divisor n, as numpy's default). */
final class Stats {
    private Stats() {}

    static double mean(double[] y) {
        double sum = 0;
        for (double v : y) {
            sum += v;
        }
        return sum / y.length;
    }

    /** Population standard deviation (divisor n). */
    static double sd(double[] y) {
        double m = mean(y);
        double ss = 0;
        for (double v : y) {
            ss += (v - m) * (v - m);
        }
        return Math.sqrt(ss / y.length);
    }

    /** Coefficient of variation sd / mean (population sd); 0 for a series of zeros' mean. */
    static double cv(double[] y) {
        double m = mean(y);
        return m == 0 ? 0 : sd(y) / m;
    }

    /** The non-zero values of {@code y}, in order. */
    static double[] nonZero(double[] y) {
        int n = 0;
        for (double v : y) {
            n += v != 0 ? 1 : 0;
        }
        double[] out = new double[n];
        int i = 0;
        for (double v : y) {
            if (v != 0) {
                out[i++] = v;
            }
        }
        return out;
    }
}
