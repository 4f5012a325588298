package com.shopperspectrum.core.recommend;

import com.shopperspectrum.core.clean.NonProductCodes;
import com.shopperspectrum.core.data.ArrayValue;
import com.shopperspectrum.core.data.Dictionary;
import com.shopperspectrum.core.data.InvalidInputException;
import com.shopperspectrum.core.data.LongSort;
import com.shopperspectrum.core.data.ProductDescriptions;
import com.shopperspectrum.core.data.TransactionTable;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * The one product catalogue: every product of the clean transactions, one row each. A product's row is its index
 * everywhere — in the {@link PurchaseMatrix} columns, the {@link ItemNeighbours}, the {@link PurchaseHistory}, the
 * recommender and the model's files — so nothing is ever re-indexed. Rows follow the products' first raw lines
 * (the order of the transaction table's product dictionary, without the products that have no clean line), which
 * is also the order in which similarity ties are broken; popularity is a column ({@link #rank(int)}, 1 = bought by
 * most distinct customers; ties: more units, then stock code) with {@link #byPopularity()} as its order.
 *
 * <p>Columnar and immutable: arrays are copied in and out. Searching (stock code, description words, close
 * matches) is {@link ProductSearch}'s, built once with the catalogue.
 */
public final class ProductCatalog extends ArrayValue {
    private final String[] codes;
    private final String[] descriptions;
    private final long[] quantity;
    private final double[] revenue;
    private final int[] customers;
    private final boolean[] nonProduct;
    private final int[] ranks;
    private final Product[] products;
    private final List<Product> byPopularity;
    private final Map<String, Integer> rowByCode;
    private final ProductSearch search;

    /**
     * A catalogue from its columns (a stored model's), row for row.
     *
     * @param codes        stock codes (unique)
     * @param descriptions descriptions ("" or null when none)
     * @param quantity     units sold
     * @param revenue      sum of quantity × unit price (NaN without prices)
     * @param customers    distinct customers who bought the product
     * @param nonProduct   true for non-merchandise codes (postage, fees)
     * @param ranks        popularity ranks, a permutation of 1..n
     */
    public ProductCatalog(
            String[] codes,
            String[] descriptions,
            long[] quantity,
            double[] revenue,
            int[] customers,
            boolean[] nonProduct,
            int[] ranks) {
        int n = codes.length;
        if (descriptions.length != n
                || quantity.length != n
                || revenue.length != n
                || customers.length != n
                || nonProduct.length != n
                || ranks.length != n) {
            throw new IllegalArgumentException("product columns differ in length: " + n + " codes, "
                    + descriptions.length + " descriptions, " + quantity.length + " quantities, " + revenue.length
                    + " revenues, " + customers.length + " customer counts, " + nonProduct.length + " flags, "
                    + ranks.length + " ranks");
        }
        this.codes = codes.clone();
        this.descriptions = new String[n];
        this.quantity = quantity.clone();
        this.revenue = revenue.clone();
        this.customers = customers.clone();
        this.nonProduct = nonProduct.clone();
        this.ranks = ranks.clone();
        this.rowByCode = new HashMap<>(n * 4 / 3 + 1);
        this.products = new Product[n];
        Product[] ranked = new Product[n];
        for (int i = 0; i < n; i++) {
            Objects.requireNonNull(codes[i], "stock code of product row " + i);
            this.descriptions[i] = descriptions[i] == null ? "" : descriptions[i];
            if (rowByCode.put(codes[i], i) != null) {
                throw new IllegalArgumentException("stock code '" + codes[i] + "' appears twice in the catalogue");
            }
            if (ranks[i] < 1 || ranks[i] > n || ranked[ranks[i] - 1] != null) {
                throw new IllegalArgumentException("product row " + i + " (" + codes[i] + "): popularity rank "
                        + ranks[i] + " is outside 1.." + n + " or given twice");
            }
            products[i] = new Product(
                    i, codes[i], this.descriptions[i], quantity[i], revenue[i], customers[i], ranks[i], nonProduct[i]);
            ranked[ranks[i] - 1] = products[i];
        }
        this.byPopularity = List.of(ranked);
        this.search = new ProductSearch(byPopularity);
    }

    /**
     * The catalogue of products given row for row, with the popularity ranks computed (most distinct customers;
     * ties: more units, then stock code); {@code nonProducts} flags the non-merchandise codes. Both engines build
     * their catalogue with this, from their own per-product totals in first-raw-line order.
     */
    public static ProductCatalog ranked(
            String[] codes,
            String[] descriptions,
            long[] quantity,
            double[] revenue,
            int[] customers,
            NonProductCodes nonProducts) {
        int n = codes.length;
        Integer[] order = IntStream.range(0, n)
                .boxed()
                .sorted(Comparator.comparingInt((Integer p) -> -customers[p])
                        .thenComparingLong(p -> -quantity[p])
                        .thenComparing(p -> codes[p]))
                .toArray(Integer[]::new);
        int[] ranks = new int[n];
        boolean[] non = new boolean[n];
        for (int i = 0; i < n; i++) {
            ranks[order[i]] = i + 1;
            non[i] = nonProducts.matches(codes[i]);
        }
        return new ProductCatalog(codes, descriptions, quantity, revenue, customers, non, ranks);
    }

    /**
     * The catalogue of the products in {@code clean} (those with at least one row), in the order of the table's
     * product dictionary; the description of each is the most frequent among its rows
     * ({@link ProductDescriptions}), revenue is NaN when the table has no prices.
     */
    public static ProductCatalog of(TransactionTable clean, NonProductCodes nonProducts) {
        Objects.requireNonNull(clean, "clean");
        Objects.requireNonNull(nonProducts, "nonProducts");
        int n = clean.products().size();
        long[] quantity = new long[n];
        double[] revenue = new double[n];
        boolean[] seen = new boolean[n];
        long[] pairs = new long[clean.size()];
        int count = 0;
        for (int r = 0; r < clean.size(); r++) {
            int p = clean.product(r);
            seen[p] = true;
            quantity[p] += clean.quantity(r);
            revenue[p] += clean.amount(r);
            if (clean.customer(r) >= 0) {
                pairs[count++] = ((long) p << 32) | clean.customer(r);
            }
        }
        int[] distinct = distinctSecondPerFirst(pairs, count, n);
        String[] texts = ProductDescriptions.mostFrequent(clean);
        int[] present = IntStream.range(0, n).filter(p -> seen[p]).toArray();
        return ranked(
                Arrays.stream(present).mapToObj(p -> clean.products().get(p)).toArray(String[]::new),
                Arrays.stream(present).mapToObj(p -> texts[p]).toArray(String[]::new),
                Arrays.stream(present).mapToLong(p -> quantity[p]).toArray(),
                Arrays.stream(present)
                        .mapToDouble(p -> clean.hasPrices() ? revenue[p] : Double.NaN)
                        .toArray(),
                Arrays.stream(present).map(p -> distinct[p]).toArray(),
                nonProducts);
    }

    /** Distinct second halves per first half of packed (first, second) pairs. */
    private static int[] distinctSecondPerFirst(long[] pairs, int count, int n) {
        long[] sorted = Arrays.copyOf(pairs, count);
        LongSort.sort(sorted);
        int[] result = new int[n];
        for (int i = 0; i < count; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                result[(int) (sorted[i] >>> 32)]++;
            }
        }
        return result;
    }

    /**
     * The catalogue row of every id of a product dictionary (-1 for codes not in the catalogue): how a table's
     * product ids become rows.
     */
    public int[] rowsOf(Dictionary productIds) {
        int[] rows = new int[productIds.size()];
        for (int id = 0; id < rows.length; id++) {
            Integer row = rowByCode.get(productIds.get(id));
            rows[id] = row == null ? -1 : row;
        }
        return rows;
    }

    /** Number of products (rows). */
    public int size() {
        return codes.length;
    }

    /** The product of a row, or null outside the catalogue. */
    public Product product(int row) {
        return row >= 0 && row < products.length ? products[row] : null;
    }

    public String code(int row) {
        return codes[row];
    }

    /** Description of a row ("" when none, or for a row outside the catalogue). */
    public String description(int row) {
        return row >= 0 && row < descriptions.length ? descriptions[row] : "";
    }

    public long quantity(int row) {
        return quantity[row];
    }

    public double revenue(int row) {
        return revenue[row];
    }

    public int customers(int row) {
        return customers[row];
    }

    public boolean nonProduct(int row) {
        return nonProduct[row];
    }

    /** 1 for the most popular product. */
    public int rank(int row) {
        return ranks[row];
    }

    /** All products, most popular first. */
    public List<Product> byPopularity() {
        return byPopularity;
    }

    /** The row of a stock code (exact, or upper-cased and trimmed as the reader normalises codes), or -1. */
    public int indexOf(String stockCode) {
        if (stockCode == null) {
            return -1;
        }
        Integer row = rowByCode.get(stockCode);
        if (row == null) {
            row = rowByCode.get(stockCode.trim().toUpperCase(Locale.ROOT));
        }
        return row == null ? -1 : row;
    }

    /** The product with exactly this stock code (case-insensitive, trimmed), or null. */
    public Product byCode(String stockCode) {
        return product(indexOf(stockCode));
    }

    /** Looks a product up by stock code or description words; see {@link ProductSearch#lookup}. */
    public ProductMatch lookup(String query) {
        return search.lookup(query);
    }

    /** Rows matching what a person types in a search box, best first; see {@link ProductSearch#suggest}. */
    public List<Integer> suggest(String query, int limit) {
        return search.suggest(query, limit).stream().map(Product::index).toList();
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

    public String[] codes() {
        return codes.clone();
    }

    public String[] descriptions() {
        return descriptions.clone();
    }

    public long[] quantities() {
        return quantity.clone();
    }

    public double[] revenues() {
        return revenue.clone();
    }

    public int[] customerCounts() {
        return customers.clone();
    }

    public boolean[] nonProducts() {
        return nonProduct.clone();
    }

    public int[] ranks() {
        return ranks.clone();
    }

    @Override
    public String toString() {
        return "ProductCatalog[products=" + size() + "]";
    }

    @Override
    protected Object[] state() {
        return new Object[] {codes, descriptions, quantity, revenue, customers, nonProduct, ranks};
    }
}
