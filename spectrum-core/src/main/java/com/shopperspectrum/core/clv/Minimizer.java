package com.shopperspectrum.core.clv;

import java.util.Arrays;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;

/**
 * Minimises a smooth function of a few unconstrained variables (the log-parameters of a likelihood): Nelder–Mead
 * (Nelder &amp; Mead 1965) from each starting point, the best kept, then Newton steps with a numerical Hessian
 * (central differences) and a backtracking line search. The result says whether it converged (the gradient
 * vanishes and the Hessian is positive definite at the end) and carries that Hessian for standard errors.
 * Points where the function is NaN or infinite count as worse than any finite point, so a fit never throws.
 */
final class Minimizer {
    /** Log-parameters beyond ±LIMIT (a factor e^25 ≈ 7e10) are treated as outside the domain. */
    static final double LIMIT = 25;

    private static final int MAX_SIMPLEX_ITERATIONS = 2000;
    private static final int MAX_NEWTON_STEPS = 25;
    private static final double GRADIENT_TOLERANCE = 1e-3;

    /**
     * The minimum found: point, value, iterations (simplex + Newton), convergence and the Hessian there (null when
     * the search stopped at the boundary: there is no minimum to take it at).
     */
    record Result(
            double[] point,
            double value,
            int iterations,
            boolean converged,
            double gradient,
            double[][] hessian,
            boolean stoppedAtBoundary) {}

    private final ToDoubleFunction<double[]> f;
    private final Predicate<double[]> beyond;
    private int evaluations;

    Minimizer(ToDoubleFunction<double[]> function) {
        this(function, x -> false);
    }

    /**
     * @param beyond whether a point is beyond the region where the function's parameters can be identified: once
     *     the simplex's best vertex is there, the search stops (the function keeps falling towards a limit that
     *     is no proper minimum; following it costs many evaluations and changes nothing but the digits of an
     *     estimate that is reported as at the boundary), and the other starting points are not tried.
     */
    Minimizer(ToDoubleFunction<double[]> function, Predicate<double[]> beyond) {
        this.f = function;
        this.beyond = beyond;
    }

    Result minimize(double[][] starts) {
        // Nelder–Mead from the start with the lowest value, then Newton; the other starts only when that fails
        Integer[] order = new Integer[starts.length];
        double[] startValues = new double[starts.length];
        for (int i = 0; i < starts.length; i++) {
            order[i] = i;
            startValues[i] = value(starts[i]);
        }
        Arrays.sort(order, (i, j) -> Double.compare(startValues[i], startValues[j]));
        Result best = null;
        int iterations = 0;
        for (int i : order) {
            Result r = fromStart(starts[i]);
            iterations += r.iterations();
            if (best == null || r.value() < best.value()) {
                best = r;
            }
            if (best.converged() || r.stoppedAtBoundary()) {
                break;
            }
        }
        return new Result(
                best.point(),
                best.value(),
                iterations,
                best.converged(),
                best.gradient(),
                best.hessian(),
                best.stoppedAtBoundary());
    }

    private Result fromStart(double[] start) {
        double[][] simplex = simplex(start);
        int iterations = nelderMead(simplex);
        double[] best = simplex[0];
        double bestValue = value(best);
        if (beyond.test(best)) {
            return new Result(best, bestValue, iterations, false, Double.NaN, null, true);
        }
        double[] x = best.clone();
        double fx = bestValue;
        double[] g = gradient(x);
        double[][] h = hessian(x);
        for (int step = 0; step < MAX_NEWTON_STEPS && norm(g) > GRADIENT_TOLERANCE * 1e-2; step++) {
            double[] d = LinearAlgebra.solve(h, negate(g));
            if (d == null) {
                break;
            }
            double t = 1;
            boolean moved = false;
            for (int k = 0; k < 30; k++, t /= 2) {
                double[] y = add(x, d, t);
                double fy = value(y);
                if (fy <= fx) {
                    moved = fx - fy > 1e-10 * (1 + Math.abs(fx));
                    x = y;
                    fx = fy;
                    break;
                }
            }
            iterations++;
            g = gradient(x);
            h = hessian(x);
            if (!moved) {
                break;
            }
        }
        boolean converged = Double.isFinite(fx) && norm(g) < GRADIENT_TOLERANCE && LinearAlgebra.inverse(h) != null;
        return new Result(x, fx, iterations, converged, norm(g), h, false);
    }

    int evaluations() {
        return evaluations;
    }

    double value(double[] x) {
        evaluations++;
        for (double v : x) {
            if (!(Math.abs(v) <= LIMIT)) {
                return Double.POSITIVE_INFINITY;
            }
        }
        double v = f.applyAsDouble(x);
        return Double.isNaN(v) ? Double.POSITIVE_INFINITY : v;
    }

    private static double[][] simplex(double[] start) {
        int n = start.length;
        double[][] s = new double[n + 1][];
        s[0] = start.clone();
        for (int i = 0; i < n; i++) {
            s[i + 1] = start.clone();
            s[i + 1][i] += 0.5;
        }
        return s;
    }

    /** Nelder–Mead on {@code s} in place (s[0] ends as the best vertex); returns the iterations. */
    private int nelderMead(double[][] s) {
        int n = s.length - 1;
        double[] fs = new double[n + 1];
        for (int i = 0; i <= n; i++) {
            fs[i] = value(s[i]);
        }
        int it = 0;
        for (; it < MAX_SIMPLEX_ITERATIONS; it++) {
            sort(s, fs);
            if (Math.abs(fs[n] - fs[0]) <= 1e-9 * (1 + Math.abs(fs[0])) || beyond.test(s[0])) {
                break;
            }
            double[] c = new double[n];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    c[j] += s[i][j] / n;
                }
            }
            double[] xr = toward(c, s[n], -1);
            double fr = value(xr);
            if (fr < fs[0]) {
                double[] xe = toward(c, s[n], -2);
                double fe = value(xe);
                replace(s, fs, n, fe < fr ? xe : xr, Math.min(fe, fr));
            } else if (fr < fs[n - 1]) {
                replace(s, fs, n, xr, fr);
            } else {
                boolean outside = fr < fs[n];
                double[] xc = toward(c, outside ? xr : s[n], 0.5);
                double fc = value(xc);
                if (fc < (outside ? fr : fs[n])) {
                    replace(s, fs, n, xc, fc);
                } else {
                    for (int i = 1; i <= n; i++) {
                        s[i] = toward(s[0], s[i], 0.5);
                        fs[i] = value(s[i]);
                    }
                }
            }
        }
        sort(s, fs);
        return it;
    }

    private static void replace(double[][] s, double[] fs, int i, double[] x, double fx) {
        s[i] = x;
        fs[i] = fx;
    }

    /** c + t (x − c). */
    private static double[] toward(double[] c, double[] x, double t) {
        double[] y = new double[c.length];
        for (int j = 0; j < c.length; j++) {
            y[j] = c[j] + t * (x[j] - c[j]);
        }
        return y;
    }

    private static void sort(double[][] s, double[] fs) {
        Integer[] order = new Integer[fs.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (i, j) -> Double.compare(fs[i], fs[j]));
        double[][] s2 = new double[s.length][];
        double[] f2 = new double[fs.length];
        for (int i = 0; i < order.length; i++) {
            s2[i] = s[order[i]];
            f2[i] = fs[order[i]];
        }
        System.arraycopy(s2, 0, s, 0, s.length);
        System.arraycopy(f2, 0, fs, 0, fs.length);
    }

    private static double size(double[][] s) {
        double max = 0;
        for (int i = 1; i < s.length; i++) {
            for (int j = 0; j < s[0].length; j++) {
                max = Math.max(max, Math.abs(s[i][j] - s[0][j]));
            }
        }
        return max;
    }

    double[] gradient(double[] x) {
        double h = 1e-5;
        double[] g = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            g[i] = (value(shift(x, i, h)) - value(shift(x, i, -h))) / (2 * h);
        }
        return g;
    }

    /** The Hessian by central differences (step 1e-4 on the log scale). */
    double[][] hessian(double[] x) {
        double h = 1e-4;
        int n = x.length;
        double[][] m = new double[n][n];
        double f0 = value(x);
        for (int i = 0; i < n; i++) {
            m[i][i] = (value(shift(x, i, h)) - 2 * f0 + value(shift(x, i, -h))) / (h * h);
            for (int j = 0; j < i; j++) {
                double pp = value(shift(shift(x, i, h), j, h));
                double pm = value(shift(shift(x, i, h), j, -h));
                double mp = value(shift(shift(x, i, -h), j, h));
                double mm = value(shift(shift(x, i, -h), j, -h));
                m[i][j] = m[j][i] = (pp - pm - mp + mm) / (4 * h * h);
            }
        }
        return m;
    }

    private static double[] shift(double[] x, int i, double h) {
        double[] y = x.clone();
        y[i] += h;
        return y;
    }

    private static double[] add(double[] x, double[] d, double t) {
        double[] y = x.clone();
        for (int i = 0; i < y.length; i++) {
            y[i] += t * d[i];
        }
        return y;
    }

    private static double[] negate(double[] g) {
        double[] y = new double[g.length];
        for (int i = 0; i < g.length; i++) {
            y[i] = -g[i];
        }
        return y;
    }

    private static double norm(double[] g) {
        double max = 0;
        for (double v : g) {
            max = Double.isFinite(v) ? Math.max(max, Math.abs(v)) : Double.POSITIVE_INFINITY;
        }
        return max;
    }
}
