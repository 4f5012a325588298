package com.shopperspectrum.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;

/**
 * Plain words for a failed file operation: the JDK's {@link IOException}s carry the path and sometimes the
 * system's reason, and their class says the rest ({@code NoSuchFileException: x} means "x does not exist"). The
 * one place that turns them into text a user can act on, never naming an exception class.
 */
public final class IoErrors {
    private IoErrors() {}

    /** "PATH: reason" (or the reason alone when the exception names no path). */
    public static String describe(IOException e) {
        String path = e instanceof FileSystemException fs ? fs.getFile() : null;
        String other = e instanceof FileSystemException fs ? fs.getOtherFile() : null;
        String reason = reason(e);
        if (path == null) {
            return reason;
        }
        return path + (other == null ? "" : " -> " + other) + ": " + reason;
    }

    /**
     * Why the directory {@code dir} could not be created ({@code e} is what creating it threw): the nearest
     * existing ancestor is a file, or not writable, or what the system said.
     */
    public static String cannotCreate(Path dir, IOException e) {
        Path existing = dir.toAbsolutePath().normalize();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing != null && !Files.isDirectory(existing)) {
            return existing + " is a file, not a directory";
        }
        if (existing != null && !Files.isWritable(existing)) {
            return "the directory " + existing + " is not writable";
        }
        return describe(e);
    }

    /** What went wrong, without the path: "does not exist", "permission denied", the system's reason, … */
    public static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "does not exist";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "already exists";
        }
        if (e instanceof DirectoryNotEmptyException) {
            return "is a directory that is not empty";
        }
        if (e instanceof NotDirectoryException) {
            return "is not a directory";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return lowerFirst(fs.getReason());
        }
        if (e instanceof FileSystemException) {
            return "cannot be accessed";
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? "input/output error" : message;
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
