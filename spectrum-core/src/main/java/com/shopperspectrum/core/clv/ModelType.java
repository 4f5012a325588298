package com.shopperspectrum.core.clv;

import com.shopperspectrum.core.data.InvalidInputException;
import java.util.Locale;

/** Which purchase model to fit: BG/NBD, Pareto/NBD, or both with a choice between them ({@code auto}). */
public enum ModelType {
    BGNBD,
    PARETO,
    AUTO;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ModelType parse(String text) {
        for (ModelType t : values()) {
            if (t.key().equalsIgnoreCase(text.strip())) {
                return t;
            }
        }
        throw new InvalidInputException(
                "--model-type must be bgnbd, pareto or auto, got '" + text + "'", "--model-type");
    }
}
