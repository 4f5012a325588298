package com.shopperspectrum.io.model;

import com.shopperspectrum.core.clv.Backtest;
import com.shopperspectrum.core.clv.ClvOptions;
import com.shopperspectrum.core.clv.ClvResult;
import com.shopperspectrum.core.clv.ClvUnit;
import com.shopperspectrum.core.clv.CustomerSummary;
import com.shopperspectrum.core.clv.CustomerValue;
import com.shopperspectrum.core.clv.ModelFit;
import com.shopperspectrum.core.clv.SummaryColumns;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The customer-lifetime-value part of a model ({@link ClvResult}): {@code clv.json} holds the options, the
 * summary's header, the fits (parameters, standard errors, log-likelihood, iterations, warnings), the choice, the
 * trust verdict with its reasons, the warnings and the backtest; {@code clv.bin} holds the customer columns of the
 * summary (ids, x, t_x, T, m_x, holdout transactions, first day, repeat-day offsets and days) followed by the
 * predictions (P(alive), expected transactions, expected value, CLV; NaN where unavailable). Doubles are stored as
 * their bits, so a loaded part gives the same answers to the byte as the analysis it was written from.
 */
final class ClvColumns {
    private ClvColumns() {}

    /** What clv.json holds. */
    record Part(
            ClvOptions options,
            Head summary,
            List<ModelFit> models,
            String chosen,
            String chosenBy,
            ModelFit spend,
            double correlation,
            boolean trustworthy,
            List<String> reasons,
            List<String> warnings,
            Backtest backtest) {}

    /** The summary's header. */
    record Head(
            ClvUnit unit,
            boolean hasMoney,
            LocalDate firstDataDay,
            LocalDate calibrationEnd,
            LocalDate lastDataDay,
            int newInHoldout) {}

    static Part part(ClvResult r) {
        SummaryColumns c = r.summary().columns();
        return new Part(
                r.options(),
                new Head(
                        c.unit(),
                        c.hasMoney(),
                        c.firstDataDay(),
                        c.calibrationEnd(),
                        c.lastDataDay(),
                        c.newInHoldout()),
                r.models(),
                r.chosen(),
                r.chosenBy(),
                r.spend(),
                r.correlation(),
                r.trustworthy(),
                r.reasons(),
                r.warnings(),
                r.backtest());
    }

    static byte[] customers(ClvResult r) {
        SummaryColumns c = r.summary().columns();
        List<CustomerValue> values = r.customers();
        int n = values.size();
        double[] alive = new double[n];
        double[] expected = new double[n];
        double[] value = new double[n];
        double[] clv = new double[n];
        for (int i = 0; i < n; i++) {
            CustomerValue v = values.get(i);
            alive[i] = v.pAlive();
            expected[i] = v.expectedTransactions();
            value[i] = v.expectedValue();
            clv[i] = v.clv();
        }
        return new ColumnWriter()
                .strings(c.ids())
                .ints(c.x())
                .doubles(c.tx())
                .doubles(c.bigT())
                .doubles(c.mx())
                .ints(c.holdoutX())
                .ints(c.firstDay())
                .ints(c.repeatOffsets())
                .ints(c.repeatDays())
                .doubles(alive)
                .doubles(expected)
                .doubles(value)
                .doubles(clv)
                .finish();
    }

    /** The part read back; an {@link IllegalArgumentException} saying what does not fit. */
    static ClvResult read(Part part, ColumnReader in) {
        if (part.options() == null
                || part.summary() == null
                || part.models() == null
                || part.models().isEmpty()
                || part.chosen() == null
                || part.reasons() == null
                || part.warnings() == null) {
            throw new IllegalArgumentException(
                    ModelWriter.CLV + " lacks the options, the summary, the fits, the choice or the reasons");
        }
        Head h = part.summary();
        SummaryColumns c = new SummaryColumns(
                in.strings(),
                in.ints(),
                in.doubles(),
                in.doubles(),
                in.doubles(),
                in.ints(),
                in.ints(),
                in.ints(),
                in.ints(),
                h.unit(),
                h.hasMoney(),
                h.firstDataDay(),
                h.calibrationEnd(),
                h.lastDataDay(),
                h.newInHoldout());
        double[] alive = in.doubles();
        double[] expected = in.doubles();
        double[] value = in.doubles();
        double[] clv = in.doubles();
        in.end();
        int n = c.ids().length;
        if (alive.length != n || expected.length != n || value.length != n || clv.length != n) {
            throw new IllegalArgumentException("the predictions do not have " + n + " customers");
        }
        List<CustomerValue> values = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            values.add(new CustomerValue(
                    c.ids()[i], c.x()[i], c.tx()[i], c.bigT()[i], c.mx()[i], alive[i], expected[i], value[i], clv[i]));
        }
        if (part.models().stream().noneMatch(m -> m.name().equals(part.chosen()))) {
            throw new IllegalArgumentException("the chosen model '" + part.chosen() + "' is not among the fits");
        }
        return new ClvResult(
                part.options(),
                CustomerSummary.of(c),
                part.models(),
                part.chosen(),
                part.chosenBy(),
                part.spend(),
                part.correlation(),
                part.trustworthy(),
                part.reasons(),
                part.warnings(),
                values,
                part.backtest());
    }
}
