package com.shopperspectrum.spark;

import com.shopperspectrum.cli.TrainCommand;
import com.shopperspectrum.io.engine.Engines;

/**
 * The main class of {@code spectrum-spark-submit.jar}: {@code spark-submit ... spectrum-spark-submit.jar INPUT -o DIR
 * [options]} runs {@code spectrum train} itself, with the Spark engine as the default, on the cluster spark-submit
 * names, and writes the model directory on the driver (client mode: the machine that runs spark-submit), where
 * {@code spectrum serve --model DIR} reads it. So it takes every option of {@code train}, parsed by the same code with
 * the same defaults and the same exit codes (0 ok, 1 internal error, 2 invalid input).
 */
public final class SparkTrain {
    /** The command name in the usage text. */
    static final String NAME = "spectrum-spark-submit";

    private SparkTrain() {}

    public static void main(String[] args) {
        System.exit(TrainCommand.standalone(NAME, Engines.SPARK).execute(args));
    }
}
