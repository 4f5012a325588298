package com.shopperspectrum.core.recommend;

import com.shopperspectrum.core.data.TransactionTable;
import java.util.Arrays;
import java.util.Objects;

/**
 * A sparse rows × products matrix of weighted purchases, held twice: compressed sparse rows (CSR, for "what
 * did this row buy") and compressed sparse columns (CSC, for "who bought this product"). Rows are customers
 * or invoices ({@link Scope}; the table's dictionary ids, so rows with no purchase are simply empty), columns are
 * the rows of a {@link ProductCatalog}. Within a row, columns ascend; within a column, rows ascend.
 *
 * <p>Memory is O(rows + columns + non-zeros): never a dense array of rows × products. Cells are weighted as
 * {@link Weighting} documents. Immutable; the arrays are package-private for the similarity kernel.
 */
public final class PurchaseMatrix {
    final int rows;
    final int cols;
    final int[] rowPtr;
    final int[] colIdx;
    final float[] rowVal;
    final int[] colPtr;
    final int[] rowIdx;
    final float[] colVal;
    private final MatrixOptions options;

    private PurchaseMatrix(int rows, int cols, int[] rowPtr, int[] colIdx, float[] rowVal, MatrixOptions options) {
        this.rows = rows;
        this.cols = cols;
        this.rowPtr = rowPtr;
        this.colIdx = colIdx;
        this.rowVal = rowVal;
        this.options = options;
        colPtr = new int[cols + 1];
        for (int c : colIdx) {
            colPtr[c + 1]++;
        }
        for (int c = 0; c < cols; c++) {
            colPtr[c + 1] += colPtr[c];
        }
        rowIdx = new int[colIdx.length];
        colVal = new float[colIdx.length];
        int[] next = Arrays.copyOf(colPtr, cols);
        for (int u = 0; u < rows; u++) {
            for (int k = rowPtr[u]; k < rowPtr[u + 1]; k++) {
                int at = next[colIdx[k]]++;
                rowIdx[at] = u;
                colVal[at] = rowVal[k];
            }
        }
    }

    /**
     * Builds the matrix of {@code table}'s rows with the catalogue's rows as columns (lines without a customer are
     * skipped in customer scope, lines of products outside the catalogue always).
     */
    public static PurchaseMatrix of(TransactionTable table, ProductCatalog catalog, MatrixOptions options) {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(options, "options");
        boolean byCustomer = options.scope() == Scope.CUSTOMER;
        int rows = byCustomer ? table.customers().size() : table.invoices().size();
        int cols = catalog.size();
        int[] column = catalog.rowsOf(table.products());
        int[] ptr = new int[rows + 1];
        for (int r = 0; r < table.size(); r++) {
            int u = byCustomer ? table.customer(r) : table.invoice(r);
            if (u >= 0 && column[table.product(r)] >= 0) {
                ptr[u + 1]++;
            }
        }
        for (int u = 0; u < rows; u++) {
            ptr[u + 1] += ptr[u];
        }
        int[] lines = new int[ptr[rows]];
        int[] next = Arrays.copyOf(ptr, rows);
        for (int r = 0; r < table.size(); r++) {
            int u = byCustomer ? table.customer(r) : table.invoice(r);
            if (u >= 0 && column[table.product(r)] >= 0) {
                lines[next[u]++] = r;
            }
        }
        return merge(table, column, rows, cols, ptr, lines, options);
    }

    /**
     * A matrix from weighted cells built elsewhere (the Spark engine computes the weights of
     * {@link Weighting} on the cluster): row {@code u}'s cells are {@code colIdx[rowPtr[u] .. rowPtr[u+1])}, columns
     * strictly ascending within a row, with their weights in {@code weights}. The arrays are taken, not copied.
     */
    public static PurchaseMatrix ofWeightedRows(
            int rows, int cols, int[] rowPtr, int[] colIdx, float[] weights, MatrixOptions options) {
        Objects.requireNonNull(options, "options");
        if (rowPtr.length != rows + 1
                || rowPtr[0] != 0
                || rowPtr[rows] != colIdx.length
                || weights.length != colIdx.length) {
            throw new IllegalArgumentException("row pointers do not match " + rows + " rows of " + colIdx.length
                    + " cells (" + weights.length + " weights)");
        }
        for (int u = 0; u < rows; u++) {
            if (rowPtr[u + 1] < rowPtr[u]) {
                throw new IllegalArgumentException("row pointers decrease at row " + u);
            }
            for (int k = rowPtr[u]; k < rowPtr[u + 1]; k++) {
                int c = colIdx[k];
                if (c < 0 || c >= cols || (k > rowPtr[u] && c <= colIdx[k - 1])) {
                    throw new IllegalArgumentException("row " + u + ": column " + c + " is outside 0.." + (cols - 1)
                            + " or not after the row's previous column");
                }
            }
        }
        return new PurchaseMatrix(rows, cols, rowPtr, colIdx, weights, options);
    }

    /** Sums each row's lines per product into cells, then weights them. */
    private static PurchaseMatrix merge(
            TransactionTable t, int[] column, int rows, int cols, int[] linePtr, int[] lines, MatrixOptions options) {
        int[] rowPtr = new int[rows + 1];
        int[] col = new int[lines.length];
        float[] qty = new float[lines.length];
        float[] cnt = new float[lines.length];
        long[] keys = new long[16];
        int nnz = 0;
        for (int u = 0; u < rows; u++) {
            int m = linePtr[u + 1] - linePtr[u];
            if (keys.length < m) {
                keys = new long[Math.max(m, keys.length * 2)];
            }
            for (int k = 0; k < m; k++) {
                int r = lines[linePtr[u] + k];
                keys[k] = ((long) column[t.product(r)] << 32) | r;
            }
            Arrays.sort(keys, 0, m);
            for (int k = 0; k < m; ) {
                int p = (int) (keys[k] >>> 32);
                long q = 0;
                int c = 0;
                for (; k < m && (int) (keys[k] >>> 32) == p; k++) {
                    q += t.quantity((int) keys[k]);
                    c++;
                }
                col[nnz] = p;
                qty[nnz] = q;
                cnt[nnz] = c;
                nnz++;
            }
            rowPtr[u + 1] = nnz;
        }
        col = Arrays.copyOf(col, nnz);
        float[] w =
                CellWeights.weigh(options, rows, cols, rowPtr, col, Arrays.copyOf(qty, nnz), Arrays.copyOf(cnt, nnz));
        return new PurchaseMatrix(rows, cols, rowPtr, col, w, options);
    }

    public int rows() {
        return rows;
    }

    public int columns() {
        return cols;
    }

    public int nonZeros() {
        return colIdx.length;
    }

    public MatrixOptions options() {
        return options;
    }

    /** The weight of cell (row, column), 0 when empty (binary search in the row). */
    public float get(int row, int column) {
        Objects.checkIndex(row, rows);
        Objects.checkIndex(column, cols);
        int k = Arrays.binarySearch(colIdx, rowPtr[row], rowPtr[row + 1], column);
        return k >= 0 ? rowVal[k] : 0f;
    }

    /** Number of non-empty cells of a column (rows that bought the product). */
    public int columnCount(int column) {
        return colPtr[column + 1] - colPtr[column];
    }

    /** Approximate heap bytes of the arrays. */
    public long memoryBytes() {
        return 4L * (rowPtr.length + colPtr.length) + 12L * 2 * colIdx.length;
    }
}
