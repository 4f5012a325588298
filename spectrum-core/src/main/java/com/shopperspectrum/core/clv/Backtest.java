package com.shopperspectrum.core.clv;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The holdout check of a purchase model (Fader, Hardie &amp; Lee 2005, figures 2–4): per customer the expected
 * transactions in the holdout E[Y(holdout) | x, t_x, T] against the actual ones, averaged by calibration frequency
 * (0, 1, …, 7+), with the mean absolute error of the model and of two baselines: <b>naive</b>, the customer's own
 * calibration rate x / T times the holdout length (0 when T = 0), and <b>average</b>, the whole base's rate
 * Σx / ΣT times the holdout length for everyone. And the weekly cumulative repeat transactions of the base, actual
 * against expected (Σ over customers of E[X(t − first purchase)]), over calibration and holdout.
 */
public record Backtest(
        double holdoutLength,
        int customers,
        List<FrequencyRow> byFrequency,
        double maeModel,
        double maeNaive,
        double maeAverage,
        List<TrackingPoint> tracking) {
    /** Calibration frequency {@code 0..6} or {@code "7+"}: customers and mean holdout transactions. */
    public record FrequencyRow(
            String frequency, int customers, double actual, double model, double naive, double average) {}

    /** Week {@code week} (1 = the first week of the data) ending on {@code end}: cumulative repeat transactions. */
    public record TrackingPoint(int week, LocalDate end, double actual, double expected) {}

    public Backtest {
        byFrequency = List.copyOf(byFrequency);
        tracking = List.copyOf(tracking);
    }

    static Backtest of(CustomerSummary s, PurchaseModel model) {
        double h = s.holdoutLength();
        int n = s.size();
        double[] predicted = predictions(s, model);
        double sumX = 0;
        double sumT = 0;
        for (int i = 0; i < n; i++) {
            sumX += s.x(i);
            sumT += s.bigT(i);
        }
        double averageRate = sumT > 0 ? sumX / sumT : 0;
        double[][] acc = new double[8][5];
        double maeModel = 0;
        double maeNaive = 0;
        double maeAverage = 0;
        for (int i = 0; i < n; i++) {
            double naive = s.bigT(i) > 0 ? s.x(i) / s.bigT(i) * h : 0;
            double average = averageRate * h;
            double actual = s.holdoutX(i);
            maeModel += Math.abs(predicted[i] - actual);
            maeNaive += Math.abs(naive - actual);
            maeAverage += Math.abs(average - actual);
            double[] row = acc[Math.min(s.x(i), 7)];
            row[0]++;
            row[1] += actual;
            row[2] += predicted[i];
            row[3] += naive;
            row[4] += average;
        }
        List<FrequencyRow> rows = new ArrayList<>();
        for (int f = 0; f < 8; f++) {
            double c = acc[f][0];
            if (c > 0) {
                rows.add(new FrequencyRow(
                        f == 7 ? "7+" : Integer.toString(f),
                        (int) c,
                        acc[f][1] / c,
                        acc[f][2] / c,
                        acc[f][3] / c,
                        acc[f][4] / c));
            }
        }
        int d = Math.max(n, 1);
        return new Backtest(h, n, rows, maeModel / d, maeNaive / d, maeAverage / d, tracking(s, model));
    }

    /** E[Y(holdout length) | x, t_x, T] per customer. */
    static double[] predictions(CustomerSummary s, PurchaseModel model) {
        double[] t = {s.holdoutLength()};
        double[] out = new double[s.size()];
        for (int i = 0; i < s.size(); i++) {
            out[i] = model.expected(t, s.x(i), s.tx(i), s.bigT(i))[0];
        }
        return out;
    }

    /** Mean absolute error of the model's holdout predictions. */
    static double mae(CustomerSummary s, PurchaseModel model) {
        double[] p = predictions(s, model);
        double sum = 0;
        for (int i = 0; i < p.length; i++) {
            sum += Math.abs(p[i] - s.holdoutX(i));
        }
        return sum / Math.max(1, p.length);
    }

    /** The weekly cumulative repeat transactions, actual against expected, over calibration (and holdout). */
    static List<TrackingPoint> tracking(CustomerSummary s, PurchaseModel model) {
        int start = (int) s.firstDataDay().toEpochDay();
        int last = (int) s.lastDataDay().toEpochDay();
        int weeks = (last - start) / 7 + 1;
        double[] actual = new double[weeks];
        Map<Integer, Integer> cohorts = new TreeMap<>();
        for (int i = 0; i < s.size(); i++) {
            cohorts.merge(s.firstDay(i), 1, Integer::sum);
            for (int day : s.repeatDays(i)) {
                actual[(day - start) / 7]++;
            }
        }
        double[] expected = new double[weeks];
        double unit = s.unit().days();
        for (Map.Entry<Integer, Integer> cohort : cohorts.entrySet()) {
            double[] times = new double[weeks];
            for (int k = 0; k < weeks; k++) {
                // the end of week k + 1, as time since the cohort's first purchase
                times[k] = Math.max(0, Math.min(start + 7.0 * (k + 1) - 1, last) - cohort.getKey()) / unit;
            }
            double[] e = model.expectedFromStart(times);
            for (int k = 0; k < weeks; k++) {
                expected[k] += cohort.getValue() * e[k];
            }
        }
        List<TrackingPoint> points = new ArrayList<>();
        double cumulative = 0;
        for (int k = 0; k < weeks; k++) {
            cumulative += actual[k];
            points.add(new TrackingPoint(
                    k + 1, LocalDate.ofEpochDay(Math.min(start + 7L * k + 6, last)), cumulative, expected[k]));
        }
        return points;
    }
}
