package com.shopperspectrum.io.view;

import com.shopperspectrum.core.model.ModelMetadata;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The currency amounts are shown in, and the one way pages and reports write an amount: {@code £8,911,407.90}
 * with a symbol, {@code CHF 12.50} with the code, or {@code 8,911,407.90} with none. Chosen by {@code --currency}
 * on {@code train} (recorded in the model), {@code serve} and {@code report}; without it, the data's layout when it
 * is known (both UCI Online Retail layouts are in pounds sterling), else none.
 *
 * @param code   the ISO 4217 code, or "" for none
 * @param symbol what precedes an amount: a sign ({@code £}), the code and a space, or ""
 */
public record Money(String code, String symbol) {
    /** No currency: plain amounts. */
    public static final Money NONE = new Money("", "");

    /** The model option that records the currency. */
    public static final String OPTION = "currency";

    /** The model option that records the recognised layout of the training file. */
    public static final String LAYOUT = "layout";

    private static final Map<String, String> SIGNS =
            Map.of("GBP", "£", "EUR", "€", "USD", "$", "JPY", "¥", "INR", "₹", "KRW", "₩", "CNY", "¥", "ILS", "₪");

    public Money {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(symbol, "symbol");
    }

    /**
     * A currency from {@code --currency}: a three-letter ISO 4217 code (case-insensitive), or {@code none}; an
     * {@link IllegalArgumentException} naming the option and value otherwise.
     */
    public static Money parse(String text) {
        String t = text == null ? "" : text.strip();
        if (t.equalsIgnoreCase("none")) {
            return NONE;
        }
        String code = t.toUpperCase(Locale.ROOT);
        try {
            java.util.Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "--currency must be a three-letter ISO 4217 code such as GBP, EUR or USD, or none; got '" + t
                            + "'");
        }
        return new Money(code, SIGNS.getOrDefault(code, code + " "));
    }

    /** The currency of a model: the one recorded at training, else the layout's, else none. */
    public static Money of(ModelMetadata meta) {
        String recorded = meta.options().get(OPTION);
        if (recorded != null) {
            return parse(recorded);
        }
        return ofLayout(meta.options().get(LAYOUT));
    }

    /** The currency a known layout is in (the UCI Online Retail files: GBP), else none. */
    public static Money ofLayout(String layout) {
        return layout != null && layout.startsWith("uci-online-retail") ? parse("GBP") : NONE;
    }

    /** Whether amounts carry a currency. */
    public boolean known() {
        return !code.isEmpty();
    }

    /** An amount with two decimals, thousands separated, the symbol first ({@code -£5.00}); "n/a" for NaN. */
    public String format(double value) {
        if (Double.isNaN(value)) {
            return "n/a";
        }
        String digits = String.format(Locale.ROOT, "%,.2f", Math.abs(value));
        return (value < 0 && !digits.equals("0.00") ? "-" : "") + symbol + digits;
    }

    /** A money column's name with the currency: {@code monetary_gbp}; the name alone without one. */
    public String header(String name) {
        return known() ? name + "_" + code.toLowerCase(Locale.ROOT) : name;
    }

    /** A label with the currency: {@code Monetary (GBP)}; the label alone without one. */
    public String label(String label) {
        return known() ? label + " (" + code + ")" : label;
    }
}
