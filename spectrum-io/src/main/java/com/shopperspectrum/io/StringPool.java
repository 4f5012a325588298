package com.shopperspectrum.io;

import java.util.Arrays;

/**
 * Canonical strings for character ranges: returns the same String object for equal text, creating one only
 * for text not seen before. Reading repeats the same codes and names on most rows; this keeps them from
 * becoming a new String each time. The previous result is checked first, as consecutive rows often repeat a
 * value. Open addressing with linear probing over a power-of-two table; keys are kept as char arrays so that
 * comparisons use the vectorised {@link Arrays#equals(char[], int, int, char[], int, int)}.
 */
final class StringPool {
    private static final char[] NONE = new char[0];
    private char[][] keys = new char[1 << 10][];
    private int[] hashes = new int[1 << 10];
    private int shift = 32 - 10;
    private int[] ids = new int[1 << 10];
    private String[] byId = new String[1 << 10];
    private char[][] keyById = new char[1 << 10][];
    private int size;
    private char[] lastKey = NONE;
    private int lastId = -1;

    /** The pooled string equal to {@code c[from, to)}. */
    String get(char[] c, int from, int to) {
        int id = id(c, from, to);
        return byId[id];
    }

    /** The pooled string with this id. */
    String value(int id) {
        return byId[id];
    }

    /** True when the pooled text with this id equals {@code c[from, to)}. */
    boolean matches(int id, char[] c, int from, int to) {
        char[] key = keyById[id];
        return key.length == to - from && Arrays.equals(key, 0, key.length, c, from, to);
    }

    /** The id (0, 1, 2, … in first-seen order) of the text {@code c[from, to)}, pooling it when new. */
    int id(char[] c, int from, int to) {
        if (to - from == lastKey.length && Arrays.equals(lastKey, 0, lastKey.length, c, from, to)) {
            return lastId;
        }
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + c[i];
        }
        int mask = keys.length - 1;
        int slot = slot(h);
        for (char[] k = keys[slot]; k != null; k = keys[slot]) {
            if (hashes[slot] == h && Arrays.equals(k, 0, k.length, c, from, to)) {
                lastKey = k;
                lastId = ids[slot];
                return lastId;
            }
            slot = (slot + 1) & mask;
        }
        char[] key = Arrays.copyOfRange(c, from, to);
        String value = new String(key);
        keys[slot] = key;
        hashes[slot] = h;
        ids[slot] = size;
        if (size == byId.length) {
            byId = Arrays.copyOf(byId, size * 2);
            keyById = Arrays.copyOf(keyById, size * 2);
        }
        byId[size] = value;
        keyById[size] = key;
        lastKey = key;
        lastId = size;
        if (++size * 2 > keys.length) {
            grow();
        }
        return lastId;
    }

    /** Fibonacci hashing: spreads the near-consecutive hashes of codes like 536365, 536366 over the table. */
    private int slot(int h) {
        return (h * 0x9E3779B9) >>> shift;
    }

    private void grow() {
        char[][] oldKeys = keys;
        int[] oldIds = ids;
        int[] oldHashes = hashes;
        keys = new char[oldKeys.length * 2][];
        ids = new int[oldKeys.length * 2];
        hashes = new int[oldKeys.length * 2];
        shift--;
        int mask = keys.length - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != null) {
                int slot = slot(oldHashes[i]);
                while (keys[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = oldKeys[i];
                ids[slot] = oldIds[i];
                hashes[slot] = oldHashes[i];
            }
        }
    }
}
