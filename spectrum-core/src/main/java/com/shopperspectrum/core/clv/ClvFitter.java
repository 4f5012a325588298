package com.shopperspectrum.core.clv;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * Maximum-likelihood fits of the BG/NBD, Pareto/NBD and Gamma-Gamma models on a customer summary: parameters on the
 * log scale, several starting points, an optional L2 penalty λ Σ (ln θ)² on the log-parameters, standard errors
 * from the inverse Hessian of the (penalised) negative log-likelihood by the delta method (se(θ) = θ · se(ln θ)).
 *
 * <p>An estimate is <b>at the boundary</b> when a shape parameter leaves [1e-3, 1e3] or a scale parameter leaves
 * [1e-4, 1e4] times the data's own scale (the mean T for α and β, the mean m_x for γ): the likelihood keeps rising
 * towards a limit that is not a proper model (no dropout, or a spend distribution without spread), and the fit says
 * so in its warnings.
 */
public final class ClvFitter {
    private static final double SHAPE_LOW = 1e-3;
    private static final double SHAPE_HIGH = 1e3;
    private static final double SCALE_LOW = 1e-4;
    private static final double SCALE_HIGH = 1e4;

    private ClvFitter() {}

    /** BG/NBD on every customer of the summary. */
    public static ModelFit bgNbd(CustomerSummary s, double penalty) {
        double scale = meanT(s);
        ModelFit f = purchase(s, penalty, "BG/NBD", BgNbd::ofLog, scale, new boolean[] {false, true, false, false});
        return checkDropout(s, f, penalty, "BG/NBD", "a runs towards 0 and b towards infinity");
    }

    /** Pareto/NBD on every customer of the summary. */
    public static ModelFit paretoNbd(CustomerSummary s, double penalty) {
        double scale = meanT(s);
        ModelFit f =
                purchase(s, penalty, "Pareto/NBD", ParetoNbd::ofLog, scale, new boolean[] {false, true, false, true});
        return checkDropout(s, f, penalty, "Pareto/NBD", "s runs towards 0 or beta towards infinity");
    }

    /**
     * The likelihood-ratio check of the dropout process: both models tend to the NBD (purchases at rate
     * λ ~ Gamma(r, α), nobody leaves) when their dropout parameters reach the boundary. When the fit gains less
     * than 1.92 in log-likelihood over that limit (the 5 % point of χ²(1) / 2), the data show no dropout that
     * they can identify: the fit is marked at the boundary. With a penalty (the user chose a prior that keeps the
     * estimates finite) it is a warning instead: the dropout is then set by the penalty, not by the data.
     */
    private static ModelFit checkDropout(CustomerSummary s, ModelFit f, double penalty, String label, String how) {
        double gain = f.logLikelihood() - s.nbdLogLikelihood(ClvFitter::nbdLogLikelihood);
        if (!(gain < 1.92) || f.atBoundary()) {
            return f;
        }
        List<String> warnings = new ArrayList<>(f.warnings());
        warnings.add(String.format(
                java.util.Locale.ROOT,
                "%s: the data show no dropout (the fit is only %.2f better "
                        + "in log-likelihood than a model where nobody leaves, below 1.92): %s, and P(alive) would be 1 "
                        + "for everyone",
                label,
                gain,
                how));
        return new ModelFit(
                f.name(),
                f.parameterNames(),
                f.parameters(),
                f.standardErrors(),
                f.logLikelihood(),
                f.iterations(),
                f.converged(),
                true,
                f.seconds(),
                warnings);
    }

    /** The maximised log-likelihood of the NBD (no dropout), the common limit of BG/NBD and Pareto/NBD. */
    static double nbdLogLikelihood(CustomerSummary s) {
        SummaryData d = SummaryData.of(s);
        ToDoubleFunction<double[]> negLl = v -> {
            double r = Math.exp(v[0]);
            double alpha = Math.exp(v[1]);
            double sum = 0;
            for (int i = 0; i < d.size(); i++) {
                int x = d.x(i);
                sum += d.weight(i)
                        * (SpecialFunctions.lnGamma(r + x)
                                - SpecialFunctions.lnGamma(r)
                                + r * Math.log(alpha)
                                - (r + x) * Math.log(alpha + d.bigT(i)));
            }
            return -sum;
        };
        double ls = Math.log(meanT(s));
        return -new Minimizer(negLl)
                .minimize(new double[][] {{0, ls}, {Math.log(0.25), ls - 1}})
                .value();
    }

    private static ModelFit purchase(
            CustomerSummary s,
            double penalty,
            String label,
            Function<double[], PurchaseModel> model,
            double scale,
            boolean[] isScale) {
        SummaryData data = SummaryData.of(s);
        ToDoubleFunction<double[]> ll = v -> model.apply(v).logLikelihood(data);
        double ls = Math.log(Math.max(scale, 1e-6));
        double[][] starts = {
            {0, ls, 0, 0}, {Math.log(0.25), ls - 1, Math.log(0.8), Math.log(2.5)}, {Math.log(2), ls + 1, 1, 1}
        };
        String name = model.apply(starts[0]).name();
        return fit(label, name, model.apply(starts[0]).parameterNames(), ll, penalty, starts, scale, isScale);
    }

    /** Gamma-Gamma on the customers with x &gt; 0 and m_x &gt; 0; null when fewer than 2 of them. */
    public static ModelFit gammaGamma(CustomerSummary s, double penalty) {
        List<Integer> use = spenders(s);
        if (use.size() < 2) {
            return null;
        }
        int[] xs = use.stream().mapToInt(s::x).toArray();
        double[] ms = use.stream().mapToDouble(s::mx).toArray();
        ToDoubleFunction<double[]> ll = v -> {
            GammaGamma g = GammaGamma.ofLog(v);
            double sum = 0;
            for (int i = 0; i < xs.length; i++) {
                sum += g.logLikelihood(xs[i], ms[i]);
            }
            return sum;
        };
        double scale = java.util.Arrays.stream(ms).average().orElse(1);
        double ls = Math.log(scale);
        double[][] starts = {{0, 0, ls}, {Math.log(5), Math.log(3), ls}, {Math.log(2), Math.log(2), ls - 1}};
        return fit("Gamma-Gamma", "gamma-gamma", List.of("p", "q", "gamma"), ll, penalty, starts, scale, new boolean[] {
            false, false, true
        });
    }

    /** Indices of the customers the spend model uses: x &gt; 0 and m_x &gt; 0. */
    static List<Integer> spenders(CustomerSummary s) {
        List<Integer> use = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            if (s.x(i) > 0 && s.mx(i) > 0) {
                use.add(i);
            }
        }
        return use;
    }

    private static ModelFit fit(
            String label,
            String name,
            List<String> names,
            ToDoubleFunction<double[]> logLikelihood,
            double penalty,
            double[][] starts,
            double scale,
            boolean[] isScale) {
        long t0 = System.nanoTime();
        ToDoubleFunction<double[]> objective = v -> {
            double pen = 0;
            for (double w : v) {
                pen += w * w;
            }
            return -logLikelihood.applyAsDouble(v) + penalty * pen;
        };
        Minimizer.Result r = new Minimizer(objective, v -> beyond(v, scale, isScale)).minimize(starts);
        int k = names.size();
        double[] theta = new double[k];
        double[] se = new double[k];
        double[][] cov = r.hessian() == null ? null : LinearAlgebra.inverse(r.hessian());
        List<String> warnings = new ArrayList<>();
        boolean boundary = false;
        for (int i = 0; i < k; i++) {
            theta[i] = Math.exp(r.point()[i]);
            se[i] = cov == null || !(cov[i][i] > 0) ? Double.NaN : theta[i] * Math.sqrt(cov[i][i]);
            double relative = isScale[i] ? theta[i] / scale : theta[i];
            double low = isScale[i] ? SCALE_LOW : SHAPE_LOW;
            double high = isScale[i] ? SCALE_HIGH : SHAPE_HIGH;
            if (relative < low || relative > high) {
                boundary = true;
                warnings.add(label + ": the estimate of " + names.get(i) + " runs towards "
                        + (relative < low ? "0" : "infinity") + " ("
                        + String.format(java.util.Locale.ROOT, "%.4g", theta[i]) + "): the data cannot identify it");
            }
        }
        if (r.stoppedAtBoundary()) {
            warnings.add(label + ": the fit stopped after " + r.iterations() + " iterations with an estimate "
                    + "beyond the identifiable range, where the likelihood only approaches its limit (no standard "
                    + "errors)");
        } else if (!r.converged()) {
            warnings.add(label + ": the fit did not converge (largest gradient "
                    + String.format(java.util.Locale.ROOT, "%.3g", r.gradient()) + " after " + r.iterations()
                    + " iterations" + (cov == null ? "; the Hessian is not positive definite" : "") + ")");
        } else if (cov == null || java.util.Arrays.stream(se).anyMatch(Double::isNaN)) {
            warnings.add(label + ": standard errors unavailable (the Hessian is not positive definite)");
        }
        double ll = logLikelihood.applyAsDouble(r.point());
        double seconds = (System.nanoTime() - t0) / 1e9;
        return new ModelFit(
                name,
                names,
                theta,
                se,
                Double.isFinite(ll) ? ll : Double.NaN,
                r.iterations(),
                r.converged(),
                boundary,
                seconds,
                warnings);
    }

    /**
     * Whether log-parameters {@code v} are past the boundary range by a factor e (one unit on the log scale): where
     * the minimiser stops, as the estimate is then reported at the boundary whatever digits it would end with.
     */
    static boolean beyond(double[] v, double scale, boolean[] isScale) {
        for (int i = 0; i < v.length; i++) {
            double relative = isScale[i] ? v[i] - Math.log(scale) : v[i];
            double low = Math.log(isScale[i] ? SCALE_LOW : SHAPE_LOW) - 1;
            double high = Math.log(isScale[i] ? SCALE_HIGH : SHAPE_HIGH) + 1;
            if (relative < low || relative > high) {
                return true;
            }
        }
        return false;
    }

    private static double meanT(CustomerSummary s) {
        double sum = 0;
        for (int i = 0; i < s.size(); i++) {
            sum += s.bigT(i);
        }
        return s.size() == 0 ? 1 : Math.max(sum / s.size(), 1e-6);
    }
}
