package com.shopperspectrum.core.generate;

import java.util.SplittableRandom;

/**
 * The customer population, held as a formula rather than a table: rank {@code k} (0 = most frequent) is drawn
 * with weight &prop; 1/(k + k0), {@code k0 = n/400}, so about a quarter of all purchases come from the top 1 %;
 * every other attribute (id, country, favourite themes, active period, order size) is a hash of the seed and
 * the rank. Memory does not grow with the population.
 *
 * <p>A third of the top 1 % are wholesalers ordering 3–10 times the usual quantities. Among the others, about 22 % lapse:
 * they stop buying at a point between 15 % and 75 % of the period; about 25 % join late.
 */
final class Customers {
    static final int FIRST_ID = 12_346;
    private final int count;
    private final long seed;
    private final PowerLawIndex ranks;
    private final IndexShuffle ids;
    private final int alwaysActive;
    private final int wholesalers;
    private final Catalog catalog;

    Customers(int count, long seed, Catalog catalog) {
        this.count = count;
        this.seed = seed;
        this.catalog = catalog;
        this.ranks = new PowerLawIndex(count, Math.max(1.0, count / 400.0));
        this.ids = new IndexShuffle(count, Hash64.of(seed, 21, 0));
        this.alwaysActive = Math.max(1, count / 100);
        this.wholesalers = Math.max(1, count / 100);
    }

    /** A rank drawn by purchase frequency among the customers active at position {@code f} of the period. */
    int sampleActive(SplittableRandom rnd, double f) {
        for (int attempt = 0; attempt < 64; attempt++) {
            int rank = ranks.sample(rnd.nextDouble());
            if (activeAt(rank, f)) {
                return rank;
            }
        }
        return 0;
    }

    /** True when customer {@code rank} buys at position {@code f} in [0, 1) of the period. */
    boolean activeAt(int rank, double f) {
        if (rank < alwaysActive) {
            return true;
        }
        long h = hash(rank, 1);
        double kind = Hash64.unit(h);
        double u = Hash64.unit(Hash64.mix(h));
        if (kind < 0.22) {
            return f < 0.15 + 0.6 * u;
        }
        if (kind < 0.47) {
            return f >= 0.85 * u;
        }
        return true;
    }

    /** The external customer id, {@value #FIRST_ID} and up, scattered over the ranks. */
    int id(int rank) {
        return FIRST_ID + ids.apply(rank);
    }

    int country(int rank) {
        return Countries.sample(Hash64.unit(hash(rank, 2)));
    }

    /** One of the customer's two favourite themes ({@code which} 0 or 1). */
    int favouriteTheme(int rank, int which) {
        return catalog.sampleTheme(Hash64.unit(hash(rank, 3 + which)));
    }

    boolean wholesaler(int rank) {
        return rank < wholesalers && Math.floorMod(hash(rank, 6), 3L) == 0;
    }

    /** The multiple of the usual quantities this customer orders. */
    int quantityScale(int rank) {
        long h = hash(rank, 5);
        if (wholesaler(rank)) {
            return 3 + (int) Math.floorMod(h, 8L);
        }
        return Math.floorMod(h, 5L) == 0 ? 2 : 1;
    }

    private long hash(int rank, int attribute) {
        return Hash64.of(seed, 20 + attribute, rank);
    }
}
