package com.shopperspectrum.spark;

import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * The co-occurrence products of a partition's rows (one row = one customer or invoice with its weighted items),
 * summed per item pair in a primitive hash map before anything is shuffled: in-mapper combining, so the shuffle
 * carries one (pair, partial dot product) per distinct pair and partition instead of one row per co-occurrence
 * (Online Retail: 24 million co-occurrences). The map is emptied downstream whenever it holds
 * {@link #FLUSH_AT} pairs, which bounds a task's memory (about 40 MB) whatever the data.
 *
 * <p>Input rows: (row, items) with items a list of (tagged item, weight), where the tagged item is
 * 2 × index + candidate. Output rows: (key, p) with key = tagged i &lt;&lt; 32 | tagged j for i &lt; j, at least one
 * of them a candidate.
 */
final class PairSums implements MapPartitionsFunction<Row, Row> {
    static final int FLUSH_AT = 1 << 21;
    private static final long EMPTY = -1L;

    @Override
    public Iterator<Row> call(Iterator<Row> rows) {
        return new Iterator<>() {
            private final Sums sums = new Sums();
            private long[] keys = new long[0];
            private double[] values = new double[0];
            private int next;

            @Override
            public boolean hasNext() {
                while (next == keys.length && rows.hasNext()) {
                    while (rows.hasNext() && sums.size < FLUSH_AT) {
                        add(rows.next().getList(1));
                    }
                    keys = sums.keys();
                    values = sums.values(keys);
                    sums.clear();
                    next = 0;
                }
                return next < keys.length;
            }

            @Override
            public Row next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                Row r = RowFactory.create(keys[next], values[next]);
                next++;
                return r;
            }

            private void add(List<Row> cells) {
                int n = cells.size();
                long[] packed = new long[n];
                double[] weight = new double[n];
                for (int c = 0; c < n; c++) {
                    packed[c] = ((long) cells.get(c).getInt(0) << 32) | c;
                }
                Arrays.sort(packed);
                int[] item = new int[n];
                for (int c = 0; c < n; c++) {
                    item[c] = (int) (packed[c] >>> 32);
                    weight[c] = cells.get((int) packed[c]).getDouble(1);
                }
                for (int x = 0; x < n; x++) {
                    for (int y = x + 1; y < n; y++) {
                        if (((item[x] | item[y]) & 1) == 1) {
                            sums.add(((long) item[x] << 32) | item[y], weight[x] * weight[y]);
                        }
                    }
                }
            }
        };
    }

    /** Open addressing from non-negative long keys to double sums (linear probing, power-of-two capacity). */
    private static final class Sums {
        private long[] keys = filled(1 << 16);
        private double[] sums = new double[1 << 16];
        private int size;

        private static long[] filled(int capacity) {
            long[] k = new long[capacity];
            Arrays.fill(k, EMPTY);
            return k;
        }

        void add(long key, double value) {
            int mask = keys.length - 1;
            int at = (int) (mix(key) & mask);
            while (keys[at] != EMPTY && keys[at] != key) {
                at = (at + 1) & mask;
            }
            if (keys[at] == key) {
                sums[at] += value;
                return;
            }
            keys[at] = key;
            sums[at] = value;
            if (++size * 2 > keys.length) {
                grow();
            }
        }

        private void grow() {
            long[] oldKeys = keys;
            double[] oldSums = sums;
            keys = filled(oldKeys.length * 2);
            sums = new double[oldKeys.length * 2];
            int mask = keys.length - 1;
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldKeys[i] != EMPTY) {
                    int at = (int) (mix(oldKeys[i]) & mask);
                    while (keys[at] != EMPTY) {
                        at = (at + 1) & mask;
                    }
                    keys[at] = oldKeys[i];
                    sums[at] = oldSums[i];
                }
            }
        }

        private static long mix(long key) {
            long h = key * 0x9E3779B97F4A7C15L;
            return h ^ (h >>> 29);
        }

        long[] keys() {
            long[] out = new long[size];
            int n = 0;
            for (long k : keys) {
                if (k != EMPTY) {
                    out[n++] = k;
                }
            }
            return out;
        }

        double[] values(long[] forKeys) {
            double[] out = new double[forKeys.length];
            int n = 0;
            for (int i = 0; i < keys.length; i++) {
                if (keys[i] != EMPTY) {
                    out[n++] = sums[i];
                }
            }
            return out;
        }

        void clear() {
            Arrays.fill(keys, EMPTY);
            size = 0;
        }
    }
}
