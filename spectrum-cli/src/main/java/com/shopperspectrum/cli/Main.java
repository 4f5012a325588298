package com.shopperspectrum.cli;

import picocli.CommandLine;

/** Entry point of the {@code spectrum} command. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(SpectrumCommand.newCommandLine().execute(args));
    }
}
