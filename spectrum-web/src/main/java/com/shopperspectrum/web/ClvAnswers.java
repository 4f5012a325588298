package com.shopperspectrum.web;

import com.shopperspectrum.core.clv.ClvResult;
import com.shopperspectrum.core.clv.CustomerValue;
import com.shopperspectrum.core.model.SpectrumModel;
import com.shopperspectrum.io.view.ClvView;
import java.util.HashMap;
import java.util.Map;

/**
 * The CLV part's answers, built once per model: the analysis view ({@code GET /api/clv}, 404 without the part) and
 * each customer's P(alive), expected transactions and CLV, null with the reason when the part is missing, not
 * trustworthy or has no value for them.
 */
final class ClvAnswers {
    /** One customer's values (null where unavailable) and, when any is null, why. */
    record Value(Double pAlive, Double expectedTransactions, Double clv, String reason) {}

    private final ClvResult result;
    private final String missing;
    private final Map<String, Integer> rows = new HashMap<>();

    ClvAnswers(SpectrumModel model) {
        this.result = model.clv();
        this.missing = model.metadata().warnings().stream()
                .filter(w -> w.startsWith("no customer value"))
                .findFirst()
                .orElse("it was trained by an earlier version");
        if (result != null) {
            for (int i = 0; i < result.customers().size(); i++) {
                rows.put(result.customers().get(i).customerId(), i);
            }
        }
    }

    /** The analysis, or a 404 saying how to get it. */
    ClvResult result() {
        if (result == null) {
            throw new NotFoundException(noPart());
        }
        return result;
    }

    boolean present() {
        return result != null;
    }

    ClvView view() {
        return new ClvView(result());
    }

    /** Every customer's row (the CSV of {@code clv -o}). */
    String csv() {
        return view().csv();
    }

    /** A customer's values, or nulls with the reason. */
    Value customer(String customerId) {
        if (result == null) {
            return new Value(null, null, null, noPart());
        }
        if (!result.trustworthy()) {
            return new Value(
                    null, null, null, "the CLV model is not trustworthy: " + String.join("; ", result.reasons()));
        }
        Integer row = rows.get(customerId);
        if (row == null) {
            return new Value(null, null, null, "the customer is not in the CLV summary (no purchase in calibration)");
        }
        CustomerValue v = result.customers().get(row);
        Double clv = finite(v.clv());
        return new Value(
                finite(v.pAlive()),
                finite(v.expectedTransactions()),
                clv,
                clv != null ? null : "no CLV: " + String.join("; ", result.warnings()));
    }

    String noPart() {
        return "this model has no customer-value part (" + missing + "): train it again with spectrum train, or run "
                + "spectrum clv on the data file";
    }

    private static Double finite(double v) {
        return Double.isFinite(v) ? v : null;
    }
}
