package com.shopperspectrum.core.recommend;

import com.shopperspectrum.core.data.TransactionTable;
import java.time.LocalDateTime;

/** Builds small clean tables for tests: lines of "invoice customer code qty [day]". */
final class Tables {
    static final LocalDateTime START = LocalDateTime.of(2011, 1, 1, 10, 0);

    private Tables() {}

    /** Each line: {@code invoice customer stockCode quantity [dayOffset]}; description is "ITEM <code>". */
    static TransactionTable of(String... lines) {
        TransactionTable.Builder b = TransactionTable.builder();
        for (String line : lines) {
            String[] f = line.trim().split("\\s+");
            int day = f.length > 4 ? Integer.parseInt(f[4]) : 0;
            b.add(f[0], f[2], "ITEM " + f[2], Integer.parseInt(f[3]), START.plusDays(day), 1.5, f[1], "UK");
        }
        return b.build();
    }
}
