package com.shopperspectrum.io.model;

import com.shopperspectrum.core.data.InvalidInputException;
import com.shopperspectrum.io.IoErrors;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The versioned layout of a model directory (see the package description), and its one atomic replacement:
 *
 * <pre>
 * DIR/
 *   spectrum-model   the format marker (what this directory is; the lock of a running train)
 *   current          symbolic link to the version in use (a file holding its name where links are unavailable)
 *   v-STAMP/         the model files and their checksums ({@code sha256sum -c checksums} passes in here)
 *   .tmp-*           a version or a pointer being written (swept by the next train)
 * </pre>
 *
 * A new version is written and fsynced beside the old one, then {@code current} is swapped by a single rename,
 * so at every instant DIR holds the old or the new complete model. Only a directory that is provably a model
 * this program wrote (this layout, or the single directory of earlier versions whose every file is listed in its
 * {@code checksums}) is ever replaced; anything else in it is refused, naming the file in the way.
 */
public final class ModelDirectory {
    static final String MARKER = "spectrum-model";
    static final String MARKER_TEXT = "Shopper Spectrum model directory, layout 1: the model files are in the "
            + "directory that 'current' names\n";
    static final String CURRENT = "current";
    static final String TEMP = ".tmp-";
    private static final Pattern VERSION = Pattern.compile("v-[0-9A-Za-z-]{1,64}");
    private static final Pattern MODEL_FILE = Pattern.compile("[a-z][a-z0-9_-]*\\.(json|bin)|" + Checksums.FILE);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final SecureRandom RANDOM = new SecureRandom();

    private ModelDirectory() {}

    /**
     * The directory that holds the model files of {@code dir}: the version {@code current} names, or {@code dir}
     * itself in the single-directory layout of earlier versions.
     */
    public static Path files(Path dir) {
        Path current = dir.resolve(CURRENT);
        if (Files.exists(current, LinkOption.NOFOLLOW_LINKS)) {
            String name = pointer(current);
            Path version = dir.resolve(name);
            if (!Files.isDirectory(version, LinkOption.NOFOLLOW_LINKS)) {
                throw new InvalidInputException(
                        "model " + dir + ": " + current + " names " + name + ", which is missing: the model is "
                                + "incomplete (retrain with: spectrum train FILE -o " + dir + ")",
                        CURRENT);
            }
            return version;
        }
        if (Files.isRegularFile(dir.resolve(MARKER)) && !Files.exists(dir.resolve(ModelWriter.METADATA))) {
            throw new InvalidInputException(
                    "model " + dir + " holds no finished model: the first train into it did not finish (run "
                            + "spectrum train FILE -o " + dir + " again)",
                    CURRENT);
        }
        return dir;
    }

    /** The version name {@code current} holds (a link's target or a file's text), checked to be a plain name. */
    private static String pointer(Path current) {
        String name;
        try {
            name = Files.isSymbolicLink(current)
                    ? Files.readSymbolicLink(current).toString()
                    : (Files.size(current) > 200 ? "" : Files.readString(current, StandardCharsets.UTF_8)).trim();
        } catch (IOException e) {
            throw new InvalidInputException("cannot read " + current + ": " + IoErrors.reason(e), CURRENT, e);
        }
        if (!VERSION.matcher(name).matches()) {
            throw new InvalidInputException(
                    current + " names '" + name + "', which is not a model version (v-…)", CURRENT);
        }
        return name;
    }

    /** Writes files into the directory it is given. */
    public interface Filler {
        void fill(Path dir) throws IOException;
    }

    /**
     * Replaces the model at {@code target} (or creates it) with what {@code filler} writes: refuses a directory
     * that is not a model this program wrote, sweeps what earlier interrupted runs left, writes and fsyncs the new
     * version, swaps {@code current} in one rename and deletes the old version.
     */
    public static void replace(Path target, Filler filler) throws IOException {
        Path dir = target.toAbsolutePath().normalize();
        boolean existed = inspect(dir);
        if (!existed) {
            createDirectories(dir);
        }
        if (!Files.isRegularFile(dir.resolve(MARKER), LinkOption.NOFOLLOW_LINKS)) {
            Path temp = dir.resolve(TEMP + "marker-" + random());
            AtomicDirectory.writeSynced(temp, MARKER_TEXT.getBytes(StandardCharsets.UTF_8));
            move(temp, dir.resolve(MARKER));
        }
        try (FileChannel lockFile = FileChannel.open(dir.resolve(MARKER), StandardOpenOption.WRITE);
                FileLock lock = lock(lockFile, dir)) {
            inspect(dir);
            sweep(dir);
            String version = newVersion(dir);
            Path temp = dir.resolve(TEMP + version);
            try {
                Files.createDirectory(temp);
                AtomicDirectory.readableByAll(temp);
                filler.fill(temp);
                AtomicDirectory.syncTree(temp);
                move(temp, dir.resolve(version));
                AtomicDirectory.syncDirectory(dir);
            } catch (IOException | RuntimeException e) {
                AtomicDirectory.deleteTree(temp);
                throw e;
            }
            point(dir, version);
            sweep(dir);
        }
    }

    private static FileLock lock(FileChannel channel, Path dir) {
        try {
            FileLock lock = channel.tryLock();
            if (lock != null) {
                return lock;
            }
        } catch (OverlappingFileLockException e) {
            // held by this process: the same as by another
        } catch (IOException e) {
            return null; // a file system without locks: go on unlocked
        }
        throw new InvalidInputException(
                "-o " + dir + ": another train is writing this model right now; wait for it to finish", "output");
    }

    /**
     * Checks that {@code dir} is absent, empty, or a model this program wrote, and nothing else; returns whether it
     * exists. Anything else is refused with an error naming the first file in the way.
     */
    static boolean inspect(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return false;
        }
        if (!Files.isDirectory(dir)) {
            throw new InvalidInputException(
                    "-o " + dir + ": exists and is not a directory; refusing to replace it", "output");
        }
        List<Path> entries;
        try (Stream<Path> list = Files.list(dir)) {
            entries = list.sorted().toList();
        }
        Map<String, String> legacySums = legacySums(dir);
        for (Path entry : entries) {
            String problem = problem(entry, legacySums);
            if (problem != null) {
                throw new InvalidInputException(
                        "-o " + dir + ": refusing to replace it: " + entry + " " + problem + ". train replaces only "
                                + "a directory that holds a model it wrote and nothing else; move the file away or "
                                + "choose another -o",
                        "output");
            }
        }
        return true;
    }

    /** Why an entry of a model directory is not one this program wrote, or null when it is. */
    private static String problem(Path entry, Map<String, String> legacySums) throws IOException {
        String name = entry.getFileName().toString();
        if (name.equals(MARKER)) {
            return Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS)
                            && Files.size(entry) < 1000
                            && Files.readString(entry, StandardCharsets.UTF_8).equals(MARKER_TEXT)
                    ? null
                    : "is not this program's format marker";
        }
        if (name.equals(CURRENT)) {
            return Files.isSymbolicLink(entry) || Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS)
                    ? null
                    : "is not a pointer to a model version";
        }
        if (name.startsWith(TEMP)) {
            if (Files.isSymbolicLink(entry)) {
                return null; // a pointer being swapped
            }
            if (Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS)) {
                return Files.size(entry) < 1000 ? null : "is not a temporary file of this program";
            }
            return onlyModelFiles(entry, false);
        }
        if (VERSION.matcher(name).matches()) {
            return Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)
                    ? onlyModelFiles(entry, true)
                    : "is not a model version directory";
        }
        if (MODEL_FILE.matcher(name).matches() && Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS)) {
            if (legacySums == null) {
                return "is not listed in a " + Checksums.FILE + " file beside it";
            }
            return name.equals(Checksums.FILE) || legacySums.containsKey(name)
                    ? null
                    : "is not listed in " + entry.resolveSibling(Checksums.FILE);
        }
        return "is not part of a Shopper Spectrum model";
    }

    /** Null when {@code dir} holds only model files (every one listed in its checksums when those are required). */
    private static String onlyModelFiles(Path dir, boolean checksummed) throws IOException {
        Map<String, String> sums = checksummed ? legacySums(dir) : null;
        if (checksummed && sums == null) {
            return "has no readable " + Checksums.FILE + " file";
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.sorted().toList()) {
                String name = f.getFileName().toString();
                boolean ok = MODEL_FILE.matcher(name).matches()
                        && Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)
                        && (sums == null || name.equals(Checksums.FILE) || sums.containsKey(name));
                if (!ok) {
                    return "holds " + f.getFileName() + ", which is not a file of a model";
                }
            }
        }
        return null;
    }

    /** The checksums file directly in {@code dir}, or null when there is none or it is not one. */
    private static Map<String, String> legacySums(Path dir) throws IOException {
        Path file = dir.resolve(Checksums.FILE);
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) || Files.size(file) > 100_000) {
            return null;
        }
        try {
            return Checksums.parse(Files.readString(file, StandardCharsets.UTF_8), file);
        } catch (InvalidInputException | IOException e) {
            return null;
        }
    }

    /**
     * Deletes what is not the model in use: temporaries of interrupted runs, versions {@code current} does not
     * name and, once there is a {@code current}, the files of the earlier single-directory layout. Called with the
     * lock held and after {@link #inspect}, so everything it deletes is this program's.
     */
    private static void sweep(Path dir) throws IOException {
        Path current = dir.resolve(CURRENT);
        String inUse = Files.exists(current, LinkOption.NOFOLLOW_LINKS) ? pointer(current) : null;
        List<Path> entries;
        try (Stream<Path> list = Files.list(dir)) {
            // the earlier layout's checksums last: until it goes, what is left is still provably a model
            entries = list.sorted(
                            Comparator.comparing(p -> p.getFileName().toString().equals(Checksums.FILE)))
                    .toList();
        }
        for (Path entry : entries) {
            String name = entry.getFileName().toString();
            boolean stale = name.startsWith(TEMP)
                    || (VERSION.matcher(name).matches() && !name.equals(inUse))
                    || (inUse != null && MODEL_FILE.matcher(name).matches());
            if (stale) {
                AtomicDirectory.deleteTree(entry);
            }
        }
        AtomicDirectory.syncDirectory(dir);
    }

    /** Swaps {@code current} to {@code version} with one rename (a link, or a file where links are unavailable). */
    private static void point(Path dir, String version) throws IOException {
        Path temp = dir.resolve(TEMP + "current-" + random());
        try {
            Files.createSymbolicLink(temp, Path.of(version));
        } catch (UnsupportedOperationException | IOException e) {
            Files.deleteIfExists(temp);
            AtomicDirectory.writeSynced(temp, (version + "\n").getBytes(StandardCharsets.UTF_8));
        }
        move(temp, dir.resolve(CURRENT));
        AtomicDirectory.syncDirectory(dir);
    }

    private static String newVersion(Path dir) {
        String stamp = ZonedDateTime.now(ZoneOffset.UTC).format(STAMP);
        String name;
        do {
            name = "v-" + stamp + "-" + random();
        } while (Files.exists(dir.resolve(name), LinkOption.NOFOLLOW_LINKS));
        return name;
    }

    private static String random() {
        byte[] b = new byte[4];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    /** A rename; over an existing target it replaces it in one step (rename(2), MoveFileEx). */
    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** {@code mkdir -p}, with a message naming the directory that cannot be made. */
    private static void createDirectories(Path dir) throws IOException {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new InvalidInputException(
                    "-o " + dir + ": cannot create the model directory: " + IoErrors.cannotCreate(dir, e), "output", e);
        }
    }
}
