package com.shopperspectrum.core.profile;

import com.shopperspectrum.core.clean.CleaningReport;
import com.shopperspectrum.core.clean.CleaningResult;
import com.shopperspectrum.core.clean.CleaningRule;
import com.shopperspectrum.core.data.ProductDescriptions;
import com.shopperspectrum.core.data.TransactionTable;
import com.shopperspectrum.core.rfm.RfmCalculator;
import com.shopperspectrum.core.rfm.RfmTable;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Builds the {@link DataProfile} of a cleaned data set. Aggregates are computed on the clean rows; quality
 * counts on the raw rows. One pass per aggregate over primitive columns.
 */
public final class Profiler {
    private static final int TOP = 10;

    public DataProfile profile(CleaningResult cleaning) {
        TransactionTable clean = cleaning.clean();
        boolean money = clean.hasPrices();
        String[] descriptions = ProductDescriptions.mostFrequent(cleaning.raw());
        RfmTable rfm = new RfmCalculator().compute(clean);
        return new DataProfile(rows(cleaning.report()), rfm.size(), distinct(clean.size(), clean::product),
                distinct(clean.size(), clean::invoice), distinct(clean.size(), clean::country),
                money ? revenue(clean) : null, money, first(clean), last(clean), quality(cleaning, descriptions),
                topProducts(clean, descriptions), monthly(clean), countries(clean), rfmDistributions(rfm));
    }

    private static Map<String, Long> rows(CleaningReport report) {
        Map<String, Long> rows = new LinkedHashMap<>();
        rows.put("raw", report.raw());
        for (CleaningRule rule : CleaningRule.values()) {
            if (report.applied(rule)) {
                rows.put(rule.key(), report.removedBy(rule));
            }
        }
        rows.put("clean", report.clean());
        return rows;
    }

    private static Map<String, Long> quality(CleaningResult cleaning, String[] descriptions) {
        CleaningReport report = cleaning.report();
        Map<String, Long> q = new LinkedHashMap<>();
        q.put("duplicateRows", report.duplicateRows());
        q.put("nonProductRows", report.nonProductRows());
        q.put("adjustmentRows", report.adjustmentRows());
        q.put("missingDescription", report.missingDescription());
        q.put("codesWithSeveralDescriptions", codesWithSeveralDescriptions(cleaning.raw()));
        return q;
    }

    private static long codesWithSeveralDescriptions(TransactionTable raw) {
        int[] first = new int[raw.products().size()];
        java.util.Arrays.fill(first, -1);
        BitSet several = new BitSet(first.length);
        for (int r = 0; r < raw.size(); r++) {
            int d = raw.description(r);
            if (d < 0) {
                continue;
            }
            int p = raw.product(r);
            if (first[p] < 0) {
                first[p] = d;
            } else if (first[p] != d) {
                several.set(p);
            }
        }
        return several.cardinality();
    }

    private static long distinct(int rows, java.util.function.IntUnaryOperator column) {
        BitSet seen = new BitSet();
        for (int r = 0; r < rows; r++) {
            int v = column.applyAsInt(r);
            if (v >= 0) {
                seen.set(v);
            }
        }
        return seen.cardinality();
    }

    /** Compensated (Kahan–Neumaier) sum: a plain double sum of 400,000 lines drifts by 4e-6. */
    private static double revenue(TransactionTable t) {
        double sum = 0;
        double compensation = 0;
        for (int r = 0; r < t.size(); r++) {
            double x = t.amount(r);
            double s = sum + x;
            compensation += Math.abs(sum) >= Math.abs(x) ? (sum - s) + x : (x - s) + sum;
            sum = s;
        }
        return sum + compensation;
    }

    private static LocalDateTime first(TransactionTable t) {
        long min = Long.MAX_VALUE;
        for (int r = 0; r < t.size(); r++) {
            min = Math.min(min, t.time(r));
        }
        return t.size() == 0 ? null : TransactionTable.toDateTime(min);
    }

    private static LocalDateTime last(TransactionTable t) {
        long max = Long.MIN_VALUE;
        for (int r = 0; r < t.size(); r++) {
            max = Math.max(max, t.time(r));
        }
        return t.size() == 0 ? null : TransactionTable.toDateTime(max);
    }

    private static DataProfile.TopProducts topProducts(TransactionTable t, String[] descriptions) {
        int n = t.products().size();
        long[] quantity = new long[n];
        double[] revenue = new double[n];
        BitSet present = new BitSet(n);
        for (int r = 0; r < t.size(); r++) {
            quantity[t.product(r)] += t.quantity(r);
            revenue[t.product(r)] += t.amount(r);
            present.set(t.product(r));
        }
        List<DataProfile.ProductTotal> all = new ArrayList<>();
        present.stream().forEach(p -> all.add(new DataProfile.ProductTotal(t.products().get(p), descriptions[p],
                quantity[p], t.hasPrices() ? revenue[p] : null)));
        Comparator<DataProfile.ProductTotal> byCode = Comparator.comparing(DataProfile.ProductTotal::stockCode);
        List<DataProfile.ProductTotal> byQuantity = all.stream()
                .sorted(Comparator.comparingLong(DataProfile.ProductTotal::quantity).reversed().thenComparing(byCode))
                .limit(TOP).toList();
        List<DataProfile.ProductTotal> byRevenue = !t.hasPrices() ? List.of() : all.stream()
                .sorted(Comparator.comparingDouble((DataProfile.ProductTotal p) -> p.revenue()).reversed()
                        .thenComparing(byCode))
                .limit(TOP).toList();
        return new DataProfile.TopProducts(byQuantity, byRevenue);
    }

    private static List<DataProfile.Month> monthly(TransactionTable t) {
        Map<YearMonth, Group> groups = new TreeMap<>();
        for (int r = 0; r < t.size(); r++) {
            LocalDateTime at = t.dateTime(r);
            groups.computeIfAbsent(YearMonth.of(at.getYear(), at.getMonth()), k -> new Group()).add(t, r);
        }
        List<DataProfile.Month> out = new ArrayList<>();
        groups.forEach((m, g) -> out.add(new DataProfile.Month(m.toString(), g.revenue(t), g.invoices.cardinality(),
                g.customers.cardinality())));
        return out;
    }

    private static List<DataProfile.Country> countries(TransactionTable t) {
        Map<Integer, Group> groups = new LinkedHashMap<>();
        for (int r = 0; r < t.size(); r++) {
            groups.computeIfAbsent(t.country(r), k -> new Group()).add(t, r);
        }
        List<DataProfile.Country> out = new ArrayList<>();
        groups.forEach((c, g) -> out.add(new DataProfile.Country(c < 0 ? "(missing)" : t.countries().get(c),
                g.revenue(t), g.invoices.cardinality(), g.customers.cardinality())));
        out.sort(Comparator.comparingDouble((DataProfile.Country c) -> c.revenue() == null ? c.invoices() : c.revenue())
                .reversed().thenComparing(DataProfile.Country::country));
        return out;
    }

    private static DataProfile.Rfm rfmDistributions(RfmTable rfm) {
        return new DataProfile.Rfm(Distribution.of(rfm.recencies()), Distribution.of(rfm.frequencies()),
                rfm.hasMonetary() ? Distribution.of(rfm.monetaries()) : null);
    }

    /** Revenue, invoices and customers of a group of rows. */
    private static final class Group {
        private double revenue;
        private final BitSet invoices = new BitSet();
        private final BitSet customers = new BitSet();

        void add(TransactionTable t, int r) {
            revenue += t.amount(r);
            invoices.set(t.invoice(r));
            if (t.customer(r) >= 0) {
                customers.set(t.customer(r));
            }
        }

        Double revenue(TransactionTable t) {
            return t.hasPrices() ? revenue : null;
        }
    }
}
