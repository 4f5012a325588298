package com.shopperspectrum.core.segment;

import com.shopperspectrum.core.rfm.RfmTable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Builds the {@link SegmentProfile} of every segment and the cross-tab against the named RFM segments. */
public final class SegmentProfiler {
    /** How many countries a profile lists. */
    public static final int TOP_COUNTRIES = 3;

    private SegmentProfiler() {}

    /**
     * One profile per cluster, in cluster order.
     *
     * @param countries the country of each customer (row for row with {@code rfm}; entries may be null)
     */
    public static List<SegmentProfile> profiles(Segmentation segmentation, RfmTable rfm, String[] countries) {
        SegmentModel model = segmentation.model();
        CustomerSegments segments = segmentation.customers();
        if (segments.size() != rfm.size() || countries.length != rfm.size()) {
            throw new IllegalArgumentException("segments, RFM table and countries differ in size: " + segments.size()
                    + ", " + rfm.size() + ", " + countries.length);
        }
        double totalRevenue = 0;
        for (int i = 0; i < rfm.size(); i++) {
            totalRevenue += rfm.monetary(i);
        }
        List<SegmentProfile> out = new ArrayList<>();
        for (int c = 0; c < model.k(); c++) {
            out.add(profile(model.names().get(c), c, rows(segments, c), rfm, countries, totalRevenue));
        }
        return out;
    }

    private static SegmentProfile profile(
            String name, int cluster, int[] rows, RfmTable rfm, String[] countries, double totalRevenue) {
        double[] r = new double[rows.length];
        double[] f = new double[rows.length];
        double[] m = new double[rows.length];
        Map<String, Integer> byCountry = new TreeMap<>();
        for (int i = 0; i < rows.length; i++) {
            r[i] = rfm.recency(rows[i]);
            f[i] = rfm.frequency(rows[i]);
            m[i] = rfm.monetary(rows[i]);
            String country = countries[rows[i]] == null ? "Unknown" : countries[rows[i]];
            byCountry.merge(country, 1, Integer::sum);
        }
        double revenue = sum(m);
        double invoices = sum(f);
        return new SegmentProfile(
                name,
                cluster,
                rows.length,
                (double) rows.length / rfm.size(),
                revenue,
                revenue / totalRevenue,
                mean(r),
                median(r),
                mean(f),
                median(f),
                mean(m),
                median(m),
                invoices == 0 ? Double.NaN : revenue / invoices,
                top(byCountry));
    }

    private static List<SegmentProfile.CountryCount> top(Map<String, Integer> byCountry) {
        return byCountry.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(TOP_COUNTRIES)
                .map(e -> new SegmentProfile.CountryCount(e.getKey(), e.getValue()))
                .toList();
    }

    /** Customers per (k-means segment, named RFM segment); columns in {@link RfmSegment} order. */
    public static CrossTab crossTab(Segmentation segmentation) {
        SegmentModel model = segmentation.model();
        CustomerSegments segments = segmentation.customers();
        int[][] counts = new int[model.k()][RfmSegment.values().length];
        for (int i = 0; i < segments.size(); i++) {
            counts[segments.cluster(i)][segments.rfmSegment(i).ordinal()]++;
        }
        List<String> columns =
                Arrays.stream(RfmSegment.values()).map(RfmSegment::label).toList();
        return new CrossTab(model.names(), columns, counts);
    }

    private static int[] rows(CustomerSegments segments, int cluster) {
        int[] rows = new int[segments.size()];
        int n = 0;
        for (int i = 0; i < segments.size(); i++) {
            if (segments.cluster(i) == cluster) {
                rows[n++] = i;
            }
        }
        return Arrays.copyOf(rows, n);
    }

    private static double sum(double[] values) {
        double s = 0;
        for (double v : values) {
            s += v;
        }
        return s;
    }

    private static double mean(double[] values) {
        return values.length == 0 ? Double.NaN : sum(values) / values.length;
    }

    static double median(double[] values) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
