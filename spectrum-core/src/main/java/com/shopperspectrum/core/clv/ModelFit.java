package com.shopperspectrum.core.clv;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One maximum-likelihood fit: the parameters in the model's order with their standard errors (NaN when the
 * Hessian is not positive definite), the log-likelihood (without the penalty), the iterations, whether it
 * converged, whether an estimate is at the boundary (the data cannot identify it), and the warnings in words.
 */
public record ModelFit(
        String name,
        List<String> parameterNames,
        double[] parameters,
        double[] standardErrors,
        double logLikelihood,
        int iterations,
        boolean converged,
        boolean atBoundary,
        double seconds,
        List<String> warnings) {
    public ModelFit {
        Objects.requireNonNull(name, "name");
        parameterNames = List.copyOf(parameterNames);
        parameters = parameters.clone();
        standardErrors = standardErrors.clone();
        warnings = List.copyOf(warnings);
    }

    @Override
    public double[] parameters() {
        return parameters.clone();
    }

    @Override
    public double[] standardErrors() {
        return standardErrors.clone();
    }

    /** The parameters by name, in order. */
    public Map<String, Double> parameterMap() {
        return map(parameters);
    }

    /** The standard errors by name (NaN: unavailable). */
    public Map<String, Double> standardErrorMap() {
        return map(standardErrors);
    }

    private Map<String, Double> map(double[] values) {
        Map<String, Double> m = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            m.put(parameterNames.get(i), values[i]);
        }
        return m;
    }

    /** Whether the fit can be used: converged and not at the boundary. */
    public boolean usable() {
        return converged && !atBoundary;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ModelFit f
                && name.equals(f.name)
                && java.util.Arrays.equals(parameters, f.parameters)
                && logLikelihood == f.logLikelihood;
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, java.util.Arrays.hashCode(parameters), logLikelihood);
    }

    @Override
    public String toString() {
        return name + parameterMap() + " LL=" + logLikelihood;
    }
}
