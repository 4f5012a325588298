package com.shopperspectrum.bench;

import com.shopperspectrum.core.clean.Cleaner;
import com.shopperspectrum.core.clean.CleaningOptions;
import com.shopperspectrum.core.clean.CleaningResult;
import com.shopperspectrum.core.clv.ClvAnalysis;
import com.shopperspectrum.core.clv.ClvFitter;
import com.shopperspectrum.core.clv.ClvOptions;
import com.shopperspectrum.core.clv.ClvUnit;
import com.shopperspectrum.core.clv.CustomerSummary;
import com.shopperspectrum.core.clv.SummaryOptions;
import com.shopperspectrum.io.ReadOptions;
import com.shopperspectrum.io.TransactionReader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

/**
 * Times the CLV fits (BG/NBD, Pareto/NBD, Gamma-Gamma, and the whole analysis with P(alive), CLV and backtest) on a
 * transactions file: 3 warm-up runs, then the median of timed runs. CDNOW is recognised by its name (its columns
 * and the papers' calibration end 1997-09-30). Not a unit test: run it on a quiet machine.
 *
 * <pre>
 * ./mvnw -B -q -o package -DskipTests -pl spectrum-bench -am
 * java -cp spectrum-bench/target/benchmarks.jar com.shopperspectrum.bench.ClvBench ../shared/data/cdnow_sample.csv.gz
 * </pre>
 */
public class ClvBench {
    public static void main(String[] args) {
        Path file = Path.of(args.length > 0 ? args[0] : "../shared/data/online_retail.csv.gz");
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        boolean cdnow = file.getFileName().toString().startsWith("cdnow");
        ReadOptions read = cdnow
                ? new ReadOptions(
                        Map.of(
                                "customer",
                                "customer_id",
                                "product",
                                "customer_id",
                                "date",
                                "date",
                                "quantity",
                                "number_of_cds",
                                "amount",
                                "dollar_value"),
                        null,
                        null,
                        null,
                        false,
                        null)
                : ReadOptions.DEFAULT;
        CleaningResult cleaning = new Cleaner(CleaningOptions.DEFAULT)
                .clean(new TransactionReader().read(file, read).table());
        SummaryOptions summaryOptions =
                new SummaryOptions(ClvUnit.WEEKS, cdnow ? LocalDate.of(1997, 9, 30) : null, null);
        CustomerSummary s = CustomerSummary.of(cleaning, summaryOptions);
        System.out.printf(
                "%s: %,d customers, %,d repeaters, calibration to %s%n",
                file.getFileName(), s.size(), s.repeaters(), s.calibrationEnd());
        System.out.printf(
                "BG/NBD %s: median %.1f ms%n",
                ClvFitter.bgNbd(s, 0), Timing.median(3, runs, () -> ClvFitter.bgNbd(s, 0)));
        System.out.printf(
                "Pareto/NBD %s: median %.1f ms%n",
                ClvFitter.paretoNbd(s, 0), Timing.median(3, runs, () -> ClvFitter.paretoNbd(s, 0)));
        System.out.printf(
                "Gamma-Gamma %s: median %.1f ms%n",
                ClvFitter.gammaGamma(s, 0), Timing.median(3, runs, () -> ClvFitter.gammaGamma(s, 0)));
        ClvOptions options = ClvOptions.DEFAULT.withSummary(summaryOptions);
        System.out.printf(
                "whole analysis (auto): median %.1f ms%n", Timing.median(3, runs, () -> ClvAnalysis.run(s, options)));
    }
}
