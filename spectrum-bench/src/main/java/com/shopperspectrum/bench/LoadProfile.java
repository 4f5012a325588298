package com.shopperspectrum.bench;

import com.shopperspectrum.core.clean.Cleaner;
import com.shopperspectrum.core.clean.CleaningOptions;
import com.shopperspectrum.core.clean.CleaningReport;
import com.shopperspectrum.core.data.TransactionTable;
import com.shopperspectrum.io.ReadOptions;
import com.shopperspectrum.io.TransactionReader;
import java.nio.file.Path;

/**
 * Reads and cleans one file and prints the counts and stage times: the fallback of {@code bench/load-profile.sh}
 * when the CLI has no {@code profile} command. Usage: {@code java -cp benchmarks.jar
 * com.shopperspectrum.bench.LoadProfile FILE}.
 */
public final class LoadProfile {
    private LoadProfile() {}

    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: LoadProfile FILE");
            System.exit(2);
        }
        long t0 = System.nanoTime();
        TransactionTable raw = new TransactionReader()
                .read(Path.of(args[0]), ReadOptions.DEFAULT)
                .table();
        long t1 = System.nanoTime();
        CleaningReport report = new Cleaner(CleaningOptions.ORIGINAL).clean(raw).report();
        long t2 = System.nanoTime();
        System.out.printf(
                "rows %d, clean %d; read %.0f ms, clean %.0f ms%n",
                report.raw(), report.clean(), (t1 - t0) / 1e6, (t2 - t1) / 1e6);
    }
}
