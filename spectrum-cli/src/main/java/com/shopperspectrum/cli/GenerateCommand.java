package com.shopperspectrum.cli;

import com.shopperspectrum.core.generate.GeneratorOptions;
import com.shopperspectrum.core.generate.RetailGenerator;
import com.shopperspectrum.io.GeneratedCsvWriter;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.LongConsumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code spectrum generate}: synthetic Online-Retail-shaped transactions. */
@Command(
        name = "generate",
        mixinStandardHelpOptions = true,
        description = "Write synthetic transactions shaped like UCI Online Retail (same columns, dates and quirks): "
                + "skewed customers (wholesalers, occasional and lapsed buyers), products in themes bought together, "
                + "a November peak, about 25%% of rows without customer, cancellations, zero prices and non-product "
                + "codes. The same arguments always give the same bytes.")
final class GenerateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Range(min = 1, max = GeneratorOptions.MAX_ROWS)
    @Option(names = "--rows", required = true, paramLabel = "N", description = "Data rows to write, 1..10000000000.")
    long rows;

    @Option(
            names = "--seed",
            paramLabel = "S",
            defaultValue = "42",
            description = "Random seed, any whole number (default: ${DEFAULT-VALUE}).")
    long seed;

    @Range(min = 1, max = GeneratorOptions.MAX_CUSTOMERS)
    @Option(
            names = "--customers",
            paramLabel = "C",
            description = "Customer population, 1..100000000 (default: rows/120, growing to about rows/20 at 100 "
                    + "million rows).")
    Integer customers;

    @Range(min = 1, max = GeneratorOptions.MAX_PRODUCTS)
    @Option(
            names = "--products",
            paramLabel = "P",
            description = "Catalogue size, 1..2000000 (default: min(200000, max(500, rows/500))).")
    Integer products;

    @Option(
            names = "--prices",
            description = "Add a price process with a known price response per product: weekly price changes "
                    + "(x0.80 to x1.25) and quantities that follow them with a planted elasticity in [-2.5, -0.5] "
                    + "(see docs/inventory.md); off by default.")
    boolean prices;

    @Range(min = 1, max = 1024)
    @Option(
            names = "--threads",
            paramLabel = "T",
            description = "Worker threads, 1..1024 (default: the number of cores); the output does not depend on it.")
    Integer threads;

    @Option(
            names = {"-o", "--output"},
            required = true,
            paramLabel = "FILE",
            description = "Output file; gzip-compressed when the name ends in .gz.")
    Path output;

    @Override
    public Integer call() {
        OutputPaths.file("-o", output);
        GeneratorOptions options = GeneratorOptions.scaled(rows, seed);
        if (customers != null) {
            options = options.withCustomers(customers);
        }
        if (products != null) {
            options = options.withProducts(products);
        }
        options = options.withPrices(prices);
        int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (workers < 1) {
            throw new IllegalArgumentException("--threads must be at least 1, got " + workers);
        }
        long started = System.nanoTime();
        RetailGenerator generator = new RetailGenerator(options);
        long bytes = new GeneratedCsvWriter(workers, progress(spec.commandLine().getErr())).write(generator, output);
        double seconds = (System.nanoTime() - started) / 1e9;
        PrintWriter out = spec.commandLine().getOut();
        out.printf(
                "wrote %,d rows (%,d customers, %,d products, seed %d) to %s: %,.1f MB in %.1f s (%,.0f rows/s)%n",
                options.rows(),
                options.customers(),
                options.products(),
                options.seed(),
                output,
                bytes / 1e6,
                seconds,
                options.rows() / Math.max(seconds, 1e-9));
        out.flush();
        return ExitCodes.OK;
    }

    /** Rows written so far on stderr, about once a second, only when it is a terminal. */
    private LongConsumer progress(PrintWriter err) {
        if (System.console() == null) {
            return done -> {};
        }
        long[] last = {System.nanoTime()};
        return done -> {
            boolean finished = done == rows;
            if (finished || System.nanoTime() - last[0] > 1_000_000_000L) {
                last[0] = System.nanoTime();
                err.printf("\rgenerating: %,d / %,d rows%s", done, rows, finished ? "\n" : "");
                err.flush();
            }
        };
    }
}
