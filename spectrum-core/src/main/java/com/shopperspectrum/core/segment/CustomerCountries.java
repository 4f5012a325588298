package com.shopperspectrum.core.segment;

import com.shopperspectrum.core.data.LongSort;
import com.shopperspectrum.core.data.TransactionTable;
import com.shopperspectrum.core.rfm.RfmTable;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The country of each customer: the country of most of their clean rows (a few customers buy from several
 * countries); ties go to the alphabetically first country; null when none of their rows has a country.
 */
public final class CustomerCountries {
    private CustomerCountries() {}

    /**
     * One country per row of {@code rfm} from rows already counted per (customer, country) pair, in any order
     * (what another engine aggregates); pairs of customers not in {@code rfm} are ignored.
     */
    public static String[] fromCounts(RfmTable rfm, String[] customerIds, String[] countries, long[] rows) {
        String[] out = new String[rfm.size()];
        long[] best = new long[out.length];
        Map<String, Integer> rowOf = new HashMap<>(out.length * 4 / 3 + 1);
        for (int i = 0; i < out.length; i++) {
            rowOf.put(rfm.customerId(i), i);
        }
        for (int i = 0; i < customerIds.length; i++) {
            int row = rowOf.getOrDefault(customerIds[i], -1);
            if (row >= 0 && countries[i] != null && better(rows[i], countries[i], best[row], out[row])) {
                best[row] = rows[i];
                out[row] = countries[i];
            }
        }
        return out;
    }

    /** The rule: more rows, then the alphabetically first country. */
    private static boolean better(long rows, String country, long bestRows, String best) {
        return rows > bestRows || (rows == bestRows && best != null && country.compareTo(best) < 0);
    }

    /** One country per row of {@code rfm}, from the clean rows of {@code clean}. */
    public static String[] of(TransactionTable clean, RfmTable rfm) {
        long[] pairs = new long[clean.size()];
        int count = 0;
        for (int r = 0; r < clean.size(); r++) {
            if (clean.customer(r) >= 0 && clean.country(r) >= 0) {
                pairs[count++] = ((long) clean.customer(r) << 32) | clean.country(r);
            }
        }
        long[] sorted = Arrays.copyOf(pairs, count);
        LongSort.sort(sorted);
        String[] byCustomer = new String[clean.customers().size()];
        int[] bestCount = new int[byCustomer.length];
        for (int i = 0; i < count; ) {
            int j = i;
            while (j < count && sorted[j] == sorted[i]) {
                j++;
            }
            int customer = (int) (sorted[i] >>> 32);
            String country = clean.countries().get((int) sorted[i]);
            int rows = j - i;
            if (better(rows, country, bestCount[customer], byCustomer[customer])) {
                bestCount[customer] = rows;
                byCustomer[customer] = country;
            }
            i = j;
        }
        String[] out = new String[rfm.size()];
        for (int i = 0; i < out.length; i++) {
            int id = clean.customers().indexOf(rfm.customerId(i));
            out[i] = id < 0 ? null : byCustomer[id];
        }
        return out;
    }
}
