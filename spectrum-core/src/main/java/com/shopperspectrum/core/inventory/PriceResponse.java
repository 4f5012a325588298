package com.shopperspectrum.core.inventory;

import java.util.Objects;

/**
 * How a product's weekly units moved with its weekly average unit price: the least-squares slope of
 * ln(units) on ln(price) over the weeks with sales, where price = the week's revenue / its units. This is an
 * observed association, not a causal elasticity: prices on this kind of data are also quantity tiers and
 * promotions chosen by the seller, so a slope can mix demand with the discount schedule and with seasons.
 *
 * @param code        the stock code
 * @param description its description, or null
 * @param weeks       weeks with sales used (or seen, when there is no estimate)
 * @param priceCv     coefficient of variation of the weekly average price (population sd)
 * @param estimate    the fit, or null when there is none (then {@code reason} says why)
 * @param reason      why there is no estimate, or null
 */
public record PriceResponse(
        String code, String description, int weeks, double priceCv, Estimate estimate, String reason) {
    public PriceResponse {
        Objects.requireNonNull(code, "code");
        if ((estimate == null) == (reason == null)) {
            throw new IllegalArgumentException("a price response has an estimate or a reason, not both");
        }
    }

    /**
     * The log–log fit.
     *
     * @param slope     d ln(units) / d ln(price)
     * @param intercept the intercept of the fit
     * @param standardError the slope's standard error (residual variance over n − 2)
     * @param low       lower end of the 95 % interval (Student's t, n − 2 degrees of freedom)
     * @param high      upper end
     * @param rSquared  share of the variance of ln(units) the fit explains (0 when ln(units) does not vary)
     */
    public record Estimate(
            double slope, double intercept, double standardError, double low, double high, double rSquared) {}

    /**
     * The price response of one product's weekly {@code units} and {@code revenue} (aligned, zeros for weeks
     * without sales), when it has at least {@code minWeeks} weeks with sales and a price CV of at least
     * {@code minPriceCv}.
     */
    public static PriceResponse fit(
            String code, String description, double[] units, double[] revenue, int minWeeks, double minPriceCv) {
        int n = 0;
        for (int w = 0; w < units.length; w++) {
            n += units[w] > 0 && revenue[w] > 0 ? 1 : 0;
        }
        double[] x = new double[n];
        double[] y = new double[n];
        double[] price = new double[n];
        int i = 0;
        for (int w = 0; w < units.length; w++) {
            if (units[w] > 0 && revenue[w] > 0) {
                price[i] = revenue[w] / units[w];
                x[i] = Math.log(price[i]);
                y[i++] = Math.log(units[w]);
            }
        }
        double cv = n == 0 ? 0 : Stats.cv(price);
        if (n < minWeeks) {
            return new PriceResponse(
                    code,
                    description,
                    n,
                    cv,
                    null,
                    "not enough price variation: " + n + " weeks with sales, at least " + minWeeks + " needed");
        }
        if (cv < minPriceCv || cv == 0) {
            return new PriceResponse(
                    code,
                    description,
                    n,
                    cv,
                    null,
                    String.format(
                            java.util.Locale.ROOT,
                            "not enough price variation: the weekly price varies by %.1f %%, at least %.1f %% needed",
                            100 * cv,
                            100 * minPriceCv));
        }
        return new PriceResponse(code, description, n, cv, leastSquares(x, y), null);
    }

    static Estimate leastSquares(double[] x, double[] y) {
        int n = x.length;
        double mx = Stats.mean(x);
        double my = Stats.mean(y);
        double sxx = 0;
        double sxy = 0;
        double syy = 0;
        for (int i = 0; i < n; i++) {
            sxx += (x[i] - mx) * (x[i] - mx);
            sxy += (x[i] - mx) * (y[i] - my);
            syy += (y[i] - my) * (y[i] - my);
        }
        double slope = sxy / sxx;
        double intercept = my - slope * mx;
        double sse = Math.max(0, syy - slope * sxy);
        double se = Math.sqrt(sse / (n - 2) / sxx);
        double t = Distributions.tQuantile(0.975, n - 2);
        double r2 = syy == 0 ? 0 : 1 - sse / syy;
        return new Estimate(slope, intercept, se, slope - t * se, slope + t * se, r2);
    }
}
