package com.shopperspectrum.core.clv;

import com.shopperspectrum.core.data.InvalidInputException;
import java.util.Locale;

/** The time unit of the customer summary and the model parameters: weeks (days / 7, the default) or days. */
public enum ClvUnit {
    WEEKS(7),
    DAYS(1);

    private final int days;

    ClvUnit(int days) {
        this.days = days;
    }

    /** Days per unit. */
    public int days() {
        return days;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ClvUnit parse(String text) {
        for (ClvUnit u : values()) {
            if (u.key().equalsIgnoreCase(text.strip())) {
                return u;
            }
        }
        throw new InvalidInputException("--unit must be weeks or days, got '" + text + "'", "--unit");
    }
}
