package com.shopperspectrum.io.read;

import java.util.Arrays;

/**
 * Canonical strings for ranges of UTF-8 bytes, with dense ids in first-seen order: returns the same String object
 * for equal text, creating one only for text not seen before, so that rows repeating the same codes and names
 * do not each become new Strings. The previous result is checked first, as consecutive rows often repeat a
 * value. Open addressing with linear probing; each slot is one {@code long} (hash and id), so a probe touches
 * one array. The keys' bytes lie end to end in one array (no object per key to miss in the cache) and are
 * compared eight at a time ({@link Utf8#equal}); most keys are a few bytes long, where {@link Arrays#equals}'s
 * range checks and vectorised set-up cost more than the compare itself (BENCHMARKS.md, reading).
 */
final class StringPool {
    /** {@code hash << 32 | (id + 1)}; 0 is an empty slot. */
    private long[] slots = new long[1 << 10];

    private int shift = 32 - 10;
    private String[] values = new String[256];
    /** The key of id {@code i} is {@code text[keyEnd[i - 1], keyEnd[i])} ({@code keyEnd[-1]} = 0). */
    private byte[] text = new byte[4096];

    private int[] keyEnd = new int[256];
    private int size;
    private int lastId = -1;

    /** The pooled string equal to the UTF-8 text {@code c[from, to)}. */
    String get(byte[] c, int from, int to) {
        int id = id(c, from, to);
        return values[id];
    }

    /** The pooled string with this id. */
    String value(int id) {
        return values[id];
    }

    /** True when the pooled text with this id equals {@code c[from, to)}. */
    boolean matches(int id, byte[] c, int from, int to) {
        int k = id == 0 ? 0 : keyEnd[id - 1];
        return keyEnd[id] - k == to - from && Utf8.equal(text, k, c, from, to - from);
    }

    /** The id (0, 1, 2, … in first-seen order) of the text {@code c[from, to)}, pooling it when new. */
    int id(byte[] c, int from, int to) {
        if (lastId >= 0 && matches(lastId, c, from, to)) {
            return lastId;
        }
        int h = hash(c, from, to);
        int mask = slots.length - 1;
        int slot = slot(h);
        for (long entry = slots[slot]; entry != 0; entry = slots[slot]) {
            if ((int) (entry >>> 32) == h) {
                int id = (int) entry - 1;
                if (matches(id, c, from, to)) {
                    lastId = id;
                    return id;
                }
            }
            slot = (slot + 1) & mask;
        }
        return add(c, from, to, h, slot);
    }

    /** A polynomial hash of the range (as {@link String#hashCode()}, over bytes), four bytes a step so the
     * multiplications overlap. */
    static int hash(byte[] c, int from, int to) {
        int h = 0;
        int i = from;
        for (; i + 3 < to; i += 4) {
            h = 923_521 * h + 29_791 * c[i] + 961 * c[i + 1] + 31 * c[i + 2] + c[i + 3];
        }
        for (; i < to; i++) {
            h = 31 * h + c[i];
        }
        return h;
    }

    private int add(byte[] c, int from, int to, int h, int slot) {
        int id = size++;
        if (id == values.length) {
            values = Arrays.copyOf(values, id * 2);
            keyEnd = Arrays.copyOf(keyEnd, id * 2);
        }
        int start = id == 0 ? 0 : keyEnd[id - 1];
        int length = to - from;
        if (start + length > text.length) {
            text = Arrays.copyOf(text, (int)
                    Math.min(Integer.MAX_VALUE - 8, Math.max(2L * text.length, (long) start + length)));
        }
        System.arraycopy(c, from, text, start, length);
        keyEnd[id] = start + length;
        values[id] = Utf8.string(c, from, to);
        slots[slot] = (long) h << 32 | (id + 1L);
        if (size * 2 > slots.length) {
            grow();
        }
        lastId = id;
        return id;
    }

    /** Fibonacci hashing: spreads the near-consecutive hashes of codes like 536365, 536366 over the table. */
    private int slot(int h) {
        return (h * 0x9E3779B9) >>> shift;
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        shift--;
        int mask = slots.length - 1;
        for (long entry : old) {
            if (entry != 0) {
                int slot = slot((int) (entry >>> 32));
                while (slots[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                slots[slot] = entry;
            }
        }
    }
}
