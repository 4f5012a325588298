package com.shopperspectrum.core.recommend;

import java.util.Arrays;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * EASE, the linear item–item model of Steck, "Embarrassingly Shallow Autoencoders for Sparse Data", WWW 2019,
 * in closed form: with X the binary customer × product matrix, {@code P = (XᵀX + λI)⁻¹} and
 * {@code B = I − P·diag(1/diag(P))}, i.e. {@code B_ij = −P_ij / P_jj} off the diagonal and 0 on it; a
 * customer's scores are {@code x_u · B}. Row {@code i} of B says how much having bought {@code i} predicts
 * each other product, with the other purchases held fixed.
 *
 * <p>B holds <em>regression weights</em>, not similarities: they are not symmetric, not bounded by 1 and may be
 * negative (a product that "explains away" another). {@link #neighbours()} keeps the top-K <em>positive</em>
 * weights of every row as {@link ItemNeighbours}, so that {@link Recommender} sums them exactly as it sums
 * cosine neighbours; dropping the negative and small weights is what lets the model serve like a
 * neighbourhood model (and be stored like one), at a small cost against the full dense product.
 *
 * <p>Only products bought by at least {@link EaseOptions#minSupport()} customers take part (a dense n × n
 * inverse, O(n³) time by an {@link SpdInverse}: native LAPACK when the machine has it, else Gauss–Jordan in
 * Java; {@link #inverse()} says which); the others have no weights and are never suggested by it. The memory
 * the dense matrices need is checked before they are allocated. Immutable.
 */
public final class EaseRegression {
    /** The matrix options recorded with the neighbours: X is the binary customer matrix. */
    public static final MatrixOptions MATRIX = MatrixOptions.of(Scope.CUSTOMER, Weighting.BINARY);

    private final ProductCatalog catalog;
    private final EaseOptions options;
    private final int[] global;
    private final int[] local;
    private final float[] b;
    private final String inverse;

    private EaseRegression(
            ProductCatalog catalog, EaseOptions options, int[] global, int[] local, float[] b, String inverse) {
        this.catalog = catalog;
        this.options = options;
        this.global = global;
        this.local = local;
        this.b = b;
        this.inverse = inverse;
    }

    /** Fits B on the binary purchase histories (one customer = one row of X) with {@link SpdInverse#fastest()}. */
    public static EaseRegression fit(PurchaseHistory history, ProductCatalog catalog, EaseOptions options) {
        return fit(history, catalog, options, SpdInverse.fastest());
    }

    /**
     * {@link #fit(PurchaseHistory, ProductCatalog, EaseOptions)} with the given inverse. Throws
     * {@link IllegalArgumentException} when more than {@link EaseOptions#MAX_PRODUCTS} products take part or
     * their dense matrices do not fit in the free heap.
     */
    public static EaseRegression fit(
            PurchaseHistory history, ProductCatalog catalog, EaseOptions options, SpdInverse inverse) {
        Objects.requireNonNull(history, "history");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(inverse, "inverse");
        int[] global = catalog.byPopularity().stream()
                .filter(p -> (options.includeNonProducts() || !p.nonProduct()) && p.customers() >= options.minSupport())
                .mapToInt(Product::index)
                .sorted()
                .toArray();
        int n = global.length;
        if (n > EaseOptions.MAX_PRODUCTS) {
            throw new IllegalArgumentException("EASE takes a dense inverse of one row per product: " + n
                    + " products have at least " + options.minSupport() + " customers, more than "
                    + EaseOptions.MAX_PRODUCTS + "; raise the minimum support");
        }
        EaseMemory.require(n, inverse.singlePrecision());
        int[] local = new int[catalog.size()];
        Arrays.fill(local, -1);
        for (int i = 0; i < n; i++) {
            local[global[i]] = i;
        }
        int[][] rows = localRows(history, local);
        float[] b = inverse.singlePrecision()
                ? singleWeights(gram(rows, n), n, options.lambda(), inverse)
                : doubleWeights(rows, n, options.lambda(), inverse);
        return new EaseRegression(catalog, options, global, local, b, inverse.name());
    }

    /**
     * B through an inverse in doubles: the Gram counts' upper triangle summed straight into doubles (integers,
     * exact), λ added, inverted in that triangle ({@link SpdInverse#invertUpperInPlace}), then B read from it.
     */
    private static float[] doubleWeights(int[][] rows, int n, double lambda, SpdInverse inverse) {
        double[] p = new double[n * n];
        stripes(n, (lo, hi) -> {
            for (int[] row : rows) {
                int x = Arrays.binarySearch(row, lo);
                for (x = x < 0 ? -x - 1 : x; x < row.length && row[x] < hi; x++) {
                    int base = row[x] * n;
                    for (int y = x; y < row.length; y++) {
                        p[base + row[y]] += 1;
                    }
                }
            }
        });
        for (int i = 0; i < n; i++) {
            p[i * n + i] += lambda;
        }
        inverse.invertUpperInPlace(p, n);
        return weightsFromUpper(p, n);
    }

    /** Runs {@code stripe(lo, hi)} over 64 parallel stripes of the rows {@code [0, n)} (each owns its rows). */
    private static void stripes(int n, Stripe stripe) {
        int stripes = Math.min(n, 64);
        IntStream.range(0, stripes)
                .parallel()
                .forEach(s -> stripe.rows((int) ((long) n * s / stripes), (int) ((long) n * (s + 1) / stripes)));
    }

    /** The Gram matrix's rows {@code [lo, hi)}, summed by one thread. */
    private interface Stripe {
        void rows(int lo, int hi);
    }

    /**
     * B from the upper triangle of P (row-major, {@code P_ij = p[min(i,j)*n + max(i,j)]}): {@code B_ij =
     * −P_ij / P_jj} off the diagonal, 0 on it, the same values as from the full P. Blocks of {@link #TILE} rows in
     * parallel, each writing only its own rows of B; the part left of the diagonal is read down P's columns a
     * tile at a time, so that the reads run along P's rows and the writes stay in a few cache lines.
     */
    private static float[] weightsFromUpper(double[] p, int n) {
        double[] diagonal = new double[n];
        for (int j = 0; j < n; j++) {
            diagonal[j] = p[j * n + j];
        }
        float[] b = new float[n * n];
        IntStream.range(0, (n + TILE - 1) / TILE).parallel().forEach(block -> {
            int lo = block * TILE;
            int hi = Math.min(n, lo + TILE);
            for (int j = 0; j < hi; j++) {
                for (int i = Math.max(lo, j + 1); i < hi; i++) {
                    b[i * n + j] = (float) (-p[j * n + i] / diagonal[j]);
                }
            }
            for (int i = lo; i < hi; i++) {
                for (int j = i + 1; j < n; j++) {
                    b[i * n + j] = (float) (-p[i * n + j] / diagonal[j]);
                }
            }
        });
        return b;
    }

    /** Rows of B per parallel block in {@link #weightsFromUpper}. */
    private static final int TILE = 32;

    /** B through an inverse in floats, in place of the Gram matrix (4·n² bytes in all). */
    private static float[] singleWeights(float[] p, int n, double lambda, SpdInverse inverse) {
        for (int i = 0; i < n; i++) {
            p[i * n + i] = (float) (p[i * n + i] + lambda);
        }
        inverse.invertInPlace(p, n);
        double[] diagonal = new double[n];
        for (int j = 0; j < n; j++) {
            diagonal[j] = p[j * n + j];
        }
        IntStream.range(0, n).parallel().forEach(i -> {
            for (int j = 0; j < n; j++) {
                p[i * n + j] = i == j ? 0f : (float) (-p[i * n + j] / diagonal[j]);
            }
        });
        return p;
    }

    /**
     * XᵀX in floats, for the single-precision inverse: every customer adds 1 to each pair of the products they
     * bought. Counts are integers below 2²⁴ (the number of customers), exact in floats whatever the order, so the
     * upper triangle is summed in parallel stripes of rows (a stripe owns its rows: no two threads write one cell)
     * and mirrored. The double path ({@link #doubleWeights}) sums the same upper triangle straight into doubles.
     */
    private static float[] gram(int[][] rows, int n) {
        float[] g = new float[n * n];
        stripes(n, (lo, hi) -> {
            for (int[] row : rows) {
                int x = Arrays.binarySearch(row, lo);
                for (x = x < 0 ? -x - 1 : x; x < row.length && row[x] < hi; x++) {
                    int base = row[x] * n;
                    for (int y = x; y < row.length; y++) {
                        g[base + row[y]] += 1;
                    }
                }
            }
        });
        IntStream.range(0, n).parallel().forEach(i -> {
            for (int j = i + 1; j < n; j++) {
                g[j * n + i] = g[i * n + j];
            }
        });
        return g;
    }

    /** Every customer's products by model position, ascending (products outside the model left out). */
    private static int[][] localRows(PurchaseHistory h, int[] local) {
        int[][] rows = new int[h.customers()][];
        int[] row = new int[64];
        for (int c = 0; c < h.customers(); c++) {
            if (row.length < h.size(c)) {
                row = new int[h.size(c)];
            }
            int m = 0;
            for (int k = 0; k < h.size(c); k++) {
                int item = h.item(c, k);
                int l = item < local.length ? local[item] : -1;
                if (l >= 0) {
                    row[m++] = l;
                }
            }
            rows[c] = Arrays.copyOf(row, m);
            Arrays.sort(rows[c]);
        }
        return rows;
    }

    public EaseOptions options() {
        return options;
    }

    /** Which {@link SpdInverse} computed this fit ({@link SpdInverse#name()}), for timings and warnings. */
    public String inverse() {
        return inverse;
    }

    /** The similarity options recorded with the neighbours of a model fitted with {@code options}. */
    public static SimilarityOptions similarityOptions(EaseOptions options) {
        return new SimilarityOptions(options.neighbours(), options.includeNonProducts());
    }

    /** Number of products in the model. */
    public int products() {
        return global.length;
    }

    /** The model's position of a product index, or -1 when the product takes no part. */
    public int position(int product) {
        return product >= 0 && product < local.length ? local[product] : -1;
    }

    /** The product index at a model position. */
    public int product(int position) {
        return global[position];
    }

    /** {@code B[i][j]} by model positions: how much buying {@code i} adds to the score of {@code j}. */
    public float weight(int i, int j) {
        return b[i * global.length + j];
    }

    /**
     * The top-K weights of every row of B as neighbours: the largest positive ones, or with
     * {@link EaseOptions#signed()} the largest by magnitude, negative ones included (a negative weight lowers a
     * candidate's sum, as in the dense model). Ties: lower product index first. The scores are regression
     * weights, not cosines. The recorded matrix options are customer scope, binary weighting (what X is);
     * products outside the model have no neighbours. Rows in parallel (each its own, so the result is the same).
     */
    public ItemNeighbours neighbours() {
        boolean signed = options.signed();
        int n = global.length;
        int[][] items = new int[catalog.size()][];
        float[][] scores = new float[catalog.size()][];
        ThreadLocal<TopK> tops = ThreadLocal.withInitial(() -> new TopK(options.neighbours()));
        IntStream.range(0, n).parallel().forEach(i -> {
            TopK top = tops.get();
            top.clear();
            double bar = Double.NEGATIVE_INFINITY; // below the worst kept weight: never kept, not offered
            for (int j = 0; j < n; j++) {
                float w = b[i * n + j];
                if ((w > 0 || (signed && w < 0)) && Math.abs(w) >= bar) {
                    top.offer(global[j], Math.abs(w));
                    bar = top.threshold();
                }
            }
            int[] best = new int[top.size()];
            double[] s = new double[best.length];
            top.drainInto(best, s, 0);
            float[] weights = new float[best.length];
            for (int r = 0; r < best.length; r++) {
                weights[r] = b[i * n + local[best[r]]];
            }
            items[global[i]] = best;
            scores[global[i]] = weights;
        });
        return ItemNeighbours.of(items, scores, catalog, MATRIX, similarityOptions(options));
    }
}
