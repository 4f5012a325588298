package com.shopperspectrum.io.read;

import com.shopperspectrum.core.data.Dictionary;
import java.util.Arrays;

/**
 * One text column while reading: a {@link StringPool} for the characters of every row (rejected rows included)
 * and the table's {@link Dictionary}, into which a pooled value is interned only the first time an accepted row
 * uses it. The table's ids thus stay in first-accepted order, as if every row's string had been interned, while
 * each distinct value is hashed into the dictionary once instead of once per row.
 */
final class PooledColumn {
    private final StringPool pool = new StringPool();
    private final Dictionary dictionary;
    /** Dictionary id + 1 of each pool id; 0 = not interned yet. */
    private int[] tableIds = new int[256];

    PooledColumn(Dictionary dictionary) {
        this.dictionary = dictionary;
    }

    StringPool pool() {
        return pool;
    }

    /** The dictionary id of the pooled value {@code poolId} (-1 stays -1, missing), interning it when new. */
    int tableId(int poolId) {
        if (poolId < 0) {
            return -1;
        }
        if (poolId >= tableIds.length) {
            tableIds = Arrays.copyOf(tableIds, Math.max(tableIds.length * 2, poolId + 1));
        }
        int id = tableIds[poolId] - 1;
        if (id < 0) {
            id = dictionary.intern(pool.value(poolId));
            tableIds[poolId] = id + 1;
        }
        return id;
    }
}
