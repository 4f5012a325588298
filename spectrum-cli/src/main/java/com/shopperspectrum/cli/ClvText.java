package com.shopperspectrum.cli;

import com.shopperspectrum.core.clv.Backtest;
import com.shopperspectrum.core.clv.ClvResult;
import com.shopperspectrum.core.clv.CustomerSummary;
import com.shopperspectrum.core.clv.CustomerValue;
import com.shopperspectrum.core.clv.ModelFit;
import java.nio.file.Path;
import java.util.Locale;

/** The text answer of {@code spectrum clv}: the summary, each fit with its standard errors, trust, the backtest. */
final class ClvText {
    private ClvText() {}

    static String of(ClvResult r, Path output) {
        StringBuilder b = new StringBuilder();
        CustomerSummary s = r.summary();
        b.append(f(
                "Customers: %d (%d bought again in calibration); calibration %s .. %s, time in %s%n",
                s.size(),
                s.repeaters(),
                s.firstDataDay(),
                s.calibrationEnd(),
                s.unit().key()));
        if (s.hasHoldout()) {
            b.append(f(
                    "Holdout: %s .. %s (%.2f %s)%s%n",
                    s.calibrationEnd().plusDays(1),
                    s.lastDataDay(),
                    s.holdoutLength(),
                    s.unit().key(),
                    s.newInHoldout() > 0
                            ? "; " + s.newInHoldout() + " customers first bought in the holdout and are left out"
                            : ""));
        }
        b.append('\n');
        for (ModelFit m : r.models()) {
            fit(b, m, m.name().equals(r.chosen()) ? "  <- chosen by " + r.chosenByText() : "");
        }
        if (r.spend() != null) {
            fit(b, r.spend(), f("  correlation of x and m_x %.3f", r.correlation()));
        }
        b.append('\n');
        if (r.trustworthy()) {
            b.append("Trustworthy: yes\n");
        } else {
            b.append("Trustworthy: NO\n");
            for (String reason : r.reasons()) {
                b.append("  - ").append(reason).append('\n');
            }
        }
        if (r.backtest() != null) {
            backtest(b, r.backtest());
        }
        totals(b, r);
        if (output != null) {
            b.append("Wrote ")
                    .append(r.customers().size())
                    .append(" customers to ")
                    .append(output)
                    .append('\n');
        }
        return b.toString();
    }

    private static void fit(StringBuilder b, ModelFit m, String note) {
        b.append(f("%-12s", label(m.name())));
        double[] p = m.parameters();
        double[] se = m.standardErrors();
        for (int i = 0; i < p.length; i++) {
            b.append(f(" %s = %s", m.parameterNames().get(i), number(p[i])));
            b.append(Double.isFinite(se[i]) ? " ± " + number(se[i]) : " (no s.e.)");
        }
        b.append(f(
                "; log-likelihood %.2f; %s after %d iterations%s%n",
                m.logLikelihood(), m.converged() ? "converged" : "NOT converged", m.iterations(), note));
        for (String w : m.warnings()) {
            b.append("  ! ").append(w).append('\n');
        }
    }

    static String label(String name) {
        return switch (name) {
            case "bgnbd" -> "BG/NBD";
            case "pareto" -> "Pareto/NBD";
            default -> "Gamma-Gamma";
        };
    }

    private static void backtest(StringBuilder b, Backtest t) {
        b.append(f("%nBacktest over the holdout (%.2f units), mean transactions per customer:%n", t.holdoutLength()));
        b.append(f("%-9s %9s %9s %9s %9s %9s%n", "frequency", "customers", "actual", "model", "naive", "average"));
        for (Backtest.FrequencyRow row : t.byFrequency()) {
            b.append(f(
                    "%-9s %9d %9.3f %9.3f %9.3f %9.3f%n",
                    row.frequency(), row.customers(), row.actual(), row.model(), row.naive(), row.average()));
        }
        b.append(f(
                "Mean absolute error: model %.3f, naive (own rate) %.3f, average (the base's rate) %.3f%n",
                t.maeModel(), t.maeNaive(), t.maeAverage()));
        Backtest.TrackingPoint last = t.tracking().get(t.tracking().size() - 1);
        b.append(f(
                "Cumulative repeat transactions to %s: actual %.0f, expected %.1f%n",
                last.end(), last.actual(), last.expected()));
    }

    private static void totals(StringBuilder b, ClvResult r) {
        double alive = 0;
        double expected = 0;
        double clv = 0;
        int withClv = 0;
        int n = 0;
        for (CustomerValue c : r.customers()) {
            if (Double.isFinite(c.pAlive())) {
                alive += c.pAlive();
                expected += c.expectedTransactions();
                n++;
            }
            if (Double.isFinite(c.clv())) {
                clv += c.clv();
                withClv++;
            }
        }
        if (n > 0) {
            b.append(f(
                    "%nMean P(alive) %.3f; expected transactions in %d weeks: %.1f",
                    alive / n, r.options().horizonWeeks(), expected));
            b.append(
                    withClv > 0
                            ? f(
                                    "; total CLV %.2f (discount %.0f %% a year)%n",
                                    clv, 100 * r.options().discountRate())
                            : "; CLV unavailable\n");
        }
    }

    private static String number(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.4g", v) : "n/a";
    }

    private static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
