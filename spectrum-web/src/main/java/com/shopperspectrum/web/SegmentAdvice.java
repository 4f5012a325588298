package com.shopperspectrum.web;

import com.shopperspectrum.core.model.CustomerTable;
import com.shopperspectrum.core.model.SpectrumModel;
import com.shopperspectrum.core.segment.ClusterNamer;
import com.shopperspectrum.core.segment.SegmentProfile;
import com.shopperspectrum.core.segment.Segmentation;
import com.shopperspectrum.io.view.Money;
import java.util.List;

/**
 * What the pages say about a segment in words: who is in it (from its profile: "bought 9 times, last 18 days ago,
 * spent £4,100 on average"), what to do with it (by its tier: reward, cross-sell, make regular, win back), and which
 * of its customers are lapsed: in a segment that is not At-Risk but away at least as long as a typical At-Risk
 * customer (the At-Risk segment's median recency), so a "High-Value" customer gone for a year is not shown with a
 * reassuring label alone. Built once per model.
 */
final class SegmentAdvice {
    private final boolean products;
    private final Segmentation segmentation;
    private final CustomerTable customers;
    private final List<SegmentProfile> profiles;
    private final double lapsedDays;
    private final boolean[] lapsed;
    private final int[] lapsedCount;

    SegmentAdvice(Segmentation segmentation, CustomerTable customers, List<SegmentProfile> profiles) {
        this(segmentation, customers, profiles, true);
    }

    /** The advice for a model with or without products ({@code products}: {@link SpectrumModel#hasProducts()}). */
    SegmentAdvice(Segmentation segmentation, CustomerTable customers, List<SegmentProfile> profiles, boolean products) {
        this.products = products;
        this.segmentation = segmentation;
        this.customers = customers;
        this.profiles = List.copyOf(profiles);
        double days = Double.NaN;
        for (SegmentProfile p : profiles) {
            if (atRisk(p.name()) && !(p.recencyMedian() >= days)) {
                days = p.recencyMedian(); // the least lapsed At-Risk segment's typical absence
            }
        }
        this.lapsedDays = days;
        this.lapsed = new boolean[customers.size()];
        this.lapsedCount = new int[segmentation.model().k()];
        for (int i = 0; i < customers.size() && !Double.isNaN(days); i++) {
            int c = segmentation.customers().cluster(i);
            if (!atRisk(segmentation.model().names().get(c)) && customers.rfm().recency(i) >= days) {
                lapsed[i] = true;
                lapsedCount[c]++;
            }
        }
    }

    private static boolean atRisk(String name) {
        return name.startsWith(ClusterNamer.AT_RISK);
    }

    /** Whether a customer is lapsed (see the class comment). */
    boolean lapsed(int row) {
        return lapsed[row];
    }

    /** The flags of every customer, by row. */
    boolean[] lapsedFlags() {
        return lapsed.clone();
    }

    /** How many customers of a segment are lapsed. */
    int lapsedIn(int cluster) {
        return lapsedCount[cluster];
    }

    /** The absence (days) from which a customer outside At-Risk counts as lapsed; NaN without an At-Risk tier. */
    double lapsedDays() {
        return lapsedDays;
    }

    /** Who is in a segment, in words. */
    String who(SegmentProfile p, Money money) {
        String spend = Double.isNaN(p.monetaryMean())
                ? ""
                : ", spent " + money.format(p.monetaryMean()) + " on average (median "
                        + money.format(p.monetaryMedian()) + ")";
        return Words.count(p.customers(), "customer", "customers") + " (" + Format.decimal(100 * p.customerShare(), 1)
                + "% of customers"
                + (Double.isNaN(p.revenueShare())
                        ? ""
                        : ", " + Format.decimal(100 * p.revenueShare(), 1) + "% of revenue")
                + "). Typically they bought " + times(p.frequencyMedian()) + ", last "
                + Format.decimal(p.recencyMedian(), 0) + " days ago" + spend + ".";
    }

    private static String times(double n) {
        return n == 1 ? "once" : Format.decimal(n, n == Math.rint(n) ? 0 : 1) + " times";
    }

    /**
     * The suggested action for a segment of this model: {@link #action(String)}, except that a model without
     * products ({@link SpectrumModel#hasProducts()}) has nothing to cross-sell.
     */
    String actionFor(String name) {
        if (!products && name.startsWith(ClusterNamer.REGULAR)) {
            return "Raise the order value: bundles and a reason to buy more often (the data have no products, so "
                    + "there is nothing bought together to suggest).";
        }
        return action(name);
    }

    /** The suggested action for a segment, by its tier. */
    static String action(String name) {
        if (name.startsWith(ClusterNamer.HIGH_VALUE)) {
            return "Reward them and ask for reviews: thank-you offers, early access to new products, a request for a"
                    + " review or a referral. Do not discount what they buy anyway.";
        }
        if (name.startsWith(ClusterNamer.REGULAR)) {
            return "Cross-sell: suggest the products bought together with theirs (each customer's page lists them)"
                    + " and bundles that raise the order value.";
        }
        if (name.startsWith(ClusterNamer.OCCASIONAL)) {
            return "Make them regular: a follow-up after each order with a reason to come back, and reminders of"
                    + " what they bought before.";
        }
        if (name.startsWith(ClusterNamer.AT_RISK)) {
            return "Win them back with an offer before they are lost; reactivate the longest gone with a reminder, or"
                    + " stop spending on them.";
        }
        return "Look at the customers list sorted by spend and by recency to choose whom to contact.";
    }

    Segmentation segmentation() {
        return segmentation;
    }

    List<SegmentProfile> profiles() {
        return profiles;
    }
}
