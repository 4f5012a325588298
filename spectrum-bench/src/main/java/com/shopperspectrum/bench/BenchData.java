package com.shopperspectrum.bench;

import com.shopperspectrum.core.generate.GeneratorOptions;
import com.shopperspectrum.core.generate.RetailGenerator;
import com.shopperspectrum.io.GeneratedCsvWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The inputs benchmarks read: the real Online Retail file or a generated file of the same size. */
final class BenchData {
    /** Online Retail's row count, so generated and real inputs compare. */
    static final long ROWS = 541_909;

    private BenchData() {}

    /** {@code online_retail} (from {@code -Dspectrum.data.dir}, default {@code ../shared/data}) or {@code generated}. */
    static Path file(String source) {
        if (source.equals("generated")) {
            return generated(ROWS, 42);
        }
        Path dir = Path.of(System.getProperty("spectrum.data.dir", "../shared/data"));
        Path file = dir.resolve(source + ".csv.gz");
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("real data not found at " + file + "; skipping (set -Dspectrum.data.dir "
                    + "or run with -p source=generated)");
        }
        return file;
    }

    /** A generated gzip CSV in the temp directory, made once per seed and size. */
    static Path generated(long rows, long seed) {
        Path file = Path.of(System.getProperty("java.io.tmpdir"), "spectrum-bench-" + rows + "-" + seed + ".csv.gz");
        if (!Files.isRegularFile(file)) {
            Path part = file.resolveSibling(file.getFileName() + ".part.gz");
            new GeneratedCsvWriter(Runtime.getRuntime().availableProcessors(), done -> {})
                    .write(new RetailGenerator(GeneratorOptions.scaled(rows, seed)), part);
            try {
                Files.move(part, file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return file;
    }
}
