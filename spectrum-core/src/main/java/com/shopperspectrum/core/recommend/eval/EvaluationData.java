package com.shopperspectrum.core.recommend.eval;

import com.shopperspectrum.core.clean.NonProductCodes;
import com.shopperspectrum.core.data.InvalidInputException;
import com.shopperspectrum.core.data.TransactionTable;
import com.shopperspectrum.core.recommend.Product;
import com.shopperspectrum.core.recommend.ProductCatalog;
import com.shopperspectrum.core.recommend.PurchaseHistory;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * A time split of clean transactions: the training table (days before {@code split}), its catalogue and
 * purchase histories, and for every test customer — one who bought merchandise in [split, until) and has a
 * training history — the distinct merchandise products bought in the test period. Non-merchandise codes are
 * neither candidates nor truth. Products are the training catalogue's rows in both periods; a product first bought
 * in the test period gets an index after them ({@link #indexSize()}), so it counts as relevant but is never a
 * candidate.
 */
public final class EvaluationData {
    /** The test period unless told otherwise: the last 90 days of the data. */
    public static final int DEFAULT_TEST_DAYS = 90;

    final TransactionTable train;
    final ProductCatalog catalog;
    final PurchaseHistory history;
    final boolean[] candidate;
    final int[] testCustomers;
    final int[][] truth;
    final LocalDate split;
    final LocalDate until;
    final int indexSize;

    private EvaluationData(
            TransactionTable train,
            ProductCatalog catalog,
            PurchaseHistory history,
            boolean[] candidate,
            int[] testCustomers,
            int[][] truth,
            LocalDate split,
            LocalDate until,
            int indexSize) {
        this.indexSize = indexSize;
        this.train = train;
        this.catalog = catalog;
        this.history = history;
        this.candidate = candidate;
        this.testCustomers = testCustomers;
        this.truth = truth;
        this.split = split;
        this.until = until;
    }

    /**
     * The split that makes the last {@code days} days of {@code clean} (up to its last day with a row) the test
     * period: the last day minus {@code days - 1}.
     */
    public static LocalDate lastDays(TransactionTable clean, int days) {
        if (days < 1) {
            throw new IllegalArgumentException("the test period must be at least 1 day, got " + days);
        }
        if (clean.size() == 0) {
            throw new IllegalArgumentException("no clean rows to evaluate on");
        }
        int last = Integer.MIN_VALUE;
        for (int r = 0; r < clean.size(); r++) {
            last = Math.max(last, clean.day(r));
        }
        return LocalDate.ofEpochDay(last - days + 1L);
    }

    /** Splits {@code clean} at {@code split}; the test period ends before {@code until} (null = the end). */
    public static EvaluationData split(
            TransactionTable clean, NonProductCodes nonProducts, LocalDate split, LocalDate until) {
        Objects.requireNonNull(split, "split");
        int splitDay = (int) split.toEpochDay();
        int untilDay = until == null ? Integer.MAX_VALUE : (int) until.toEpochDay();
        if (untilDay <= splitDay) {
            throw new InvalidInputException(
                    "the test period must end after the split " + split + ", got " + until, "until");
        }
        int[] trainRows = rowsWhere(clean, r -> clean.day(r) < splitDay);
        int[] testRows = rowsWhere(clean, r -> clean.day(r) >= splitDay && clean.day(r) < untilDay);
        if (trainRows.length == 0 || testRows.length == 0) {
            throw new InvalidInputException(
                    "split date " + split + " leaves " + trainRows.length + " training and " + testRows.length
                            + " test rows; both must be non-empty",
                    "split");
        }
        TransactionTable train = clean.select(trainRows);
        ProductCatalog catalog = ProductCatalog.of(train, nonProducts);
        PurchaseHistory history = PurchaseHistory.of(train, catalog);
        boolean[] candidate = new boolean[catalog.size()];
        for (Product p : catalog.byPopularity()) {
            candidate[p.index()] = !p.nonProduct();
        }
        int[] testIndex = testIndices(clean, catalog, nonProducts);
        int indexSize = Math.max(catalog.size(), Arrays.stream(testIndex).max().orElse(-1) + 1);
        TransactionTable testTable = clean.select(testRows);
        int customerIds = testTable.customers().size();
        PurchaseHistory test =
                PurchaseHistory.of(testTable, IntStream.range(0, customerIds).toArray(), customerIds, testIndex);
        int[] customers = new int[test.customers()];
        int[][] truth = new int[test.customers()][];
        int[] items = test.items();
        int[] offsets = test.offsets();
        int n = 0;
        for (int c = 0; c < test.customers(); c++) {
            if (test.size(c) > 0 && c < history.customers() && history.size(c) > 0) {
                customers[n] = c;
                truth[n++] = Arrays.copyOfRange(items, offsets[c], offsets[c + 1]);
            }
        }
        return new EvaluationData(
                train,
                catalog,
                history,
                candidate,
                Arrays.copyOf(customers, n),
                Arrays.copyOf(truth, n),
                split,
                until,
                indexSize);
    }

    /**
     * The index of every product id of the table in the test period: its training catalogue row, the next free
     * index for merchandise first bought in the test period (in dictionary order), -1 for non-merchandise.
     */
    private static int[] testIndices(TransactionTable clean, ProductCatalog catalog, NonProductCodes nonProducts) {
        int[] index = catalog.rowsOf(clean.products());
        int next = catalog.size();
        for (int id = 0; id < index.length; id++) {
            if (nonProducts.matches(clean.products().get(id))) {
                index[id] = -1;
            } else if (index[id] < 0) {
                index[id] = next++;
            }
        }
        return index;
    }

    private static int[] rowsWhere(TransactionTable t, java.util.function.IntPredicate keep) {
        return java.util.stream.IntStream.range(0, t.size()).filter(keep).toArray();
    }

    public TransactionTable train() {
        return train;
    }

    public ProductCatalog catalog() {
        return catalog;
    }

    public PurchaseHistory history() {
        return history;
    }

    /** Number of product indices: the catalogue's rows, then the products first bought in the test period. */
    public int indexSize() {
        return indexSize;
    }

    public LocalDate split() {
        return split;
    }

    public LocalDate until() {
        return until;
    }

    public int testCustomers() {
        return testCustomers.length;
    }

    /** True when a product index may be recommended (a merchandise product of the training period). */
    public boolean candidate(int product) {
        return product < candidate.length && candidate[product];
    }

    /** Number of candidate products (the denominator of coverage). */
    public int candidateCount() {
        int n = 0;
        for (boolean b : candidate) {
            n += b ? 1 : 0;
        }
        return n;
    }
}
