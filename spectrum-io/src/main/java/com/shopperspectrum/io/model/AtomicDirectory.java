package com.shopperspectrum.io.model;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Replaces a directory as a whole: the new content is written into a temporary directory beside the target,
 * every file and the directory are fsynced, and then it is renamed into place (an existing target is first
 * renamed aside and deleted afterwards). A crash or an error before the final rename leaves the old directory
 * untouched (and at worst a hidden {@code .NAME.tmp-*} directory); readers never see a half-written one.
 */
public final class AtomicDirectory {
    /** Writes files into the directory it is given. */
    public interface Filler {
        void fill(Path dir) throws IOException;
    }

    private AtomicDirectory() {}

    public static void replace(Path target, Filler filler) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        Path parent = absolute.getParent();
        Files.createDirectories(parent);
        String name = absolute.getFileName().toString();
        Path temp = Files.createTempDirectory(parent, "." + name + ".tmp-");
        try {
            readableByAll(temp);
            filler.fill(temp);
            syncTree(temp);
            Path old = null;
            if (Files.exists(absolute)) {
                old = parent.resolve("." + name + ".old-" + System.nanoTime());
                move(absolute, old);
            }
            move(temp, absolute);
            syncDirectory(parent);
            if (old != null) {
                deleteTree(old);
            }
        } catch (IOException | RuntimeException e) {
            deleteTree(temp);
            throw e;
        }
    }

    /** A temporary directory is private (rwx------); the model directory it becomes should not be. */
    private static void readableByAll(Path dir) throws IOException {
        if (dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(dir, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    /** Writes bytes to a new file and forces them to the disk. */
    public static void writeSynced(Path file, byte[] bytes) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                ch.write(buffer);
            }
            ch.force(true);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    private static void syncTree(Path dir) throws IOException {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
            for (Path f : files) {
                if (Files.isRegularFile(f)) {
                    try (FileChannel ch = FileChannel.open(f, StandardOpenOption.WRITE)) {
                        ch.force(true);
                    }
                }
            }
        }
        syncDirectory(dir);
    }

    /** fsync of a directory entry list; a no-op where the platform cannot open directories (Windows). */
    private static void syncDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException e) {
            // not supported on this platform: the renames are still atomic, only not yet durable
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
