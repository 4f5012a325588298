package com.shopperspectrum.core.generate;

/**
 * A seeded permutation of {@code 0..n-1} that needs no table: {@code i -> (a·i + b) mod n} with {@code a} coprime
 * to {@code n}. Used to scatter popularity ranks over ids and stock codes.
 */
final class IndexShuffle {
    private final long n;
    private final long a;
    private final long b;

    IndexShuffle(int n, long seed) {
        if (n < 1) {
            throw new IllegalArgumentException("shuffle needs n >= 1, got " + n);
        }
        this.n = n;
        long h = Hash64.mix(seed);
        long candidate = n == 1 ? 1 : 1 + Math.floorMod(h, n - 1L);
        while (gcd(candidate, n) != 1) {
            candidate++;
        }
        this.a = candidate;
        this.b = Math.floorMod(Hash64.mix(h), n);
    }

    int apply(int i) {
        return (int) ((a * i + b) % n);
    }

    private static long gcd(long x, long y) {
        while (y != 0) {
            long t = x % y;
            x = y;
            y = t;
        }
        return x;
    }
}
