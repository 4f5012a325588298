package com.shopperspectrum.io;

import java.util.Arrays;

/**
 * Canonical strings for character ranges: returns the same String object for equal text, creating one only
 * for text not seen before. Reading repeats the same codes and names on most rows; this keeps them from
 * becoming a new String each time. Open addressing with linear probing over a power-of-two table.
 */
final class StringPool {
    private String[] table = new String[1 << 10];
    private int[] hashes = new int[1 << 10];
    private int size;

    /** The pooled string equal to {@code c[from, to)}. */
    String get(char[] c, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + c[i];
        }
        int mask = table.length - 1;
        int slot = mix(h) & mask;
        for (String s = table[slot]; s != null; s = table[slot]) {
            if (hashes[slot] == h && equal(s, c, from, to)) {
                return s;
            }
            slot = (slot + 1) & mask;
        }
        String s = new String(c, from, to - from);
        table[slot] = s;
        hashes[slot] = h;
        if (++size * 2 > table.length) {
            grow();
        }
        return s;
    }

    private static int mix(int h) {
        return h ^ (h >>> 16) ^ (h >>> 7);
    }

    private static boolean equal(String s, char[] c, int from, int to) {
        int n = to - from;
        if (s.length() != n) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (s.charAt(i) != c[from + i]) {
                return false;
            }
        }
        return true;
    }

    private void grow() {
        String[] oldTable = table;
        int[] oldHashes = hashes;
        table = new String[oldTable.length * 2];
        hashes = new int[oldTable.length * 2];
        int mask = table.length - 1;
        for (int i = 0; i < oldTable.length; i++) {
            if (oldTable[i] != null) {
                int slot = mix(oldHashes[i]) & mask;
                while (table[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                table[slot] = oldTable[i];
                hashes[slot] = oldHashes[i];
            }
        }
        Arrays.fill(oldTable, null);
    }
}
