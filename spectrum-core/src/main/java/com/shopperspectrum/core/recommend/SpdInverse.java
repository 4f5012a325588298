package com.shopperspectrum.core.recommend;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * In-place inverse of a dense symmetric positive-definite matrix, {@code double[n*n]} (row-major or
 * column-major alike: the matrix is symmetric, and so is its inverse, which fills both triangles). EASE's
 * ({@link EaseRegression}) one O(n³) step, on the Gram matrix plus λI.
 *
 * <p>{@link #fastest()} picks native LAPACK ({@link NativeSpdInverse}: Cholesky factor and inverse,
 * {@code dpotrf}/{@code dpotri}, through the system's OpenBLAS) when it loads, else the hand-written
 * {@link GaussJordanInverse}, which is faster than the pure-Java translation of LAPACK (F2J) on this size of
 * problem. {@link #name()} says which one ran, for the model's timings and warnings.
 */
public interface SpdInverse {
    /** Replaces {@code a} (n × n, SPD) by its inverse; fails when it is not positive definite. */
    void invertInPlace(double[] a, int n);

    /**
     * The inverse of the SPD matrix whose row-major upper triangle ({@code a[i*n + j]}, j ≥ i) {@code a} holds: on
     * return that triangle holds the inverse's, and the strict lower triangle is unspecified (the caller reads the
     * symmetric inverse from the upper one). EASE builds only that triangle, and native LAPACK (column-major
     * lower) reads and writes only it, so neither side spends a pass mirroring n² values. The default mirrors
     * the triangle and calls {@link #invertInPlace(double[], int)}.
     */
    default void invertUpperInPlace(double[] a, int n) {
        if (a.length != (long) n * n) {
            throw new IllegalArgumentException("matrix of " + a.length + " values is not " + n + " x " + n);
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                a[j * n + i] = a[i * n + j];
            }
        }
        invertInPlace(a, n);
    }

    /**
     * Replaces {@code a} (n × n, SPD, single precision) by its inverse. The default widens to doubles, inverts
     * with {@link #invertInPlace(double[], int)} and rounds back; a single-precision implementation
     * ({@link #singlePrecision()}) works on the floats themselves.
     */
    default void invertInPlace(float[] a, int n) {
        double[] d = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            d[i] = a[i];
        }
        invertInPlace(d, n);
        for (int i = 0; i < a.length; i++) {
            a[i] = (float) d[i];
        }
    }

    /**
     * Whether this inverse computes in single precision ({@code float}), so that its caller should hand it
     * floats ({@link #invertInPlace(float[], int)}): half the memory and about half the time of doubles.
     */
    default boolean singlePrecision() {
        return false;
    }

    /** Which implementation this is, in a few words (e.g. "native LAPACK dpotrf+dpotri"). */
    String name();

    /** The native inverse when it loads on this machine, else the Gauss–Jordan fallback; loaded once. */
    static SpdInverse fastest() {
        return Fastest.INSTANCE;
    }

    /** The native inverse {@code nativeInverse} offers, or the Gauss–Jordan fallback when it offers none. */
    static SpdInverse choose(Supplier<Optional<? extends SpdInverse>> nativeInverse) {
        Optional<? extends SpdInverse> loaded = nativeInverse.get();
        return loaded.isPresent() ? loaded.get() : new GaussJordanInverse();
    }

    /** Loads the native library on first use only (a cosine-only run never touches it). */
    final class Fastest {
        private static final SpdInverse INSTANCE = choose(NativeSpdInverse::load);

        private Fastest() {}
    }
}
