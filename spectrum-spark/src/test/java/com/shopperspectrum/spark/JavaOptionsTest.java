package com.shopperspectrum.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.launcher.JavaModuleOptions;
import org.junit.jupiter.api.Test;

/**
 * The JVM flags Spark needs on Java 17 are Spark's own list ({@link JavaModuleOptions}, what spark-submit adds):
 * the launcher's copy ({@code spectrum-spark/java-options}) and this test JVM's (surefire's argLine) hold it all.
 */
class JavaOptionsTest {
    @Test
    void launcherOptionsFileHoldsSparksList() throws IOException {
        List<String> file =
                Arrays.asList(Files.readString(Path.of("java-options")).trim().split("\\s+"));

        assertThat(file).containsAll(sparksList());
    }

    @Test
    void testJvmRunsWithSparksList() {
        List<String> jvm = ManagementFactory.getRuntimeMXBean().getInputArguments();

        assertThat(jvm).containsAll(sparksList());
        assertThat(System.getenv("SPARK_LOCAL_IP")).isEqualTo("127.0.0.1");
    }

    private static List<String> sparksList() {
        return Arrays.asList(JavaModuleOptions.defaultModuleOptions().trim().split("\\s+"));
    }
}
