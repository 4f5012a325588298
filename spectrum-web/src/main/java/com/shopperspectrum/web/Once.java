package com.shopperspectrum.web;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A value computed on first use and then kept: the first request that needs it computes it, requests at the same
 * time wait for that one, and a model that is never asked for it (a report, a swap in the upload page) never
 * pays for it.
 */
final class Once<T> implements Supplier<T> {
    private final Supplier<T> compute;
    private volatile T value;

    Once(Supplier<T> compute) {
        this.compute = Objects.requireNonNull(compute, "compute");
    }

    @Override
    public T get() {
        T v = value;
        if (v == null) {
            synchronized (this) {
                v = value;
                if (v == null) {
                    v = Objects.requireNonNull(compute.get(), "a computed value");
                    value = v;
                }
            }
        }
        return v;
    }
}
