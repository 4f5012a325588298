package com.shopperspectrum.core.recommend;

import com.shopperspectrum.core.clean.NonProductCodes;
import com.shopperspectrum.core.data.InvalidInputException;
import com.shopperspectrum.core.data.TransactionTable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Every product that appears in the clean transactions: description, units, revenue, customers and
 * popularity rank, indexed by the product's dense index (its id in the table's product dictionary).
 *
 * <p>The description is the most frequent one among the product's clean rows (ties: the first seen), because
 * the raw data give some codes several spellings. Immutable and safe to share across threads.
 */
public final class ProductCatalog {
    private final Product[] byIndex;
    private final List<Product> byPopularity;
    private final ProductSearch search;

    private ProductCatalog(Product[] byIndex, List<Product> byPopularity) {
        this.byIndex = byIndex;
        this.byPopularity = byPopularity;
        this.search = new ProductSearch(byPopularity);
    }

    /** Builds the catalogue of the products in {@code clean}; {@code nonProducts} marks non-merchandise codes. */
    public static ProductCatalog of(TransactionTable clean, NonProductCodes nonProducts) {
        Objects.requireNonNull(clean, "clean");
        Objects.requireNonNull(nonProducts, "nonProducts");
        int n = clean.products().size();
        long[] quantity = new long[n];
        double[] revenue = new double[n];
        boolean[] seen = new boolean[n];
        for (int r = 0; r < clean.size(); r++) {
            int p = clean.product(r);
            seen[p] = true;
            quantity[p] += clean.quantity(r);
            revenue[p] += clean.amount(r);
        }
        int[] description = mostFrequentDescriptions(clean, n);
        int[] customers = distinctCustomers(clean, n);
        List<Product> unranked = new ArrayList<>();
        for (int p = 0; p < n; p++) {
            if (seen[p]) {
                String code = clean.products().get(p);
                String text = description[p] < 0 ? "" : clean.descriptions().get(description[p]);
                unranked.add(new Product(
                        p, code, text, quantity[p], revenue[p], customers[p], 1, nonProducts.matches(code)));
            }
        }
        unranked.sort(Comparator.comparingInt(Product::customers)
                .reversed()
                .thenComparing(Comparator.comparingLong(Product::quantity).reversed())
                .thenComparing(Product::stockCode));
        Product[] byIndex = new Product[n];
        List<Product> ranked = new ArrayList<>(unranked.size());
        for (Product u : unranked) {
            Product p = new Product(
                    u.index(),
                    u.stockCode(),
                    u.description(),
                    u.quantity(),
                    u.revenue(),
                    u.customers(),
                    ranked.size() + 1,
                    u.nonProduct());
            ranked.add(p);
            byIndex[p.index()] = p;
        }
        return new ProductCatalog(byIndex, List.copyOf(ranked));
    }

    /**
     * A catalogue of products already ranked (a stored model's), most popular first; {@code indexSize} is the
     * number of dense indices (products carry theirs).
     */
    public static ProductCatalog of(List<Product> byPopularity, int indexSize) {
        Product[] byIndex = new Product[indexSize];
        for (int i = 0; i < byPopularity.size(); i++) {
            Product p = byPopularity.get(i);
            if (p.index() >= indexSize || byIndex[p.index()] != null || p.popularityRank() != i + 1) {
                throw new IllegalArgumentException(
                        "product " + p.stockCode() + ": index " + p.index() + " or rank " + p.popularityRank()
                                + " does not fit a catalogue of " + indexSize + " indices at position " + i);
            }
            byIndex[p.index()] = p;
        }
        return new ProductCatalog(byIndex, List.copyOf(byPopularity));
    }

    private static int[] mostFrequentDescriptions(TransactionTable t, int n) {
        long[] keys = new long[t.size()];
        for (int r = 0; r < keys.length; r++) {
            keys[r] = ((long) t.product(r) << 32) | (t.description(r) + 1L);
        }
        Arrays.sort(keys);
        int[] best = new int[n];
        int[] bestCount = new int[n];
        Arrays.fill(best, -1);
        for (int i = 0; i < keys.length; ) {
            int j = i;
            while (j < keys.length && keys[j] == keys[i]) {
                j++;
            }
            int p = (int) (keys[i] >>> 32);
            int d = (int) (keys[i] & 0xffffffffL) - 1;
            if (d >= 0 && j - i > bestCount[p]) {
                bestCount[p] = j - i;
                best[p] = d;
            }
            i = j;
        }
        return best;
    }

    private static int[] distinctCustomers(TransactionTable t, int n) {
        long[] keys = new long[t.size()];
        for (int r = 0; r < keys.length; r++) {
            keys[r] = ((long) t.product(r) << 32) | (t.customer(r) + 1L);
        }
        Arrays.sort(keys);
        int[] count = new int[n];
        for (int i = 0; i < keys.length; i++) {
            if ((i == 0 || keys[i] != keys[i - 1]) && (keys[i] & 0xffffffffL) != 0) {
                count[(int) (keys[i] >>> 32)]++;
            }
        }
        return count;
    }

    /** Number of dense indices (the product dictionary's size); some indices may have no product. */
    public int indexSize() {
        return byIndex.length;
    }

    /** Number of products in the catalogue. */
    public int size() {
        return byPopularity.size();
    }

    /** The product at a dense index, or null when the clean data have none there. */
    public Product product(int index) {
        return index >= 0 && index < byIndex.length ? byIndex[index] : null;
    }

    /** The product with exactly this stock code (case-insensitive, trimmed), or null. */
    public Product byCode(String stockCode) {
        return search.byCode(stockCode.trim().toUpperCase(Locale.ROOT));
    }

    /** All products, most popular first. */
    public List<Product> byPopularity() {
        return byPopularity;
    }

    /** Looks a product up by stock code or description words; see {@link ProductSearch}. */
    public ProductMatch lookup(String query) {
        return search.lookup(query);
    }

    /**
     * The one product meant by {@code query}, or an {@link InvalidInputException} that lists the candidates
     * (ambiguous) or the closest suggestions (unknown).
     */
    public Product resolve(String query) {
        ProductMatch m = lookup(query);
        return switch (m.status()) {
            case FOUND -> m.product();
            case AMBIGUOUS ->
                throw new InvalidInputException(
                        "product '" + query + "' is ambiguous: "
                                + m.products().size() + " products match, e.g. " + describe(m.products())
                                + "; give a stock code or more words",
                        "product");
            case UNKNOWN ->
                throw new InvalidInputException(
                        "unknown product '" + query + "'"
                                + (m.products().isEmpty() ? "" : "; closest: " + describe(m.products())),
                        "product");
        };
    }

    private static String describe(List<Product> products) {
        StringBuilder s = new StringBuilder();
        for (Product p : products.subList(0, Math.min(10, products.size()))) {
            s.append(s.length() == 0 ? "" : ", ")
                    .append(p.stockCode())
                    .append(" (")
                    .append(p.description())
                    .append(')');
        }
        return s.toString();
    }

    /** Description of a product index, or "" when unknown. */
    public String description(int index) {
        Product p = product(index);
        return p == null ? "" : p.description();
    }
}
