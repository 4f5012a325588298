package com.shopperspectrum.core.recommend;

import dev.ludovic.netlib.lapack.LAPACK;
import dev.ludovic.netlib.lapack.NativeLAPACK;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.netlib.util.intW;

/**
 * {@link SpdInverse} by native LAPACK: {@code dpotrf} factors A = L·Lᵀ (Cholesky), {@code dpotri} forms
 * A⁻¹ = L⁻ᵀ·L⁻¹ from the factor, and the lower triangle it fills is mirrored into the upper one. LAPACK comes
 * from {@code dev.ludovic.netlib} (the binding Spark MLlib uses), whose JNI shim opens the system's
 * {@code liblapack.so.3}: on Debian, the package {@code libopenblas0} provides it as OpenBLAS (multi-threaded),
 * or {@code -Ddev.ludovic.netlib.lapack.nativeLib=...} names another. About 0.3 s at n = 3,347 on 2 cores.
 * Stateless, safe to share.
 *
 * <p>Reference: Anderson et al., LAPACK Users' Guide, 3rd ed., SIAM 1999, §2.4.2 (symmetric positive-definite
 * routines xPOTRF, xPOTRI).
 */
public final class NativeSpdInverse implements SpdInverse {
    /** netlib logs a warning from here when the native library is missing; the fallback says so instead. */
    private static final String LOADER_LOG = "dev.ludovic.netlib.lapack.InstanceBuilder";

    private final LAPACK lapack;
    private final boolean single;

    private NativeSpdInverse(LAPACK lapack, boolean single) {
        this.lapack = lapack;
        this.single = single;
    }

    /** The native inverse in doubles ({@code dpotrf}/{@code dpotri}), or empty when no native LAPACK loads. */
    public static Optional<NativeSpdInverse> load() {
        return lapack().map(l -> new NativeSpdInverse(l, false));
    }

    /**
     * The native inverse in single precision ({@code spotrf}/{@code spotri}, about half the time of doubles),
     * or empty when no native LAPACK loads; {@link #invertInPlace(double[], int)} still works in doubles.
     */
    public static Optional<NativeSpdInverse> loadSingle() {
        return lapack().map(l -> new NativeSpdInverse(l, true));
    }

    private static Optional<LAPACK> lapack() {
        Logger log = Logger.getLogger(LOADER_LOG);
        Level level = log.getLevel();
        log.setLevel(Level.OFF);
        try {
            return Optional.of(NativeLAPACK.getInstance());
        } catch (RuntimeException | LinkageError e) {
            return Optional.empty();
        } finally {
            log.setLevel(level);
        }
    }

    @Override
    public void invertInPlace(double[] a, int n) {
        invertUpperInPlace(a, n);
        mirrorLower(a, n);
    }

    /**
     * {@code dpotrf}/{@code dpotri} on the column-major lower triangle, which is the row-major upper one: they read
     * and write only that triangle, so nothing is mirrored.
     */
    @Override
    public void invertUpperInPlace(double[] a, int n) {
        if (a.length != (long) n * n) {
            throw new IllegalArgumentException("matrix of " + a.length + " values is not " + n + " x " + n);
        }
        if (n == 0) {
            return;
        }
        intW info = new intW(0);
        lapack.dpotrf("L", n, a, n, info);
        if (info.val > 0) {
            throw new IllegalArgumentException("matrix is not positive definite (LAPACK dpotrf: the leading minor of"
                    + " order " + info.val + " is not positive)");
        }
        check("dpotrf", info);
        lapack.dpotri("L", n, a, n, info);
        check("dpotri", info);
    }

    @Override
    public void invertInPlace(float[] a, int n) {
        if (a.length != (long) n * n) {
            throw new IllegalArgumentException("matrix of " + a.length + " values is not " + n + " x " + n);
        }
        if (n == 0) {
            return;
        }
        intW info = new intW(0);
        lapack.spotrf("L", n, a, n, info);
        if (info.val > 0) {
            throw new IllegalArgumentException("matrix is not positive definite (LAPACK spotrf: the leading minor of"
                    + " order " + info.val + " is not positive)");
        }
        check("spotrf", info);
        lapack.spotri("L", n, a, n, info);
        check("spotri", info);
        for (int j = 0; j < n; j++) {
            for (int i = j + 1; i < n; i++) {
                a[j + i * n] = a[i + j * n];
            }
        }
    }

    @Override
    public boolean singlePrecision() {
        return single;
    }

    /** Copies the lower triangle (column-major: {@code a[i + j*n]}, i &gt; j) onto the upper one. */
    private static void mirrorLower(double[] a, int n) {
        for (int j = 0; j < n; j++) {
            for (int i = j + 1; i < n; i++) {
                a[j + i * n] = a[i + j * n];
            }
        }
    }

    private static void check(String routine, intW info) {
        if (info.val != 0) {
            throw new IllegalArgumentException("LAPACK " + routine + " failed with info " + info.val);
        }
    }

    @Override
    public String name() {
        return single ? "native LAPACK spotrf+spotri (single precision)" : "native LAPACK dpotrf+dpotri";
    }
}
