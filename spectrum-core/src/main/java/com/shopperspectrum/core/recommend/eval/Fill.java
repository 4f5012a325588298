package com.shopperspectrum.core.recommend.eval;

import java.util.Arrays;
import java.util.function.IntPredicate;

/** Completes a ranking from a fallback order, skipping excluded and already-listed products. */
final class Fill {
    private Fill() {}

    static int[] from(int[] ranked, int[] fallback, int k, IntPredicate excluded) {
        if (ranked.length >= k) {
            return Arrays.copyOf(ranked, k);
        }
        int[] out = Arrays.copyOf(ranked, k);
        int n = ranked.length;
        for (int i = 0; i < fallback.length && n < k; i++) {
            int p = fallback[i];
            if (!excluded.test(p) && !contains(out, n, p)) {
                out[n++] = p;
            }
        }
        return Arrays.copyOf(out, n);
    }

    private static boolean contains(int[] a, int n, int v) {
        for (int i = 0; i < n; i++) {
            if (a[i] == v) {
                return true;
            }
        }
        return false;
    }
}
