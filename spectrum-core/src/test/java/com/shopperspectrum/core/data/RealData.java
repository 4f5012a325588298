package com.shopperspectrum.core.data;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * The real UCI files for reference tests, shared by every module's tests through spectrum-core's test-jar.
 *
 * <p>The folder is the {@code spectrum.data.dir} system property (the build sets it to {@code ../shared/data}
 * beside the checkout), else {@code ../../shared/data} from a module's folder. The project never commits these
 * files: a test that needs them is skipped, with the path it looked at as the reason, when they are absent.
 */
public final class RealData {
    /** UCI Online Retail: 541,909 rows, 2010-12-01 .. 2011-12-09. */
    public static final String ONLINE_RETAIL = "online_retail.csv.gz";

    /** UCI Online Retail II: 1,067,371 rows, 2009-12-01 .. 2011-12-09. */
    public static final String ONLINE_RETAIL_II = "online_retail_ii.csv.gz";

    /** The CDNOW 1/10 sample of Fader, Hardie &amp; Lee (2,357 customers, 1997-01-01 .. 1998-06-30). */
    public static final String CDNOW_SAMPLE = "cdnow_sample.csv.gz";

    private RealData() {}

    /** Where the files are looked for, whether or not the folder exists. */
    public static Path location() {
        return Path.of(System.getProperty("spectrum.data.dir", "../../shared/data"));
    }

    /** Whether {@code name} is in the folder. */
    public static boolean has(String name) {
        return Files.isRegularFile(location().resolve(name));
    }

    /** The folder; the calling test is skipped, visibly, when it is absent. */
    public static Path dir() {
        Path dir = location();
        Assumptions.assumeTrue(Files.isDirectory(dir), "real data not found at " + dir + "; skipping");
        return dir;
    }

    /** The file {@code name} in the folder; the calling test is skipped, visibly, when it is absent. */
    public static Path file(String name) {
        Path file = location().resolve(name);
        Assumptions.assumeTrue(Files.isRegularFile(file), "real data not found at " + file + "; skipping");
        return file;
    }
}
