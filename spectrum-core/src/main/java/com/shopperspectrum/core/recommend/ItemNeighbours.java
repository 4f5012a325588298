package com.shopperspectrum.core.recommend;

import com.shopperspectrum.core.data.ArrayValue;
import com.shopperspectrum.core.data.InvalidInputException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The top-K most similar products of every product, best first (ties: lower index first), in CSR-like plain
 * arrays: the neighbours of product row {@code i} (of a {@link ProductCatalog}) are
 * {@code items[offsets[i] .. offsets[i+1])} with {@code scores} alongside. The catalogue's stock codes and
 * descriptions are kept by row so that the object answers queries on its own. Immutable and thread-safe.
 *
 * <p>The scores are what the building model says: cosine similarities in [0, 1] from
 * {@link CosineItemSimilarity}, or EASE regression weights from {@link EaseRegression#neighbours()} — positive
 * only (non-positive weights are dropped), not symmetric and not bounded by 1. {@link Recommender} sums either
 * kind; "products similar to this one" ({@code similar}) should come from cosine neighbours.
 */
public final class ItemNeighbours extends ArrayValue {
    private final int[] offsets;
    private final int[] items;
    private final float[] scores;
    private final String[] codes;
    private final String[] descriptions;
    private final MatrixOptions matrixOptions;
    private final SimilarityOptions similarityOptions;
    private final Map<String, Integer> indexByCode;

    /** Wraps arrays (copied); every item must be a row of {@code codes}. */
    public ItemNeighbours(
            int[] offsets,
            int[] items,
            float[] scores,
            String[] codes,
            String[] descriptions,
            MatrixOptions matrixOptions,
            SimilarityOptions similarityOptions) {
        if (offsets.length != codes.length + 1
                || descriptions.length != codes.length
                || items.length != scores.length
                || offsets[codes.length] != items.length) {
            throw new IllegalArgumentException("inconsistent neighbour arrays: " + offsets.length + " offsets, "
                    + codes.length + " codes, " + items.length + " items, " + scores.length + " scores");
        }
        for (int i = 0; i < codes.length; i++) {
            if (offsets[i] > offsets[i + 1]) {
                throw new IllegalArgumentException("neighbour offsets decrease at product row " + i);
            }
        }
        for (int k = 0; k < items.length; k++) {
            if (items[k] < 0 || items[k] >= codes.length) {
                throw new IllegalArgumentException(
                        "neighbour " + k + " is product row " + items[k] + ", outside 0.." + (codes.length - 1));
            }
        }
        this.offsets = offsets.clone();
        this.items = items.clone();
        this.scores = scores.clone();
        this.codes = codes.clone();
        this.descriptions = descriptions.clone();
        this.matrixOptions = Objects.requireNonNull(matrixOptions, "matrixOptions");
        this.similarityOptions = Objects.requireNonNull(similarityOptions, "similarityOptions");
        indexByCode = new HashMap<>();
        for (int i = 0; i < codes.length; i++) {
            if (codes[i] != null) {
                indexByCode.put(codes[i], i);
            }
        }
    }

    static ItemNeighbours of(
            int[][] items, float[][] scores, ProductCatalog catalog, MatrixOptions mo, SimilarityOptions so) {
        int n = items.length;
        int[] offsets = new int[n + 1];
        for (int i = 0; i < n; i++) {
            offsets[i + 1] = offsets[i] + (items[i] == null ? 0 : items[i].length);
        }
        int[] flatItems = new int[offsets[n]];
        float[] flatScores = new float[offsets[n]];
        String[] codes = new String[n];
        String[] descriptions = new String[n];
        for (int i = 0; i < n; i++) {
            if (items[i] != null) {
                System.arraycopy(items[i], 0, flatItems, offsets[i], items[i].length);
                System.arraycopy(scores[i], 0, flatScores, offsets[i], scores[i].length);
            }
            codes[i] = catalog.code(i);
            descriptions[i] = catalog.description(i);
        }
        return new ItemNeighbours(offsets, flatItems, flatScores, codes, descriptions, mo, so);
    }

    /** Number of product indices. */
    public int size() {
        return codes.length;
    }

    public MatrixOptions matrixOptions() {
        return matrixOptions;
    }

    public SimilarityOptions similarityOptions() {
        return similarityOptions;
    }

    /** The product index of a stock code (case-insensitive, trimmed), or -1. */
    public int indexOf(String stockCode) {
        return indexByCode.getOrDefault(stockCode.trim().toUpperCase(Locale.ROOT), -1);
    }

    public String stockCode(int index) {
        return codes[index];
    }

    public String description(int index) {
        return descriptions[index];
    }

    /** Number of neighbours kept for a product index. */
    public int count(int index) {
        return offsets[index + 1] - offsets[index];
    }

    /** The {@code rank}-th (from 0) neighbour's index of product {@code index}. */
    public int neighbour(int index, int rank) {
        return items[offsets[index] + rank];
    }

    /** The {@code rank}-th (from 0) neighbour's similarity. */
    public float score(int index, int rank) {
        return scores[offsets[index] + rank];
    }

    /** The similarity of {@code j} to {@code i} if {@code j} is among i's kept neighbours, else 0. */
    public float similarity(int i, int j) {
        for (int k = offsets[i]; k < offsets[i + 1]; k++) {
            if (items[k] == j) {
                return scores[k];
            }
        }
        return 0f;
    }

    /** The {@code n} products most similar to {@code stockCode}, best first. */
    public List<ScoredProduct> similar(String stockCode, int n) {
        if (n <= 0) {
            throw new InvalidInputException("n must be at least 1, got " + n, "n");
        }
        int i = indexOf(Objects.requireNonNull(stockCode, "stockCode"));
        if (i < 0) {
            throw new InvalidInputException("unknown product '" + stockCode + "'", "product");
        }
        int m = Math.min(n, count(i));
        List<ScoredProduct> out = new ArrayList<>(m);
        for (int r = 0; r < m; r++) {
            int j = neighbour(i, r);
            out.add(new ScoredProduct(codes[j], descriptions[j], score(i, r)));
        }
        return out;
    }

    /** Copies of the flat arrays, for serialisation. */
    public int[] offsets() {
        return offsets.clone();
    }

    public int[] items() {
        return items.clone();
    }

    public float[] scores() {
        return scores.clone();
    }

    public String[] codes() {
        return codes.clone();
    }

    public String[] descriptions() {
        return descriptions.clone();
    }

    @Override
    public String toString() {
        return "ItemNeighbours[" + indexByCode.size() + " products, " + items.length + " neighbours, " + matrixOptions
                + ", " + similarityOptions + "]";
    }

    @Override
    protected Object[] state() {
        return new Object[] {offsets, items, scores, codes};
    }
}
