package com.shopperspectrum.web;

import java.util.List;

/**
 * What app.js draws with ECharts: a bar/line chart over categories, or a scatter of points. Plain data (no
 * functions, no HTML), so it can travel as JSON inside a page or the report.
 *
 * @param title      chart title
 * @param labels     category labels (bar/line charts); empty for scatter
 * @param series     the series
 * @param logX       logarithmic x axis (scatter)
 * @param logY       logarithmic y axis
 * @param horizontal bars grow to the right (long labels, e.g. product descriptions)
 * @param xName      x axis name
 * @param yName      y axis name
 */
record Chart(
        String title,
        List<String> labels,
        List<Series> series,
        boolean logX,
        boolean logY,
        boolean horizontal,
        String xName,
        String yName) {
    Chart {
        labels = List.copyOf(labels);
        series = List.copyOf(series);
    }

    /** The same chart with other axis names (units added, e.g. the currency). */
    Chart named(String newXName, String newYName) {
        return new Chart(title, labels, series, logX, logY, horizontal, newXName, newYName);
    }

    static Chart bars(String title, List<String> labels, List<Series> series, String yName) {
        return new Chart(title, labels, series, false, false, false, "", yName);
    }

    /**
     * One series.
     *
     * @param name   legend name
     * @param type   {@code bar}, {@code line} or {@code scatter}
     * @param values bar/line values (one per label)
     * @param points scatter points as [x, y]
     * @param yAxis  0 for the left axis, 1 for the right
     * @param ids    scatter: the customer id of each point (the tooltip names it, a click opens its page), or empty
     */
    record Series(String name, String type, List<Double> values, List<double[]> points, int yAxis, List<String> ids) {
        Series {
            values = values == null ? List.of() : values;
            points = points == null ? List.of() : points;
            ids = ids == null ? List.of() : List.copyOf(ids);
        }

        static Series bar(String name, List<Double> values) {
            return new Series(name, "bar", values, null, 0, null);
        }

        static Series line(String name, List<Double> values, int yAxis) {
            return new Series(name, "line", values, null, yAxis, null);
        }

        static Series scatter(String name, List<double[]> points, List<String> ids) {
            return new Series(name, "scatter", null, points, 0, ids);
        }
    }
}
