package com.shopperspectrum.core.generate;

/**
 * The countries of the original data, weighted by its number of customers per country (United Kingdom about
 * nine in ten).
 */
public final class Countries {
    private static final String[] NAMES = {
        "United Kingdom",
        "Germany",
        "France",
        "EIRE",
        "Spain",
        "Belgium",
        "Switzerland",
        "Portugal",
        "Italy",
        "Finland",
        "Austria",
        "Norway",
        "Netherlands",
        "Australia",
        "Denmark",
        "Channel Islands",
        "Cyprus",
        "Sweden",
        "Japan",
        "Poland",
        "USA",
        "Canada",
        "Unspecified",
        "Israel",
        "Greece",
        "Bahrain",
        "Malta",
        "United Arab Emirates",
        "Lithuania",
        "Iceland",
        "RSA",
        "Lebanon",
        "Brazil",
        "Czech Republic",
        "European Community",
        "Saudi Arabia",
        "Singapore",
        "Hong Kong"
    };
    private static final int[] CUSTOMERS = {
        3950, 95, 87, 3, 31, 25, 21, 19, 15, 12, 11, 10, 9, 9, 9, 9, 8, 8, 8, 6, 4, 4, 4, 4, 4, 2, 2, 2, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 0
    };
    /** Ireland's few customers are wholesalers and pay carriage. */
    static final int EIRE = 3;

    private static final double[] CUMULATIVE = cumulative();

    private Countries() {}

    public static String name(int i) {
        return NAMES[i];
    }

    public static int count() {
        return NAMES.length;
    }

    /** A customer's country for a uniform {@code u}. */
    static int sample(double u) {
        for (int i = 0; i < CUMULATIVE.length - 1; i++) {
            if (u < CUMULATIVE[i]) {
                return i;
            }
        }
        return CUMULATIVE.length - 1;
    }

    /** The country of a row without customer: mostly the UK, now and then a guest from Hong Kong or Ireland. */
    static int sampleGuest(double u) {
        if (u < 0.9) {
            return 0;
        }
        if (u < 0.905) {
            return NAMES.length - 1;
        }
        return u < 0.925 ? EIRE : sample((u - 0.925) / 0.075);
    }

    private static double[] cumulative() {
        double total = 0;
        for (int c : CUSTOMERS) {
            total += c;
        }
        double[] cum = new double[CUSTOMERS.length];
        double sum = 0;
        for (int i = 0; i < CUSTOMERS.length; i++) {
            sum += CUSTOMERS[i];
            cum[i] = sum / total;
        }
        return cum;
    }
}
