package com.shopperspectrum.bench;

import com.shopperspectrum.core.baskets.BasketModel;
import com.shopperspectrum.core.baskets.BasketOptions;
import com.shopperspectrum.core.baskets.Baskets;
import com.shopperspectrum.core.baskets.CountryRules;
import com.shopperspectrum.core.baskets.RuleMiner;
import com.shopperspectrum.core.baskets.RuleOptions;
import com.shopperspectrum.core.baskets.SupportThreshold;
import com.shopperspectrum.core.clean.Cleaner;
import com.shopperspectrum.core.clean.CleaningOptions;
import com.shopperspectrum.core.data.TransactionTable;
import com.shopperspectrum.io.ReadOptions;
import com.shopperspectrum.io.TransactionReader;
import java.nio.file.Path;

/**
 * Times the baskets (from the sales lines) and the rule mining at the supports and itemset sizes of issue 16, after
 * reading and cleaning the file once: warm-up runs, then the median of timed runs ({@link Timing#median}).
 *
 * <pre>
 * ./mvnw -B -q -o package -DskipTests -pl spectrum-bench -am
 * java -cp spectrum-bench/target/benchmarks.jar com.shopperspectrum.bench.BasketBench ../shared/data/online_retail.csv.gz [runs] [supports]
 * </pre>
 */
public class BasketBench {
    public static void main(String[] args) {
        Path file = Path.of(args.length > 0 ? args[0] : "../shared/data/online_retail.csv.gz");
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        String[] supports = (args.length > 2 ? args[2] : "0.01,0.005").split(",");
        TransactionTable raw =
                new TransactionReader().read(file, ReadOptions.DEFAULT).table();
        TransactionTable sales = new Cleaner(CleaningOptions.DEFAULT).sales(raw);
        BasketOptions options = BasketOptions.DEFAULT;
        Baskets baskets = Baskets.of(sales, options);
        System.out.printf(
                "%s: %,d raw rows, %,d sales lines, %,d baskets, %d cores%n",
                file.getFileName(),
                raw.size(),
                sales.size(),
                baskets.size(),
                Runtime.getRuntime().availableProcessors());
        System.out.printf(
                "baskets from the sales lines: median %.1f ms%n",
                Timing.median(2, runs, () -> Baskets.of(sales, options)));
        System.out.printf(
                "train's basket part (pair rules at 0.01 and the larger countries' own): %d countries, median %.1f ms%n",
                CountryRules.of(sales, options, RuleOptions.DEFAULT).size(),
                Timing.median(
                        2,
                        runs,
                        () -> BasketModel.of(new RuleMiner(RuleOptions.DEFAULT).mineRules(baskets, options))
                                .withCountries(CountryRules.of(sales, options, RuleOptions.DEFAULT))));
        for (String support : supports) {
            for (int items = 2; items <= 3; items++) {
                RuleOptions rules = RuleOptions.DEFAULT
                        .withMinSupport(SupportThreshold.parse(support))
                        .withMaxItems(items);
                int count = new RuleMiner(rules).mine(baskets, options).rules().size();
                System.out.printf(
                        "min support %s, up to %d items: %,d rules, median %.1f ms%n",
                        support,
                        items,
                        count,
                        Timing.median(2, runs, () -> new RuleMiner(rules).mine(baskets, options)));
            }
        }
    }
}
