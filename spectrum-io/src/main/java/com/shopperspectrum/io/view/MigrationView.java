package com.shopperspectrum.io.view;

import com.shopperspectrum.core.cohort.Migration;
import com.shopperspectrum.core.cohort.MigrationMatrix;
import com.shopperspectrum.core.cohort.SegmentHistory;
import com.shopperspectrum.core.cohort.SegmentMonth;
import com.shopperspectrum.core.segment.SegmentModel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * {@code spectrum migration --json} and {@code GET /api/migration}: {@code {"from", "to", "customersFrom",
 * "customersTo", "segmentation": {"names", "transform", "mean", "scale", "centroids", "quintiles"}, "segments":
 * matrix, "rfmSegments": matrix, "history": {"names", "months": [{"monthEnd", "customers", "revenue", "newCustomers",
 * "newRevenue"}]}}} where a
 * matrix is {@code {"rows", "columns", "counts", "rowTotals"}} (the last row "not yet a customer"). The
 * segmentation is the one fitted as of {@code to} that scores both states (its centroids are in feature space).
 */
public record MigrationView(Migration migration, SegmentHistory history) implements JsonView {
    public MigrationView {
        Objects.requireNonNull(migration, "migration");
        Objects.requireNonNull(history, "history");
    }

    @Override
    public Map<String, Object> shape() {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("from", migration.options().from().toString());
        root.put("to", migration.options().to().toString());
        root.put("customersFrom", migration.from().size());
        root.put("customersTo", migration.to().size());
        root.put("segmentation", segmentation(migration.model()));
        root.put("segments", matrix(migration.segments()));
        root.put("rfmSegments", matrix(migration.rfmSegments()));
        root.put("history", history(history));
        return root;
    }

    private static Map<String, Object> segmentation(SegmentModel model) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("names", model.names());
        m.put("transform", model.scaler().transform().name().toLowerCase(java.util.Locale.ROOT));
        m.put("mean", model.scaler().mean());
        m.put("scale", model.scaler().scale());
        m.put("centroids", model.clusters().centroids());
        Map<String, Object> q = new LinkedHashMap<>();
        q.put("recency", model.quintiles().recency());
        q.put("frequency", model.quintiles().frequency());
        q.put("monetary", model.quintiles().monetary());
        m.put("quintiles", q);
        return m;
    }

    /** A matrix's object: row and column labels, counts by row, and each row's total. */
    public static Map<String, Object> matrix(MigrationMatrix matrix) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("rows", matrix.rows());
        m.put("columns", matrix.columns());
        m.put("counts", matrix.counts());
        int[] totals = new int[matrix.rows().size()];
        Arrays.setAll(totals, matrix::rowTotal);
        m.put("rowTotals", totals);
        return m;
    }

    /** The month-end series' object. */
    public static Map<String, Object> history(SegmentHistory history) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("names", history.names());
        List<Map<String, Object>> months = new ArrayList<>();
        for (SegmentMonth month : history.months()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("monthEnd", month.monthEnd().toString());
            row.put("customers", month.customers());
            row.put("revenue", month.revenue());
            row.put("newCustomers", month.newCustomers());
            row.put("newRevenue", month.newRevenue());
            months.add(row);
        }
        m.put("months", months);
        return m;
    }
}
