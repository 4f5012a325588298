package com.shopperspectrum.core.recommend;

import com.shopperspectrum.core.data.Dictionary;
import com.shopperspectrum.core.data.InvalidInputException;
import com.shopperspectrum.core.data.TransactionTable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Personal recommendations from item neighbours (item-based collaborative filtering, Sarwar et al. 2001):
 * a candidate's score is the sum, over the customer's purchased products, of their similarity to it,
 * optionally weighted by how recently each product was bought ({@link RecommendOptions#halfLifeDays()}).
 * Each suggestion names the customer's products that contributed most.
 *
 * <p>A customer whose history yields no candidate (nothing bought, or only products without neighbours) gets
 * the products bought by most customers in the last {@value #RECENT_DAYS} days of the data, marked
 * {@code fallback}; a list that the neighbours cannot fill is completed from the same popular list (score 0,
 * no explanation). Immutable; safe to share across threads.
 */
public final class Recommender {
    /** The "recent period" of the popularity fallback. */
    public static final int RECENT_DAYS = 90;

    private static final int BECAUSE = 3;
    private final ItemNeighbours neighbours;
    private final ProductCatalog catalog;
    private final PurchaseHistory history;
    private final Dictionary customers;
    private final int[] popular;
    private final ThreadLocal<NeighbourScorer> scorer;

    private Recommender(
            ItemNeighbours neighbours,
            ProductCatalog catalog,
            PurchaseHistory history,
            Dictionary customers,
            int[] popular) {
        this.neighbours = neighbours;
        this.catalog = catalog;
        this.history = history;
        this.customers = customers;
        this.popular = popular;
        this.scorer = ThreadLocal.withInitial(() -> new NeighbourScorer(neighbours));
    }

    /** A recommender over the customers of {@code clean}, with neighbours built from the same table. */
    public static Recommender of(TransactionTable clean, ProductCatalog catalog, ItemNeighbours neighbours) {
        Objects.requireNonNull(clean, "clean");
        return of(PurchaseHistory.of(clean, catalog), clean.customers(), catalog, neighbours);
    }

    /**
     * A recommender from its parts (a stored model's): {@code customers} maps customer ids to the history's
     * customer indices; catalogue, history and neighbours share product indices.
     */
    public static Recommender of(
            PurchaseHistory history, Dictionary customers, ProductCatalog catalog, ItemNeighbours neighbours) {
        Objects.requireNonNull(history, "history");
        Objects.requireNonNull(customers, "customers");
        if (history.customers() != customers.size() || catalog.size() != neighbours.size()) {
            throw new IllegalArgumentException("recommender parts differ: " + history.customers() + " histories for "
                    + customers.size() + " customers, " + catalog.size() + " catalogue indices for "
                    + neighbours.size() + " neighbour indices");
        }
        boolean nonProducts = neighbours.similarityOptions().includeNonProducts();
        int[] popular = Popularity.recent(history, catalog, RECENT_DAYS, nonProducts);
        return new Recommender(neighbours, catalog, history, customers, popular);
    }

    /** Suggestions for a known customer id. */
    public Recommendations forCustomer(String customerId, RecommendOptions options) {
        Objects.requireNonNull(options, "options");
        int c = customerId == null ? -1 : customers.indexOf(customerId.trim());
        if (c < 0) {
            throw new InvalidInputException("unknown customer '" + customerId + "'", "customer");
        }
        int m = history.size(c);
        int[] items = new int[m];
        double[] weights = new double[m];
        for (int k = 0; k < m; k++) {
            items[k] = history.item(c, k);
            weights[k] = options.halfLifeDays() == 0
                    ? 1.0
                    : Math.pow(0.5, (history.lastDayOfData() - history.lastDay(c, k)) / options.halfLifeDays());
        }
        return recommend(customers.get(c), items, weights, options);
    }

    /** Suggestions for an anonymous basket of stock codes (each counts 1). */
    public Recommendations forBasket(List<String> stockCodes, RecommendOptions options) {
        Objects.requireNonNull(options, "options");
        if (stockCodes == null || stockCodes.isEmpty()) {
            throw new InvalidInputException("the basket is empty: give at least one stock code", "basket");
        }
        List<String> unknown = new ArrayList<>();
        int[] items = stockCodes.stream()
                .mapToInt(code -> {
                    Product p = catalog.byCode(code);
                    if (p == null) {
                        unknown.add(code);
                        return -1;
                    }
                    return p.index();
                })
                .distinct()
                .sorted()
                .toArray();
        if (!unknown.isEmpty()) {
            throw new InvalidInputException(
                    "unknown product(s) in the basket: " + String.join(", ", unknown), "basket");
        }
        double[] weights = new double[items.length];
        Arrays.fill(weights, 1.0);
        return recommend(null, items, weights, options);
    }

    private Recommendations recommend(String customer, int[] items, double[] weights, RecommendOptions o) {
        TopK top = new TopK(o.n());
        int found = scorer.get()
                .rank(
                        items,
                        weights,
                        items.length,
                        j -> !o.includePurchased() && Arrays.binarySearch(items, j) >= 0,
                        top);
        int[] best = new int[top.size()];
        double[] score = new double[top.size()];
        top.drainInto(best, score, 0);
        List<Recommendation> out = new ArrayList<>(o.n());
        for (int t = 0; t < best.length; t++) {
            out.add(new Recommendation(
                    neighbours.stockCode(best[t]),
                    neighbours.description(best[t]),
                    score[t],
                    because(items, weights, best[t])));
        }
        for (int p : popular) {
            if (out.size() >= o.n()) {
                break;
            }
            boolean taken = o.includePurchased() ? false : Arrays.binarySearch(items, p) >= 0;
            if (!taken && !contains(best, p)) {
                Product prod = catalog.product(p);
                out.add(new Recommendation(prod.stockCode(), prod.description(), 0, List.of()));
            }
        }
        return new Recommendations(customer, found == 0, out);
    }

    private static boolean contains(int[] a, int v) {
        for (int x : a) {
            if (x == v) {
                return true;
            }
        }
        return false;
    }

    /** The customer's products with the largest contributions w(p)·sim(p, candidate). */
    private List<String> because(int[] items, double[] weights, int candidate) {
        TopK top = new TopK(BECAUSE);
        for (int t = 0; t < items.length; t++) {
            double s = weights[t] * neighbours.similarity(items[t], candidate);
            if (s > 0) {
                top.offer(items[t], s);
            }
        }
        int[] best = new int[top.size()];
        top.drainInto(best, new double[best.length], 0);
        List<String> codes = new ArrayList<>(best.length);
        for (int p : best) {
            codes.add(neighbours.stockCode(p));
        }
        return codes;
    }

    /** The recent popular products (dense indices), most popular first. */
    public int[] popular() {
        return popular.clone();
    }

    public ItemNeighbours neighbours() {
        return neighbours;
    }

    public PurchaseHistory history() {
        return history;
    }
}
