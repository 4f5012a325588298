package com.shopperspectrum.core.recommend;

import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Exact item–item cosine similarity, keeping the top-K neighbours of each product: the item-based
 * collaborative filtering of Sarwar, Karypis, Konstan and Riedl, "Item-based collaborative filtering
 * recommendation algorithms", WWW 2001.
 *
 * <p>{@code cos(i, j) = Σ_u w(u,i)·w(u,j) / (‖w(·,i)‖ ‖w(·,j)‖)}. For each product {@code i} the kernel walks the
 * rows that bought it (CSC) and, for each, the row's products (CSR), accumulating dot products in a dense
 * per-thread accumulator; only touched products are visited afterwards. Cost is Σ over rows of the row
 * length squared; memory is the matrix, one accumulator of {@code columns} doubles per thread and the kept
 * neighbours — never a products × products array, so a million products and ten million customers fit on one
 * machine when rows are of realistic length.
 *
 * <p>Products are processed in blocks handed to threads dynamically, but every product's sums are taken in
 * the same order (ascending rows, then ascending columns) and ties are broken by the lower index, so the
 * result is identical on any thread count. The similarity is exactly symmetric: {@code cos(i,j)} and
 * {@code cos(j,i)} add the same products in the same order.
 */
public final class CosineItemSimilarity implements ItemSimilarity {
    private static final int BLOCK = 64;
    private final SimilarityOptions options;
    private final int threads;

    /**
     * @param options what to keep
     * @param threads worker threads (&ge; 1), a run-time setting: the result is the same for any number
     */
    public CosineItemSimilarity(SimilarityOptions options, int threads) {
        this.options = Objects.requireNonNull(options, "options");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        this.threads = threads;
    }

    /** One thread per available processor. */
    public static int allProcessors() {
        return Runtime.getRuntime().availableProcessors();
    }

    @Override
    public ItemNeighbours neighbours(PurchaseMatrix m, ProductCatalog catalog) {
        Objects.requireNonNull(m, "matrix");
        Objects.requireNonNull(catalog, "catalog");
        if (catalog.size() != m.cols) {
            throw new IllegalArgumentException("catalog has " + catalog.size() + " product indices, matrix " + m.cols
                    + " columns: build both from the same table");
        }
        double[] norm = norms(m);
        boolean[] candidate = candidates(catalog, m.cols);
        int[][] items = new int[m.cols][];
        float[][] scores = new float[m.cols][];
        AtomicInteger nextBlock = new AtomicInteger();
        Runnable worker = () -> {
            Kernel kernel = new Kernel(m, norm, candidate, options.neighbours());
            for (int b = nextBlock.getAndIncrement(); b * BLOCK < m.cols; b = nextBlock.getAndIncrement()) {
                for (int i = b * BLOCK; i < Math.min(m.cols, (b + 1) * BLOCK); i++) {
                    kernel.row(i, items, scores);
                }
            }
        };
        runOn(threads, worker);
        return ItemNeighbours.of(items, scores, catalog, m.options(), options);
    }

    private static void runOn(int threads, Runnable worker) {
        Thread[] pool = new Thread[threads - 1];
        for (int t = 0; t < pool.length; t++) {
            pool[t] = new Thread(worker, "cosine-" + t);
            pool[t].start();
        }
        worker.run();
        for (Thread t : pool) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while computing similarities", e);
            }
        }
    }

    /**
     * The kernel for one worker of an engine that spreads blocks of products over machines (the Spark engine): the
     * same sums in the same order as {@link #neighbours}, so a block's lists equal the embedded engine's for the
     * same matrix. Not thread-safe: one per worker.
     *
     * @param candidate true at the columns that may be a neighbour
     * @param k         neighbours to keep per product
     */
    public static Kernel kernel(PurchaseMatrix m, boolean[] candidate, int k) {
        Objects.requireNonNull(m, "matrix");
        if (candidate.length != m.cols) {
            throw new IllegalArgumentException(
                    "candidate flags for " + candidate.length + " columns, matrix has " + m.cols);
        }
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1, got " + k);
        }
        return new Kernel(m, norms(m), candidate, k);
    }

    private static double[] norms(PurchaseMatrix m) {
        double[] norm = new double[m.cols];
        for (int i = 0; i < m.cols; i++) {
            double s = 0;
            for (int k = m.colPtr[i]; k < m.colPtr[i + 1]; k++) {
                s += (double) m.colVal[k] * m.colVal[k];
            }
            norm[i] = Math.sqrt(s);
        }
        return norm;
    }

    private boolean[] candidates(ProductCatalog catalog, int cols) {
        boolean[] ok = new boolean[cols];
        for (int j = 0; j < cols; j++) {
            Product p = catalog.product(j);
            ok[j] = p != null && (options.includeNonProducts() || !p.nonProduct());
        }
        return ok;
    }

    /** One worker's accumulator and heap. */
    public static final class Kernel {
        private final PurchaseMatrix m;
        private final double[] norm;
        private final boolean[] candidate;
        private final double[] acc;
        private final int[] stamp;
        private final int[] touched;
        private final TopK top;
        private final int[] outItems;
        private final double[] outScores;

        Kernel(PurchaseMatrix m, double[] norm, boolean[] candidate, int k) {
            this.m = m;
            this.norm = norm;
            this.candidate = candidate;
            acc = new double[m.cols];
            stamp = new int[m.cols];
            Arrays.fill(stamp, -1);
            touched = new int[m.cols];
            top = new TopK(k);
            outItems = new int[k];
            outScores = new double[k];
        }

        /**
         * Stores the neighbours of column {@code i} in {@code items[i]} and {@code scores[i]} (best first, ties by
         * the lower index); a column nobody bought keeps null there.
         */
        public void row(int i, int[][] items, float[][] scores) {
            if (norm[i] == 0) {
                return;
            }
            int nTouched = 0;
            for (int k = m.colPtr[i]; k < m.colPtr[i + 1]; k++) {
                int u = m.rowIdx[k];
                double wi = m.colVal[k];
                for (int l = m.rowPtr[u]; l < m.rowPtr[u + 1]; l++) {
                    int j = m.colIdx[l];
                    if (stamp[j] != i) {
                        stamp[j] = i;
                        acc[j] = 0;
                        touched[nTouched++] = j;
                    }
                    acc[j] += wi * m.rowVal[l];
                }
            }
            top.clear();
            for (int t = 0; t < nTouched; t++) {
                int j = touched[t];
                if (j != i && candidate[j] && acc[j] > 0) {
                    top.offer(j, Math.min(1.0, acc[j] / (norm[i] * norm[j])));
                }
            }
            int n = top.drainInto(outItems, outScores, 0);
            items[i] = Arrays.copyOf(outItems, n);
            float[] s = new float[n];
            for (int t = 0; t < n; t++) {
                s[t] = (float) outScores[t];
            }
            scores[i] = s;
        }
    }
}
