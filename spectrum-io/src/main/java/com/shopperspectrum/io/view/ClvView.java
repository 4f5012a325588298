package com.shopperspectrum.io.view;

import com.shopperspectrum.core.clv.Backtest;
import com.shopperspectrum.core.clv.ClvResult;
import com.shopperspectrum.core.clv.CustomerSummary;
import com.shopperspectrum.core.clv.CustomerValue;
import com.shopperspectrum.core.clv.ModelFit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * {@code spectrum clv --json} (and its API answer): {@code {"summary", "models": [{"name", "parameters",
 * "standardErrors", "logLikelihood", "converged", "iterations", "warnings"}], "spend", "chosen", "chosenBy",
 * "trustworthy", "reasons", "warnings", "backtest"}}; and the customers CSV of {@code -o}:
 * {@code customer_id,x,t_x,T,m_x,p_alive,expected_transactions,expected_value,clv}. A number that is not available
 * (NaN inside) is JSON {@code null} and an empty CSV cell: never NaN or Infinity.
 */
public record ClvView(ClvResult result) implements JsonView {
    /** The header of the customers CSV. */
    public static final String CSV_HEADER = "customer_id,x,t_x,T,m_x,p_alive,expected_transactions,expected_value,clv";

    public ClvView {
        Objects.requireNonNull(result, "result");
    }

    @Override
    public Map<String, Object> shape() {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("summary", summary());
        List<Map<String, Object>> models = new ArrayList<>();
        for (ModelFit f : result.models()) {
            Map<String, Object> m = fit(f);
            m.put("converged", f.converged());
            m.put("iterations", f.iterations());
            m.put("warnings", f.warnings());
            models.add(m);
        }
        root.put("models", models);
        root.put("spend", spend());
        root.put("chosen", result.chosen());
        root.put("chosenBy", result.chosenBy());
        root.put("trustworthy", result.trustworthy());
        root.put("reasons", result.reasons());
        root.put("warnings", result.warnings());
        if (result.backtest() != null) {
            root.put("backtest", backtest(result.backtest()));
        }
        return root;
    }

    private Map<String, Object> summary() {
        CustomerSummary s = result.summary();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("customers", s.size());
        m.put("repeaters", s.repeaters());
        m.put("firstDay", s.firstDataDay().toString());
        m.put("calibrationEnd", s.calibrationEnd().toString());
        m.put("lastDay", s.lastDataDay().toString());
        m.put("unit", s.unit().key());
        m.put("holdoutLength", s.hasHoldout() ? s.holdoutLength() : null);
        m.put("newInHoldout", s.newInHoldout());
        m.put("horizonWeeks", result.options().horizonWeeks());
        m.put("discountRate", result.options().discountRate());
        m.put("penalty", result.options().penalty());
        return m;
    }

    private static Map<String, Object> fit(ModelFit f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", f.name());
        m.put("parameters", finite(f.parameterMap()));
        m.put("standardErrors", finite(f.standardErrorMap()));
        m.put("logLikelihood", finite(f.logLikelihood()));
        return m;
    }

    private Map<String, Object> spend() {
        ModelFit f = result.spend();
        if (f == null) {
            return null;
        }
        Map<String, Object> m = fit(f);
        m.put("correlation", finite(result.correlation()));
        m.put("converged", f.converged());
        m.put("warnings", f.warnings());
        return m;
    }

    private static Map<String, Object> backtest(Backtest b) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("holdoutLength", b.holdoutLength());
        m.put("customers", b.customers());
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Backtest.FrequencyRow r : b.byFrequency()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("frequency", r.frequency());
            row.put("customers", r.customers());
            row.put("actual", finite(r.actual()));
            row.put("model", finite(r.model()));
            row.put("naive", finite(r.naive()));
            row.put("average", finite(r.average()));
            rows.add(row);
        }
        m.put("byFrequency", rows);
        Map<String, Object> mae = new LinkedHashMap<>();
        mae.put("model", finite(b.maeModel()));
        mae.put("naive", finite(b.maeNaive()));
        mae.put("average", finite(b.maeAverage()));
        m.put("mae", mae);
        List<Map<String, Object>> tracking = new ArrayList<>();
        for (Backtest.TrackingPoint p : b.tracking()) {
            Map<String, Object> point = new LinkedHashMap<>();
            point.put("week", p.week());
            point.put("end", p.end().toString());
            point.put("actual", finite(p.actual()));
            point.put("expected", finite(p.expected()));
            tracking.add(point);
        }
        m.put("tracking", tracking);
        return m;
    }

    /** The customers CSV (header and one row per customer, in customer id order). */
    public String csv() {
        StringBuilder b = new StringBuilder(CSV_HEADER).append('\n');
        for (CustomerValue c : result.customers()) {
            b.append(Csv.row(java.util.Arrays.asList(
                    c.customerId(),
                    Integer.toString(c.x()),
                    cell(c.tx()),
                    cell(c.bigT()),
                    cell(c.mx()),
                    cell(c.pAlive()),
                    cell(c.expectedTransactions()),
                    cell(c.expectedValue()),
                    cell(c.clv()))));
        }
        return b.toString();
    }

    private static String cell(double v) {
        return Double.isFinite(v) ? Csv.decimal(v) : null;
    }

    private static Double finite(double v) {
        return Double.isFinite(v) ? v : null;
    }

    private static Map<String, Double> finite(Map<String, Double> values) {
        Map<String, Double> m = new LinkedHashMap<>();
        values.forEach((k, v) -> m.put(k, finite(v)));
        return m;
    }
}
