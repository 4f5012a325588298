package com.shopperspectrum.core.inventory;

/**
 * Quantiles of the normal and Student's t distributions, for the safety stock and the price slope's interval.
 * The normal quantile is Acklam's rational approximation refined by one Halley step (relative error below
 * 1e-15 in double); the t quantile inverts the t distribution function, written with the regularized incomplete
 * beta function (continued fraction, Lentz's method; Press et al., Numerical Recipes, 3rd ed., §6.4), by
 * bisection.
 */
public final class Distributions {
    private Distributions() {}

    /** The standard normal quantile Φ⁻¹(p), 0 &lt; p &lt; 1. */
    public static double normalQuantile(double p) {
        if (!(p > 0 && p < 1)) {
            throw new IllegalArgumentException("a probability must be in (0, 1), got " + p);
        }
        double[] a = {
            -39.69683028665376,
            220.9460984245205,
            -275.9285104469687,
            138.3577518672690,
            -30.66479806614716,
            2.506628277459239
        };
        double[] b = {-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572};
        double[] c = {
            -0.007784894002430293,
            -0.3223964580411365,
            -2.400758277161838,
            -2.549732539343734,
            4.374664141464968,
            2.938163982698783
        };
        double[] d = {0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416};
        double x;
        if (p < 0.02425 || p > 1 - 0.02425) {
            double q = Math.sqrt(-2 * Math.log(Math.min(p, 1 - p)));
            x = (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5])
                    / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
            x = p < 0.5 ? x : -x;
        } else {
            double q = p - 0.5;
            double r = q * q;
            x = (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5])
                    * q
                    / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
        }
        double e = 0.5 * erfc(-x / Math.sqrt(2)) - p;
        double u = e * Math.sqrt(2 * Math.PI) * Math.exp(x * x / 2);
        return x - u / (1 + x * u / 2);
    }

    /** The quantile of Student's t with {@code df} degrees of freedom, 0 &lt; p &lt; 1, df &ge; 1. */
    public static double tQuantile(double p, int df) {
        if (!(p > 0 && p < 1) || df < 1) {
            throw new IllegalArgumentException("t quantile needs p in (0, 1) and df >= 1, got " + p + ", " + df);
        }
        if (p < 0.5) {
            return -tQuantile(1 - p, df);
        }
        double lo = 0;
        double hi = 1;
        while (tCdf(hi, df) < p) {
            hi *= 2;
        }
        for (int i = 0; i < 200 && hi - lo > 1e-13 * Math.max(1, hi); i++) {
            double mid = (lo + hi) / 2;
            if (tCdf(mid, df) < p) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return (lo + hi) / 2;
    }

    /** P(T ≤ t) for Student's t with {@code df} degrees of freedom. */
    static double tCdf(double t, int df) {
        double tail = 0.5 * regularizedBeta(df / (df + t * t), df / 2.0, 0.5);
        return t >= 0 ? 1 - tail : tail;
    }

    /** The regularized incomplete beta function I_x(a, b). */
    static double regularizedBeta(double x, double a, double b) {
        if (x <= 0) {
            return 0;
        }
        if (x >= 1) {
            return 1;
        }
        double front = Math.exp(logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log1p(-x));
        if (x < (a + 1) / (a + b + 2)) {
            return front * betaFraction(x, a, b) / a;
        }
        return 1 - front * betaFraction(1 - x, b, a) / b;
    }

    private static double betaFraction(double x, double a, double b) {
        double tiny = 1e-300;
        double c = 1;
        double d = 1 - (a + b) * x / (a + 1);
        d = 1 / (Math.abs(d) < tiny ? tiny : d);
        double h = d;
        for (int m = 1; m <= 500; m++) {
            int m2 = 2 * m;
            double num = m * (b - m) * x / ((a + m2 - 1) * (a + m2));
            d = 1 / nonZero(1 + num * d);
            c = nonZero(1 + num / c);
            h *= d * c;
            num = -(a + m) * (a + b + m) * x / ((a + m2) * (a + m2 + 1));
            d = 1 / nonZero(1 + num * d);
            c = nonZero(1 + num / c);
            double step = d * c;
            h *= step;
            if (Math.abs(step - 1) < 1e-15) {
                break;
            }
        }
        return h;
    }

    private static double nonZero(double v) {
        return Math.abs(v) < 1e-300 ? 1e-300 : v;
    }

    private static final double[] LANCZOS = {
        57.1562356658629235,
        -59.5979603554754912,
        14.1360979747417471,
        -0.491913816097620199,
        .339946499848118887e-4,
        .465236289270485756e-4,
        -.983744753048795646e-4,
        .158088703224912494e-3,
        -.210264441724104883e-3,
        .217439618115212643e-3,
        -.164318106536763890e-3,
        .844182239838527433e-4,
        -.261908384015814087e-4,
        .368991826595316234e-5
    };

    /** ln Γ(x), x &gt; 0: Lanczos with γ = 671/128 and 14 terms (Numerical Recipes, 3rd ed., §6.1; error ~1e-15). */
    static double logGamma(double x) {
        double t = x + 5.24218750000000000;
        t = (x + 0.5) * Math.log(t) - t;
        double series = 0.999999999999997092;
        double y = x;
        for (double c : LANCZOS) {
            series += c / ++y;
        }
        return t + Math.log(2.5066282746310005 * series / x);
    }

    /**
     * The complementary error function: erfc(x) = Γ(1/2, x²) / Γ(1/2) for x &ge; 0 (the regularized upper
     * incomplete gamma function; series or continued fraction, Numerical Recipes §6.2), 2 − erfc(−x) below 0.
     */
    static double erfc(double x) {
        double z = Math.abs(x);
        double r = z < 1e-8 ? 1 : upperGammaHalf(z * z);
        return x >= 0 ? r : 2 - r;
    }

    /** Γ(1/2, y) / Γ(1/2) for y ≥ 0: a series below 1.5, a continued fraction above. */
    private static double upperGammaHalf(double y) {
        double a = 0.5;
        double lnPre = -y + a * Math.log(y) - logGamma(a);
        if (y < 1.5) {
            double sum = 1 / a;
            double term = 1 / a;
            for (int n = 1; n < 500; n++) {
                term *= y / (a + n);
                sum += term;
                if (term < sum * 1e-17) {
                    break;
                }
            }
            return 1 - Math.exp(lnPre) * sum;
        }
        double b = y + 1 - a;
        double c = 1 / 1e-300;
        double d = 1 / b;
        double h = d;
        for (int i = 1; i < 500; i++) {
            double an = -i * (i - a);
            b += 2;
            d = 1 / nonZero(an * d + b);
            c = nonZero(b + an / c);
            double step = d * c;
            h *= step;
            if (Math.abs(step - 1) < 1e-16) {
                break;
            }
        }
        return Math.exp(lnPre) * h;
    }
}
