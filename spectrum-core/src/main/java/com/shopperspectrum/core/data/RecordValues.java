package com.shopperspectrum.core.data;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;

/**
 * Value equality for a record with array components (whose generated {@code equals} compares arrays by identity):
 * two records of the same class are equal when all their components are equal as {@link Arrays#deepEquals}
 * compares them, read through the accessors. A record calls {@link #equal} from {@code equals} and {@link #hash}
 * from {@code hashCode}; the one place for that rule (as {@link ArrayValue} is for classes).
 */
public final class RecordValues {
    private RecordValues() {}

    public static boolean equal(Record self, Object other) {
        return other != null && other.getClass() == self.getClass() && Arrays.deepEquals(state(self), state(other));
    }

    public static int hash(Record self) {
        return Arrays.deepHashCode(state(self));
    }

    private static Object[] state(Object record) {
        RecordComponent[] components = record.getClass().getRecordComponents();
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            try {
                values[i] = components[i].getAccessor().invoke(record);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read " + components[i].getName() + " of a record", e);
            }
        }
        return values;
    }
}
