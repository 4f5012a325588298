package com.shopperspectrum.core.inventory;

/**
 * The Syntetos–Boylan demand classes (Syntetos, Boylan &amp; Croston 2005, J. Oper. Res. Soc. 56(5)): by the
 * average demand interval ADI (periods per period with demand) and the squared coefficient of variation CV² of the
 * non-zero demand sizes, with the cut-offs ADI = 1.32 and CV² = 0.49.
 */
public enum DemandClass {
    /** ADI &lt; 1.32 and CV² &lt; 0.49: regular demand of steady size. */
    SMOOTH,
    /** ADI &lt; 1.32 and CV² &ge; 0.49: regular demand of varying size. */
    ERRATIC,
    /** ADI &ge; 1.32 and CV² &lt; 0.49: sporadic demand of steady size. */
    INTERMITTENT,
    /** ADI &ge; 1.32 and CV² &ge; 0.49: sporadic demand of varying size. */
    LUMPY;

    public static final double ADI_CUT = 1.32;
    public static final double CV2_CUT = 0.49;

    /** ADI of {@code series}: its length divided by the number of periods with non-zero demand (∞ when none). */
    public static double adi(double[] series) {
        int nonZero = Stats.nonZero(series).length;
        return nonZero == 0 ? Double.POSITIVE_INFINITY : (double) series.length / nonZero;
    }

    /** CV² of the non-zero demand sizes (population sd; 0 with fewer than two). */
    public static double cv2(double[] series) {
        double[] sizes = Stats.nonZero(series);
        if (sizes.length < 2) {
            return 0;
        }
        double cv = Stats.cv(sizes);
        return cv * cv;
    }

    /** The class of {@code series} (which must have some non-zero demand). */
    public static DemandClass of(double[] series) {
        boolean sporadic = adi(series) >= ADI_CUT;
        boolean varying = cv2(series) >= CV2_CUT;
        return sporadic ? (varying ? LUMPY : INTERMITTENT) : (varying ? ERRATIC : SMOOTH);
    }

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
