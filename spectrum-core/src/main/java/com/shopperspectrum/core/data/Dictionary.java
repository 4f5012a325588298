package com.shopperspectrum.core.data;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * An append-only mapping between strings and dense int ids (0, 1, 2, …) in first-seen order.
 *
 * <p>Columns of a {@link TransactionTable} hold ids instead of strings, so half a million rows cost a few
 * int arrays plus one copy of each distinct value. A dictionary is filled while a table is built and is
 * never changed after the table is published; reading from several threads is then safe.
 */
public final class Dictionary {
    private final Map<String, Integer> ids;
    private String[] values;
    private int size;

    public Dictionary() {
        this(16);
    }

    public Dictionary(int expectedSize) {
        ids = new HashMap<>(Math.max(16, expectedSize * 4 / 3 + 1));
        values = new String[Math.max(16, expectedSize)];
    }

    /** Returns the id of {@code value}, adding it when unseen. */
    public int intern(String value) {
        Integer id = ids.get(value);
        if (id != null) {
            return id;
        }
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size] = value;
        ids.put(value, size);
        return size++;
    }

    /** Returns the id of {@code value}, or -1 when the dictionary does not hold it. */
    public int indexOf(String value) {
        Integer id = ids.get(value);
        return id == null ? -1 : id;
    }

    /** Returns the value of {@code id}. */
    public String get(int id) {
        if (id < 0 || id >= size) {
            throw new IndexOutOfBoundsException("dictionary id " + id + " not in [0, " + size + ")");
        }
        return values[id];
    }

    public int size() {
        return size;
    }

    /** A copy of the values in id order. */
    public String[] values() {
        return Arrays.copyOf(values, size);
    }

    /** Builds a dictionary holding {@code values} with ids in the given order. */
    public static Dictionary of(String... values) {
        Dictionary d = new Dictionary(values.length);
        for (String v : values) {
            d.intern(v);
        }
        return d;
    }
}
