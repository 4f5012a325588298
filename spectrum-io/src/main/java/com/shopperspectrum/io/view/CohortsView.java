package com.shopperspectrum.io.view;

import com.shopperspectrum.core.cohort.CohortCell;
import com.shopperspectrum.core.cohort.CohortTriangle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * {@code spectrum cohorts --json} and {@code GET /api/cohorts}: {@code {"period", "cohorts", "customers",
 * "periods", "rows": [{"cohort", "start", "size", "cells": [{"periodIndex", "active", "retention", "revenue",
 * "revenueRetention"}]}]}}; revenue and revenue retention are null where undefined (no prices; no revenue in
 * period 0), never NaN.
 */
public record CohortsView(CohortTriangle triangle) implements JsonView {
    public CohortsView {
        Objects.requireNonNull(triangle, "triangle");
    }

    @Override
    public Map<String, Object> shape() {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("period", triangle.period().label());
        root.put("cohorts", triangle.cohorts());
        root.put("customers", triangle.customers());
        root.put("periods", triangle.periods());
        List<Map<String, Object>> rows = new ArrayList<>();
        for (List<CohortCell> cells : triangle.byCohort().values()) {
            CohortCell first = cells.get(0);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("cohort", first.cohort());
            row.put("start", first.cohortStart().toString());
            row.put("size", first.cohortSize());
            List<Map<String, Object>> out = new ArrayList<>();
            for (CohortCell c : cells) {
                Map<String, Object> cell = new LinkedHashMap<>();
                cell.put("periodIndex", c.periodIndex());
                cell.put("active", c.active());
                cell.put("retention", c.retention());
                cell.put("revenue", c.revenue());
                cell.put("revenueRetention", c.revenueRetention());
                out.add(cell);
            }
            row.put("cells", out);
            rows.add(row);
        }
        root.put("rows", rows);
        return root;
    }
}
