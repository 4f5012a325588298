package com.shopperspectrum.core.clv;

import com.shopperspectrum.core.data.RealData;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/** The CDNOW sample (customer_id,date,number_of_cds,dollar_value) read into a customer summary; skips when absent. */
final class Cdnow {
    static final LocalDate CALIBRATION_END = LocalDate.of(1997, 9, 30);

    private Cdnow() {}

    static CustomerSummary summary(SummaryOptions options) {
        Path file = RealData.file(RealData.CDNOW_SAMPLE);
        Map<String, Integer> ids = new LinkedHashMap<>();
        List<int[]> rows = new ArrayList<>();
        List<Double> amounts = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(
                new InputStreamReader(new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
            in.readLine();
            for (String line; (line = in.readLine()) != null; ) {
                String[] f = line.split(",");
                int c = ids.computeIfAbsent(f[0], k -> ids.size());
                rows.add(new int[] {c, (int) LocalDate.parse(f[1]).toEpochDay()});
                amounts.add(Double.parseDouble(f[3]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int n = rows.size();
        int[] customer = new int[n];
        int[] day = new int[n];
        double[] amount = new double[n];
        for (int i = 0; i < n; i++) {
            customer[i] = rows.get(i)[0];
            day[i] = rows.get(i)[1];
            amount[i] = amounts.get(i);
        }
        return CustomerSummary.of(ids.keySet().toArray(String[]::new), customer, day, amount, true, options);
    }

    static CustomerSummary calibration() {
        return summary(new SummaryOptions(ClvUnit.WEEKS, CALIBRATION_END, null));
    }
}
