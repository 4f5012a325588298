package com.shopperspectrum.core.clv;

import com.shopperspectrum.core.clean.CleaningResult;
import com.shopperspectrum.core.data.TransactionTable;
import java.util.ArrayList;
import java.util.List;

/**
 * Customer lifetime value from clean transactions: the {@link CustomerSummary}, the purchase model(s) by maximum
 * likelihood ({@link ClvFitter}), the Gamma-Gamma spend model, and per customer P(alive), the expected transactions
 * in the horizon, the expected average value and the discounted CLV.
 *
 * <p><b>Choice</b> ({@code auto}): among the fits that converged away from the boundary, the lower holdout mean
 * absolute error when there is a holdout, else the higher log-likelihood. <b>Trust</b>: the result is not
 * trustworthy when fewer than 10 customers repeat, when the chosen purchase model did not converge or has an
 * estimate at the boundary (then no P(alive), expectations or CLVs are given), or when the spend model is at the
 * boundary or has no finite mean (q ≤ 1; then no values or CLVs are given). <b>CLV</b> = E[M] · Σ_k (E[Y(t_k)] −
 * E[Y(t_{k−1})]) / (1 + rate)^(t_k in years), monthly steps t_k (365.25 / 12 days) to the horizon: never negative.
 */
public final class ClvAnalysis {
    static final int MIN_REPEATERS = 10;
    private static final double MONTH_DAYS = 365.25 / 12;

    private ClvAnalysis() {}

    public static ClvResult run(TransactionTable clean, ClvOptions options) {
        return run(CustomerSummary.of(clean, options.summary()), options);
    }

    /** The analysis of the cleaning's purchases (free purchases included: {@link CustomerSummary#of(CleaningResult,
     * SummaryOptions)}). */
    public static ClvResult run(CleaningResult cleaning, ClvOptions options) {
        return run(CustomerSummary.of(cleaning, options.summary()), options);
    }

    public static ClvResult run(CustomerSummary s, ClvOptions options) {
        List<String> reasons = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        List<ModelFit> fits = new ArrayList<>();
        if (options.modelType() != ModelType.PARETO) {
            fits.add(ClvFitter.bgNbd(s, options.penalty()));
        }
        if (options.modelType() != ModelType.BGNBD) {
            fits.add(ClvFitter.paretoNbd(s, options.penalty()));
        }
        String[] chosenBy = new String[1];
        ModelFit chosen = choose(s, fits, options.modelType(), chosenBy);
        PurchaseModel model = model(chosen);
        boolean purchaseOk = chosen.usable();
        int repeaters = s.repeaters();
        if (repeaters < MIN_REPEATERS) {
            reasons.add("only " + repeaters + " customers bought again in the calibration period; the models need at "
                    + "least " + MIN_REPEATERS + ": use a longer calibration period or more data");
            purchaseOk = false;
        }
        if (!chosen.usable()) {
            reasons.addAll(chosen.warnings());
            reasons.add("the purchase process cannot be identified from these data: try a penalty (--penalty 0.01), "
                    + "a longer calibration period, or the other model (--model-type "
                    + (chosen.name().equals("bgnbd") ? "pareto" : "bgnbd") + "); no P(alive) or CLV is given");
        }
        ModelFit spend = null;
        GammaGamma gg = null;
        double correlation = Double.NaN;
        if (!s.hasMoney()) {
            warnings.add("the data have no money (no price or amount): Gamma-Gamma, expected values and CLV are "
                    + "unavailable; the purchase model still runs");
        } else if (ClvFitter.spenders(s).size() < MIN_REPEATERS) {
            warnings.add("fewer than " + MIN_REPEATERS + " repeat buyers with a positive value: the Gamma-Gamma "
                    + "spend model, expected values and CLV are unavailable");
        } else {
            spend = ClvFitter.gammaGamma(s, options.penalty());
            correlation = correlation(s);
            gg = spendModel(spend, correlation, reasons, warnings);
        }
        for (ModelFit f : fits) {
            if (f != chosen || chosen.usable()) {
                warnings.addAll(f.warnings());
            }
        }
        List<CustomerValue> values = values(s, options, purchaseOk ? model : null, gg);
        Backtest backtest = s.hasHoldout() && purchaseOk ? Backtest.of(s, model) : null;
        if (backtest != null && backtest.maeModel() > backtest.maeNaive()) {
            warnings.add(String.format(
                    java.util.Locale.ROOT,
                    "the backtest: the model's mean absolute error in the "
                            + "holdout (%.3f) is above the naive forecast's (%.3f, each customer's own rate)",
                    backtest.maeModel(),
                    backtest.maeNaive()));
        }
        return new ClvResult(
                options,
                s,
                fits,
                chosen.name(),
                chosenBy[0],
                spend,
                correlation,
                reasons.isEmpty(),
                reasons,
                warnings,
                values,
                backtest);
    }

    private static GammaGamma spendModel(
            ModelFit spend, double correlation, List<String> reasons, List<String> warnings) {
        if (Math.abs(correlation) > 0.3) {
            warnings.add(String.format(
                    java.util.Locale.ROOT,
                    "Gamma-Gamma assumes the value of a transaction does not "
                            + "depend on how often a customer buys, but the correlation of x and m_x is %.2f (above 0.3): "
                            + "read the expected values with care",
                    correlation));
        }
        GammaGamma gg = GammaGamma.ofLog(log(spend.parameters()));
        if (!spend.usable()) {
            reasons.addAll(spend.warnings());
            reasons.add("the spend model cannot be identified from these data (a few very large spenders dominate); "
                    + "try --penalty 0.01 or leave the largest buyers out: no expected value or CLV is given");
            return null;
        }
        if (gg.q() <= 1) {
            reasons.add("Gamma-Gamma: q = " + String.format(java.util.Locale.ROOT, "%.3g", gg.q()) + " ≤ 1, so the "
                    + "mean spend of the population is infinite: no expected value or CLV is given");
            return null;
        }
        return gg;
    }

    private static ModelFit choose(CustomerSummary s, List<ModelFit> fits, ModelType type, String[] by) {
        if (fits.size() == 1) {
            by[0] = "model-type";
            return fits.get(0);
        }
        List<ModelFit> usable = fits.stream().filter(ModelFit::usable).toList();
        List<ModelFit> candidates = usable.isEmpty() ? fits : usable;
        if (candidates.size() == 1) {
            by[0] = "usable";
            return candidates.get(0);
        }
        if (s.hasHoldout()) {
            by[0] = "backtest";
            ModelFit best = null;
            double bestMae = Double.POSITIVE_INFINITY;
            for (ModelFit f : candidates) {
                double mae = Backtest.mae(s, model(f));
                if (best == null || mae < bestMae) {
                    best = f;
                    bestMae = mae;
                }
            }
            return best;
        }
        by[0] = "log-likelihood";
        ModelFit best = candidates.get(0);
        for (ModelFit f : candidates) {
            if (f.logLikelihood() > best.logLikelihood()) {
                best = f;
            }
        }
        return best;
    }

    static PurchaseModel model(ModelFit f) {
        double[] p = log(f.parameters());
        return f.name().equals("bgnbd") ? BgNbd.ofLog(p) : ParetoNbd.ofLog(p);
    }

    private static double[] log(double[] v) {
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = Math.log(v[i]);
        }
        return out;
    }

    private static List<CustomerValue> values(CustomerSummary s, ClvOptions o, PurchaseModel model, GammaGamma gg) {
        double horizonDays = 7.0 * o.horizonWeeks();
        int steps = (int) Math.ceil(horizonDays / MONTH_DAYS - 1e-9);
        double[] times = new double[steps];
        double[] discount = new double[steps];
        for (int k = 0; k < steps; k++) {
            double days = Math.min((k + 1) * MONTH_DAYS, horizonDays);
            times[k] = days / s.unit().days();
            discount[k] = Math.pow(1 + o.discountRate(), -days / 365.25);
        }
        List<CustomerValue> out = new ArrayList<>(s.size());
        for (int i = 0; i < s.size(); i++) {
            int x = s.x(i);
            double alive = Double.NaN;
            double expected = Double.NaN;
            double value = gg == null ? Double.NaN : gg.expectedValue(x, s.mx(i));
            double clv = Double.NaN;
            if (model != null) {
                alive = clamp01(model.pAlive(x, s.tx(i), s.bigT(i)));
                double[] e = model.expected(times, x, s.tx(i), s.bigT(i));
                expected = Math.max(0, e[steps - 1]);
                if (gg != null && value > 0) {
                    double sum = 0;
                    double previous = 0;
                    for (int k = 0; k < steps; k++) {
                        sum += Math.max(0, e[k] - previous) * discount[k];
                        previous = Math.max(previous, e[k]);
                    }
                    clv = Math.max(0, value * sum);
                }
            }
            out.add(new CustomerValue(
                    s.id(i),
                    x,
                    s.tx(i),
                    s.bigT(i),
                    s.mx(i),
                    alive,
                    expected,
                    Double.isFinite(value) ? Math.max(0, value) : Double.NaN,
                    Double.isFinite(clv) ? clv : Double.NaN));
        }
        return out;
    }

    private static double clamp01(double p) {
        return Double.isFinite(p) ? Math.min(1, Math.max(0, p)) : Double.NaN;
    }

    /** Pearson correlation of x and m_x over the customers with x &gt; 0 and m_x &gt; 0 (NaN when undefined). */
    static double correlation(CustomerSummary s) {
        List<Integer> use = ClvFitter.spenders(s);
        int n = use.size();
        double mxBar = 0;
        double xBar = 0;
        for (int i : use) {
            xBar += s.x(i) / (double) n;
            mxBar += s.mx(i) / n;
        }
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i : use) {
            double dx = s.x(i) - xBar;
            double dy = s.mx(i) - mxBar;
            sxy += dx * dy;
            sxx += dx * dx;
            syy += dy * dy;
        }
        double r = sxy / Math.sqrt(sxx * syy);
        return Double.isFinite(r) ? r : Double.NaN;
    }
}
