package com.shopperspectrum.core.data;

import java.time.LocalDateTime;

/** Small hand-checkable tables shared by core tests. */
public final class Fixtures {
    private Fixtures() {}

    /**
     * Ten raw rows: 6 clean, and one for each default rule plus a repeated row and a postage line.
     * <pre>
     *  1 INV1 APL  c1  2 x 1.50  clean
     *  2 INV1 BAN  c1  1 x 4.00  clean
     *  3 INV2 APL  c2  3 x 1.50  clean
     *  4 INV3 APL  -   1 x 1.50  missing customer
     *  5 C9   APL  c1 -2 x 1.50  cancelled
     *  6 INV4 BAN  c2  0 x 4.00  quantity &lt;= 0
     *  7 INV5 BAN  c3  1 x 0.00  price &lt;= 0
     *  8 INV1 APL  c1  2 x 1.50  clean, exact repeat of row 1
     *  9 INV6 POST c3  1 x 18.0  clean, non-product
     * 10 A7   BAN  c3  1 x 2.00  clean, adjustment invoice, no description
     * </pre>
     */
    public static TransactionTable tenRows() {
        LocalDateTime d1 = LocalDateTime.of(2011, 1, 3, 10, 0);
        LocalDateTime d2 = LocalDateTime.of(2011, 1, 10, 9, 30);
        return TransactionTable.builder()
                .add("INV1", "APL", "APPLE", 2, d1, 1.5, "c1", "UK")
                .add("INV1", "BAN", "BANANA", 1, d1, 4.0, "c1", "UK")
                .add("INV2", "APL", "APPLE", 3, d2, 1.5, "c2", "France")
                .add("INV3", "APL", "APPLE", 1, d2, 1.5, null, "UK")
                .add("C9", "APL", "APPLE", -2, d2, 1.5, "c1", "UK")
                .add("INV4", "BAN", "BANANA", 0, d2, 4.0, "c2", "France")
                .add("INV5", "BAN", "BANANA", 1, d2, 0.0, "c3", "UK")
                .add("INV1", "APL", "APPLE", 2, d1, 1.5, "c1", "UK")
                .add("INV6", "POST", "POSTAGE", 1, d2, 18.0, "c3", "UK")
                .add("A7", "BAN", null, 1, d2, 2.0, "c3", "UK")
                .build();
    }
}
