package com.shopperspectrum.cli;

import com.shopperspectrum.io.IoErrors;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Checks an output path before a command does its work, so that a path that cannot be written is a plain usage
 * error naming the directory that is missing or not writable (exit 2), not a failure after minutes of training.
 * Writability is tried (a probe file created and deleted), since permissions alone do not tell (read-only mounts,
 * /proc, /sys).
 */
final class OutputPaths {
    private OutputPaths() {}

    /** A file whose directory must already exist and be writable; a directory at the path is refused. */
    static void file(String option, Path file) {
        Path abs = file.toAbsolutePath().normalize();
        if (Files.isDirectory(abs)) {
            throw new IllegalArgumentException(
                    option + " " + file + ": is a directory; give a file name such as " + example(option));
        }
        Path parent = abs.getParent();
        if (!Files.exists(parent)) {
            throw new IllegalArgumentException(option + " " + file + ": the directory " + parent + " does not exist");
        }
        if (!Files.isDirectory(parent)) {
            throw new IllegalArgumentException(option + " " + file + ": " + parent + " is a file, not a directory");
        }
        probe(option, file, parent);
    }

    /** A directory that is created (with its missing parents) or replaced: its nearest existing ancestor is tried. */
    static void directory(String option, Path dir) {
        Path existing = dir.toAbsolutePath().normalize();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            throw new IllegalArgumentException(option + " " + dir + ": no part of this path exists");
        }
        if (!Files.isDirectory(existing)) {
            throw new IllegalArgumentException(option + " " + dir + ": " + existing + " is a file, not a directory");
        }
        probe(option, dir, existing);
    }

    private static void probe(String option, Path target, Path dir) {
        try {
            Files.delete(Files.createTempFile(dir, ".spectrum-probe-", ".tmp"));
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            String reason = e instanceof IOException io ? IoErrors.reason(io) : "not allowed";
            throw new IllegalArgumentException(
                    option + " " + target + ": cannot write in the directory " + dir + " (" + reason + ")");
        }
    }

    private static String example(String option) {
        return option.equals("-o") ? "out.csv" : "out.file";
    }
}
