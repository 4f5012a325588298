package com.shopperspectrum.cli;

/** Entry point of the {@code spectrum} command. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        int code;
        try {
            code = SpectrumCommand.forArgs(args).execute(args);
        } catch (OutOfMemoryError e) {
            // the command's data are unreachable now: there is room to say what to do
            System.err.println(ExitCodes.outOfMemory(Runtime.getRuntime().maxMemory()));
            code = ExitCodes.INTERNAL;
        }
        System.exit(code);
    }
}
