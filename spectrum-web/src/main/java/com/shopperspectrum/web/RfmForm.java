package com.shopperspectrum.web;

import com.shopperspectrum.core.segment.RfmValues;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The customers page's RFM form as submitted: each field's value as typed and its own message when it is not
 * usable, so the page can show the form again (status 400) instead of an error page. Recency is days (0 or
 * more), frequency invoices (1 or more), monetary money (0 or more; a currency sign and thousands separators as
 * in {@code £1,500.00} are accepted).
 */
final class RfmForm {
    private static final Pattern GROUPED = Pattern.compile("[+-]?\\d{1,3}(,\\d{3})+(\\.\\d*)?");
    private static final Pattern PLAIN = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern CURRENCY = Pattern.compile("\\p{Sc}");

    /** One field: name (also the input's id), label, the value as typed, the message (null when fine). */
    record Field(String name, String label, String value, String error) {
        boolean invalid() {
            return error != null;
        }

        String errorId() {
            return name + "-error";
        }
    }

    private final List<Field> fields;
    private final RfmValues values;

    private RfmForm(List<Field> fields, RfmValues values) {
        this.fields = List.copyOf(fields);
        this.values = values;
    }

    /**
     * Reads the form; nothing submitted (all null) is an empty form without messages.
     *
     * @param monetaryField whether the model uses monetary value (else that field is not shown nor read)
     */
    static RfmForm read(String recency, String frequency, String monetary, boolean monetaryField) {
        boolean submitted = recency != null || frequency != null || (monetaryField && monetary != null);
        List<Field> fields = new ArrayList<>();
        Double r = parse(fields, submitted, "recency", "Recency (days)", recency, 0, "0 or more days", false);
        Double f = parse(fields, submitted, "frequency", "Frequency (invoices)", frequency, 1, "at least 1", false);
        Double m =
                monetaryField ? parse(fields, submitted, "monetary", "Monetary", monetary, 0, "0 or more", true) : null;
        boolean valid = submitted && fields.stream().noneMatch(Field::invalid);
        return new RfmForm(fields, valid ? new RfmValues(r, f, m) : null);
    }

    List<Field> fields() {
        return fields;
    }

    /** Whether a field has a message (the page answers 400). */
    boolean invalid() {
        return fields.stream().anyMatch(Field::invalid);
    }

    /** The values to predict from; null when nothing was submitted or a field is invalid. */
    RfmValues values() {
        return values;
    }

    private static Double parse(
            List<Field> fields,
            boolean submitted,
            String name,
            String label,
            String raw,
            double min,
            String range,
            boolean money) {
        String typed = raw == null ? "" : raw;
        String error = null;
        Double value = null;
        if (submitted && typed.isBlank()) {
            error = "enter the " + name;
        } else if (submitted) {
            value = number(typed, money);
            if (value == null) {
                error = name + " must be a number, got '" + Params.clip(typed) + "'";
            } else if (value < min) {
                error = name + " must be " + range + ", got " + Params.clip(typed.trim());
                value = null;
            }
        }
        fields.add(new Field(name, label, typed, error));
        return value;
    }

    /** A number as typed (a currency sign and thousands separators allowed when {@code money}), or null. */
    static Double number(String typed, boolean money) {
        String s = typed.strip();
        if (money) {
            s = CURRENCY.matcher(s).replaceAll("").strip();
        }
        if (GROUPED.matcher(s).matches()) {
            s = s.replace(",", "");
        }
        if (!PLAIN.matcher(s).matches()) {
            return null;
        }
        double v = Double.parseDouble(s);
        return Double.isFinite(v) ? v : null;
    }
}
