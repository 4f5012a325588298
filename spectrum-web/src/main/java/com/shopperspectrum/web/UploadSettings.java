package com.shopperspectrum.web;

import com.shopperspectrum.core.clean.CleaningOptions;
import com.shopperspectrum.core.model.ModelOptions;
import com.shopperspectrum.io.view.Money;
import java.nio.file.Path;
import java.util.Objects;

/**
 * How the server takes uploads.
 *
 * @param allowed        whether uploads are taken (off on a non-loopback host unless {@code --allow-upload})
 * @param maxBytes       the largest file taken
 * @param modelDir       where a trained model is written, or null (the server was given a data file)
 * @param cleaning       the cleaning options (the server's)
 * @param model          the training options (the server's)
 * @param money          the amounts' currency, or null: the model's
 * @param programVersion the version recorded in the model
 */
public record UploadSettings(
        boolean allowed,
        long maxBytes,
        Path modelDir,
        CleaningOptions cleaning,
        ModelOptions model,
        Money money,
        String programVersion) {
    public static final long DEFAULT_MAX_BYTES = 200L * 1024 * 1024;

    /** No uploads (an app built without settings). */
    public static final UploadSettings OFF = new UploadSettings(
            false, DEFAULT_MAX_BYTES, null, CleaningOptions.DEFAULT, ModelOptions.DEFAULT, null, "dev");

    public UploadSettings {
        if (maxBytes < 1) {
            throw new IllegalArgumentException("the upload limit must be at least 1 byte, got " + maxBytes);
        }
        Objects.requireNonNull(cleaning, "cleaning");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(programVersion, "programVersion");
    }

    /**
     * Whether a server bound to {@code host} takes uploads: always on a loopback address (only this machine can
     * reach it), elsewhere only with {@code --allow-upload}.
     */
    public static boolean allowedOn(String host, boolean allowUpload) {
        if (allowUpload) {
            return true;
        }
        String h = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        return h.equalsIgnoreCase("localhost") || h.equals("::1") || h.matches("127(\\.\\d{1,3}){3}");
    }
}
