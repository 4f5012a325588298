package com.shopperspectrum.core.segment;

/**
 * The standard named RFM segments, from the recency score R (5 = most recent) and the frequency–monetary
 * score FM = round-half-up((F + M) / 2) (FM = F when monetary data is unavailable). The score map covers all
 * 25 (R, FM) cells:
 * <pre>
 *          FM=1            FM=2                 FM=3                 FM=4              FM=5
 *  R=5  New Customers   Potential Loyalists  Potential Loyalists  Champions         Champions
 *  R=4  Promising       Potential Loyalists  Potential Loyalists  Loyal Customers   Loyal Customers
 *  R=3  About to Sleep  About to Sleep       Need Attention       Loyal Customers   Loyal Customers
 *  R=2  Hibernating     Hibernating          At Risk              At Risk           Cannot Lose Them
 *  R=1  Lost            Hibernating          At Risk              At Risk           Cannot Lose Them
 * </pre>
 * It follows the widely used eleven-segment RFM grid (e.g. Putler's "RFM analysis" segments), read on the
 * R × FM plane.
 */
public enum RfmSegment {
    CHAMPIONS("Champions"),
    LOYAL_CUSTOMERS("Loyal Customers"),
    POTENTIAL_LOYALISTS("Potential Loyalists"),
    NEW_CUSTOMERS("New Customers"),
    PROMISING("Promising"),
    NEED_ATTENTION("Need Attention"),
    ABOUT_TO_SLEEP("About to Sleep"),
    AT_RISK("At Risk"),
    CANNOT_LOSE_THEM("Cannot Lose Them"),
    HIBERNATING("Hibernating"),
    LOST("Lost");

    private static final RfmSegment[][] MAP = {
        // FM = 1..5, rows R = 1..5
        {LOST, HIBERNATING, AT_RISK, AT_RISK, CANNOT_LOSE_THEM},
        {HIBERNATING, HIBERNATING, AT_RISK, AT_RISK, CANNOT_LOSE_THEM},
        {ABOUT_TO_SLEEP, ABOUT_TO_SLEEP, NEED_ATTENTION, LOYAL_CUSTOMERS, LOYAL_CUSTOMERS},
        {PROMISING, POTENTIAL_LOYALISTS, POTENTIAL_LOYALISTS, LOYAL_CUSTOMERS, LOYAL_CUSTOMERS},
        {NEW_CUSTOMERS, POTENTIAL_LOYALISTS, POTENTIAL_LOYALISTS, CHAMPIONS, CHAMPIONS},
    };

    private final String label;

    RfmSegment(String label) {
        this.label = label;
    }

    /** The display name, e.g. "Cannot Lose Them". */
    public String label() {
        return label;
    }

    /** The segment of scores r, f (1..5) and m (1..5, or 0 when monetary data is unavailable). */
    public static RfmSegment of(int r, int f, int m) {
        check("r", r, 1);
        check("f", f, 1);
        check("m", m, 0);
        int fm = m == 0 ? f : (f + m + 1) / 2;
        return MAP[r - 1][fm - 1];
    }

    private static void check(String name, int score, int min) {
        if (score < min || score > 5) {
            throw new IllegalArgumentException(name + " score must be in " + min + "..5, got " + score);
        }
    }
}
