package com.shopperspectrum.core.cohort;

import com.shopperspectrum.core.data.TransactionTable;
import java.time.LocalDateTime;

/** Small clean tables for the cohort tests. */
final class CohortFixtures {
    private CohortFixtures() {}

    /**
     * Four customers from 2011-01-10 to 2011-03-31, one invoice per purchase:
     * <pre>
     *  c1  2011-01-10 Mon  2 x  5.00 = 10   and 2011-03-05 Sat  3 x 10 = 30   (months 0 and 2 only)
     *  c2  2011-01-31 Mon 23:30  1 x 10 = 10 (last day of January) and 2011-02-01 Tue  1 x 5 = 5
     *  c3  2011-02-15  4 x 2.50 = 10   and 2011-03-20  1 x 5 = 5
     *  c4  2011-03-31  2 x 10 = 20   (first purchase after A = 2011-03-01; recency 1 as of 2011-04-01)
     * </pre>
     */
    static TransactionTable.Builder shop() {
        return TransactionTable.builder()
                .add("1", "P", "P", 2, LocalDateTime.of(2011, 1, 10, 10, 0), 5.0, "c1", "UK")
                .add("2", "P", "P", 1, LocalDateTime.of(2011, 1, 31, 23, 30), 10.0, "c2", "UK")
                .add("3", "P", "P", 1, LocalDateTime.of(2011, 2, 1, 9, 0), 5.0, "c2", "UK")
                .add("4", "P", "P", 4, LocalDateTime.of(2011, 2, 15, 12, 0), 2.5, "c3", "UK")
                .add("5", "P", "P", 3, LocalDateTime.of(2011, 3, 5, 8, 0), 10.0, "c1", "UK")
                .add("6", "P", "P", 1, LocalDateTime.of(2011, 3, 20, 8, 0), 5.0, "c3", "UK")
                .add("7", "P", "P", 2, LocalDateTime.of(2011, 3, 31, 18, 0), 10.0, "c4", "UK");
    }
}
