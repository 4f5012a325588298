package com.shopperspectrum.core.clv;

import java.util.List;
import java.util.Objects;

/**
 * The customer-lifetime-value analysis: the summary, the purchase-model fits (one, or both for {@code auto}), the
 * chosen model and how it was chosen, the spend fit (null without money or with fewer than 10 repeat buyers), the
 * correlation of x and m_x (NaN when not computed), whether the result can be trusted (with the reasons when not),
 * the warnings, one {@link CustomerValue} per customer and, with a holdout, the {@link Backtest} of the chosen model.
 */
public record ClvResult(
        ClvOptions options,
        CustomerSummary summary,
        List<ModelFit> models,
        String chosen,
        String chosenBy,
        ModelFit spend,
        double correlation,
        boolean trustworthy,
        List<String> reasons,
        List<String> warnings,
        List<CustomerValue> customers,
        Backtest backtest) {
    public ClvResult {
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(summary, "summary");
        models = List.copyOf(models);
        reasons = List.copyOf(reasons);
        warnings = List.copyOf(warnings);
        customers = List.copyOf(customers);
    }

    /**
     * Fader &amp; Hardie's tracking plot of the chosen model: the weekly cumulative repeat transactions of the base,
     * actual against expected, over the whole data (the backtest's when there is a holdout); empty when the result
     * is not trustworthy.
     */
    public List<Backtest.TrackingPoint> tracking() {
        if (!trustworthy) {
            return List.of();
        }
        return backtest != null ? backtest.tracking() : Backtest.tracking(summary, ClvAnalysis.model(chosenFit()));
    }

    /** The fit of the chosen purchase model. */
    public ModelFit chosenFit() {
        return models.stream().filter(m -> m.name().equals(chosen)).findFirst().orElseThrow();
    }

    /** Why the chosen purchase model was chosen, in words (text output and pages; JSON keeps {@link #chosenBy}). */
    public String chosenByText() {
        return switch (chosenBy) {
            case "model-type" -> "--model-type";
            case "usable" -> "being the only fit the data identify";
            case "backtest" -> "the backtest (holdout error)";
            default -> chosenBy; // "log-likelihood"
        };
    }
}
