package com.shopperspectrum.core.data;

import java.util.Arrays;

/**
 * Value equality for a class whose state is arrays: two instances of the same class are equal when their
 * {@link #state()} arrays are equal as {@link Arrays#deepEquals} compares them (contents, not identity), and the
 * hash code is {@link Arrays#deepHashCode} of the same. The one place for that rule, so that each array-backed
 * class names its state once instead of spelling out an {@code equals} and a {@code hashCode}.
 */
public abstract class ArrayValue {
    /** The fields that make up this value, in a fixed order (arrays and values). */
    protected abstract Object[] state();

    @Override
    public final boolean equals(Object o) {
        return o != null && o.getClass() == getClass() && Arrays.deepEquals(state(), ((ArrayValue) o).state());
    }

    @Override
    public final int hashCode() {
        return Arrays.deepHashCode(state());
    }
}
