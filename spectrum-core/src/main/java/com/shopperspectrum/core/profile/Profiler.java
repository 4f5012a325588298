package com.shopperspectrum.core.profile;

import com.shopperspectrum.core.clean.CleaningReport;
import com.shopperspectrum.core.clean.CleaningResult;
import com.shopperspectrum.core.clean.CleaningRule;
import com.shopperspectrum.core.data.InvalidInputException;
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
        Totals totals = new Totals(
                distinct(clean.size(), clean::product),
                distinct(clean.size(), clean::invoice),
                distinct(clean.size(), clean::country),
                money ? revenue(clean) : null,
                first(clean),
                last(clean),
                codesWithSeveralDescriptions(cleaning.raw()));
        DataProfile profile = of(
                cleaning.report(),
                totals,
                productTotals(clean, descriptions),
                monthly(clean),
                countries(clean),
                new RfmCalculator().compute(clean));
        return clean.hasProducts() && cleaning.raw().hasProducts() ? profile : profile.withoutProducts();
    }

    /**
     * Aggregates of the clean rows (and one of the raw rows) that a profile needs beyond the cleaning report.
     *
     * @param products  distinct products of the clean rows
     * @param invoices  distinct invoices of the clean rows
     * @param countries distinct (known) countries of the clean rows
     * @param revenue   sum of quantity × unit price of the clean rows, null without prices
     * @param firstDate the earliest clean date-time, null when there are no clean rows
     * @param lastDate  the latest clean date-time, null when there are no clean rows
     * @param codesWithSeveralDescriptions stock codes with more than one description among the raw rows
     */
    public record Totals(
            long products,
            long invoices,
            long countries,
            Double revenue,
            LocalDateTime firstDate,
            LocalDateTime lastDate,
            long codesWithSeveralDescriptions) {}

    /**
     * The profile from aggregates computed by either engine: this applies the profile's rules (the rows table, top
     * ten merchandise products by quantity and by revenue, months in calendar order, countries by revenue, RFM distributions).
     *
     * @param report    what cleaning removed
     * @param totals    the totals of the clean rows
     * @param products  every product of the clean rows with its totals, in any order (description: the most
     *                  frequent among the raw rows)
     * @param months    every calendar month of the clean rows, in any order
     * @param countries every country of the clean rows ("(missing)" for rows without one), in any order
     * @param rfm       RFM of the clean rows (snapshot: the day after the last purchase)
     */
    public static DataProfile of(
            CleaningReport report,
            Totals totals,
            List<DataProfile.ProductTotal> products,
            List<DataProfile.Month> months,
            List<DataProfile.Country> countries,
            RfmTable rfm) {
        boolean money = totals.revenue() != null;
        checkSums(totals, products, months, countries);
        Map<String, Long> quality = quality(report, totals.codesWithSeveralDescriptions());
        List<DataProfile.Month> byMonth = new ArrayList<>(months);
        byMonth.sort(Comparator.comparing(DataProfile.Month::month));
        List<DataProfile.Country> byCountry = new ArrayList<>(countries);
        byCountry.sort(
                Comparator.comparingDouble((DataProfile.Country c) -> c.revenue() == null ? c.invoices() : c.revenue())
                        .reversed()
                        .thenComparing(DataProfile.Country::country));
        return new DataProfile(
                rows(report),
                report.reversedRevenue(),
                rfm.size(),
                totals.products(),
                totals.invoices(),
                totals.countries(),
                totals.revenue(),
                money,
                totals.firstDate(),
                totals.lastDate(),
                quality,
                topProducts(merchandise(products, report.options().nonProducts()), money),
                byMonth,
                byCountry,
                rfmDistributions(rfm),
                false);
    }

    /**
     * Fails when a money sum left the range of a double (it would print as Infinity or NaN): only line totals
     * near {@link Double#MAX_VALUE} get there, which the file reader refuses, so this guards other sources.
     */
    private static void checkSums(
            Totals totals,
            List<DataProfile.ProductTotal> products,
            List<DataProfile.Month> months,
            List<DataProfile.Country> countries) {
        checkSum(totals.revenue(), "the revenue of the clean rows");
        products.forEach(p -> checkSum(p.revenue(), "the revenue of product " + p.stockCode()));
        months.forEach(m -> checkSum(m.revenue(), "the revenue of " + m.month()));
        countries.forEach(c -> checkSum(c.revenue(), "the revenue of " + c.country()));
    }

    private static void checkSum(Double sum, String what) {
        if (sum != null && !Double.isFinite(sum)) {
            throw new InvalidInputException(what + " overflows (the sum of its line totals is beyond ±"
                    + Double.MAX_VALUE + "); look for wrong prices or quantities, e.g. a price of 1e308");
        }
    }

    /** The products that are merchandise: postage, fees and other non-product codes are no "top product". */
    private static List<DataProfile.ProductTotal> merchandise(
            List<DataProfile.ProductTotal> products, com.shopperspectrum.core.clean.NonProductCodes nonProducts) {
        return products.stream()
                .filter(p -> !nonProducts.matches(p.stockCode()))
                .toList();
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

    private static Map<String, Long> quality(CleaningReport report, long codesWithSeveralDescriptions) {
        Map<String, Long> q = new LinkedHashMap<>();
        q.put("duplicateRows", report.duplicateRows());
        q.put("nonProductRows", report.nonProductRows());
        q.put("adjustmentRows", report.adjustmentRows());
        q.put("missingDescription", report.missingDescription());
        q.put("codesWithSeveralDescriptions", codesWithSeveralDescriptions);
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

    private static List<DataProfile.ProductTotal> productTotals(TransactionTable t, String[] descriptions) {
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
        present.stream()
                .forEach(p -> all.add(new DataProfile.ProductTotal(
                        t.products().get(p), descriptions[p], quantity[p], t.hasPrices() ? revenue[p] : null)));
        return all;
    }

    private static DataProfile.TopProducts topProducts(List<DataProfile.ProductTotal> all, boolean money) {
        Comparator<DataProfile.ProductTotal> byCode = Comparator.comparing(DataProfile.ProductTotal::stockCode);
        List<DataProfile.ProductTotal> byQuantity = all.stream()
                .sorted(Comparator.comparingLong(DataProfile.ProductTotal::quantity)
                        .reversed()
                        .thenComparing(byCode))
                .limit(TOP)
                .toList();
        List<DataProfile.ProductTotal> byRevenue = !money
                ? List.of()
                : all.stream()
                        .sorted(Comparator.comparingDouble((DataProfile.ProductTotal p) -> p.revenue())
                                .reversed()
                                .thenComparing(byCode))
                        .limit(TOP)
                        .toList();
        return new DataProfile.TopProducts(byQuantity, byRevenue);
    }

    private static List<DataProfile.Month> monthly(TransactionTable t) {
        Map<YearMonth, Group> groups = new TreeMap<>();
        for (int r = 0; r < t.size(); r++) {
            LocalDateTime at = t.dateTime(r);
            groups.computeIfAbsent(YearMonth.of(at.getYear(), at.getMonth()), k -> new Group())
                    .add(t, r);
        }
        List<DataProfile.Month> out = new ArrayList<>();
        groups.forEach((m, g) -> out.add(new DataProfile.Month(
                m.toString(), g.revenue(t), g.invoices.cardinality(), g.customers.cardinality())));
        return out;
    }

    private static List<DataProfile.Country> countries(TransactionTable t) {
        Map<Integer, Group> groups = new LinkedHashMap<>();
        for (int r = 0; r < t.size(); r++) {
            groups.computeIfAbsent(t.country(r), k -> new Group()).add(t, r);
        }
        List<DataProfile.Country> out = new ArrayList<>();
        groups.forEach((c, g) -> out.add(new DataProfile.Country(
                c < 0 ? "(missing)" : t.countries().get(c),
                g.revenue(t),
                g.invoices.cardinality(),
                g.customers.cardinality())));
        return out;
    }

    /** The RFM distributions; null without customers (an empty sample has no quantiles: they are not NaN). */
    private static DataProfile.Rfm rfmDistributions(RfmTable rfm) {
        if (rfm.size() == 0) {
            return null;
        }
        return new DataProfile.Rfm(
                Distribution.of(rfm.recencies()),
                Distribution.of(rfm.frequencies()),
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
