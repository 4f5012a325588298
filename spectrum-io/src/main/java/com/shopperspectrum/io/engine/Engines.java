package com.shopperspectrum.io.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/** Finds an {@link Engine} by name among those on the class path (each module registers its own). */
public final class Engines {
    public static final String EMBEDDED = "embedded";
    public static final String SPARK = "spark";

    private Engines() {}

    /**
     * The engine called {@code name}; an {@link IllegalArgumentException} (invalid usage) when none is on the class
     * path, saying how to get the Spark engine.
     */
    public static Engine named(String name) {
        List<String> found = new ArrayList<>();
        try {
            for (Engine e : ServiceLoader.load(Engine.class, Engines.class.getClassLoader())) {
                if (e.name().equals(name)) {
                    return e;
                }
                found.add(e.name());
            }
        } catch (ServiceConfigurationError | LinkageError e) {
            throw new IllegalArgumentException(
                    "--engine " + name + ": an engine on the class path cannot be " + "loaded (" + e.getMessage() + ")"
                            + howToGetSpark(name),
                    e);
        }
        throw new IllegalArgumentException("--engine " + name + ": not on the class path (available: "
                + String.join(", ", found) + ")" + howToGetSpark(name));
    }

    private static String howToGetSpark(String name) {
        return !SPARK.equals(name)
                ? ""
                : "; the Spark engine needs spectrum-spark.jar and Spark's jars on the "
                        + "class path: run it through the ./spectrum launcher (which adds them for --engine spark) or "
                        + "with spark-submit and spectrum-spark-submit.jar";
    }
}
