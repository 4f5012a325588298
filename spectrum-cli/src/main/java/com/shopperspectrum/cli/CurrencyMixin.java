package com.shopperspectrum.cli;

import com.shopperspectrum.io.view.Money;
import picocli.CommandLine.Option;

/** {@code --currency CODE|none}: the currency pages, the report and CSV headers show amounts in. */
final class CurrencyMixin {
    @Option(
            names = "--currency",
            paramLabel = "CODE|none",
            description = "Currency of amounts, an ISO 4217 code such as GBP, EUR or USD (shown as £, €, $), or none"
                    + " (default: the one the model recorded at train, else the data's layout's when known: GBP for"
                    + " the UCI Online Retail files; else none).")
    String currency;

    /** The currency given, or null when the option is absent (an IllegalArgumentException for a bad value). */
    Money money() {
        return currency == null ? null : Money.parse(currency);
    }

    /** The model's metadata value for the currency given ({@code none} or the code), or null when absent. */
    String recorded() {
        Money m = money();
        return m == null ? null : m.known() ? m.code() : "none";
    }
}
