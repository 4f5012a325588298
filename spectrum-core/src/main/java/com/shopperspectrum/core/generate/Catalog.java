package com.shopperspectrum.core.generate;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The generated product catalogue: {@link #products()} merchandise items grouped in themes of 5–30 consecutive
 * items, followed by the non-product codes of the original data (postage, fees, manual lines).
 *
 * <p>Stock codes are five digits with an optional letter ({@code 85123A}); some lettered codes also appear with a
 * lower-case letter, and some descriptions carry a trailing space, as in the original. Prices follow the
 * original's common price points. Immutable and safe to share between threads.
 */
public final class Catalog {
    /** Non-product items, appended after the products: code, description. */
    private static final String[][] SPECIAL = {
        {"POST", "POSTAGE"},
        {"DOT", "DOTCOM POSTAGE"},
        {"M", "Manual"},
        {"C2", "CARRIAGE"},
        {"D", "Discount"},
        {"BANK CHARGES", "Bank Charges"},
        {"AMAZONFEE", "AMAZON FEE"},
        {"PADS", "PADS TO MATCH ALL CUSHIONS"},
        {"CRUK", "CRUK Commission"}
    };

    static final int POST = 0;
    static final int DOT = 1;
    static final int MANUAL = 2;
    static final int CARRIAGE = 3;
    static final int DISCOUNT = 4;
    static final int BANK_CHARGES = 5;
    static final int AMAZON_FEE = 6;
    static final int PADS = 7;
    /** Descriptions of stock adjustments; note 0 is a missing description. */
    private static final String[] NOTES = {
        null, "check", "damages", "damaged", "?", "thrown away", "sold as set on dotcom", "Unsaleable, destroyed."
    };

    private static final int[] PRICES = {
        420, 850, 1250, 1650, 2950, 1950, 2100, 2550, 3750, 4950, 1450, 650, 390, 550, 290, 830, 1630, 2080, 3290, 4250,
        5950, 7950, 8500, 9950, 12750, 14950, 18950
    };
    /** Pack sizes by price band (under £1, under £3, dearer): cheap items sell by the dozen, as in the original. */
    private static final int[][] PACKS = {{1, 6, 12, 12, 24}, {1, 1, 2, 3, 4, 6, 12}, {1, 1, 1, 2, 4}};

    private static final int CODES_PER_LETTER = 90_000;

    private final int products;
    private final String[] codes;
    private final String[] lowerCodes;
    private final String[] descriptions;
    private final int[] prices;
    private final int[] packs;
    private final int[] themeStart;
    private final int[] themeOf;
    private final PowerLawIndex productRanks;
    private final IndexShuffle productShuffle;
    private final PowerLawIndex themeRanks;
    private final IndexShuffle themeShuffle;

    Catalog(int products, long seed) {
        this.products = products;
        this.themeStart = themeStarts(products, new SplittableRandom(Hash64.of(seed, 11, 0)));
        int themes = themeStart.length - 1;
        int size = products + SPECIAL.length;
        codes = new String[size];
        lowerCodes = new String[size];
        descriptions = new String[size];
        prices = new int[size];
        packs = new int[size];
        themeOf = new int[products];
        IndexShuffle codeShuffle = new IndexShuffle(products, Hash64.of(seed, 12, 0));
        int spread = CODES_PER_LETTER / Math.min(products, CODES_PER_LETTER);
        for (int t = 0; t < themes; t++) {
            long themeHash = Hash64.of(seed, 13, t);
            for (int p = themeStart[t]; p < themeStart[t + 1]; p++) {
                themeOf[p] = t;
                fillProduct(
                        p,
                        codeShuffle.apply(p),
                        spread,
                        ThemeNames.theme(t) + " " + ThemeNames.item(themeHash, p - themeStart[t]),
                        Hash64.of(seed, 14, p));
            }
        }
        for (int s = 0; s < SPECIAL.length; s++) {
            codes[products + s] = SPECIAL[s][0];
            descriptions[products + s] = SPECIAL[s][1];
            packs[products + s] = 1;
        }
        productRanks = new PowerLawIndex(products, Math.max(1.0, products / 200.0));
        productShuffle = new IndexShuffle(products, Hash64.of(seed, 15, 0));
        themeRanks = new PowerLawIndex(themes, Math.max(2.0, themes / 20.0));
        themeShuffle = new IndexShuffle(themes, Hash64.of(seed, 16, 0));
    }

    private static int[] themeStarts(int products, SplittableRandom rnd) {
        int[] starts = new int[products / 5 + 2];
        int themes = 0;
        int next = 0;
        while (next < products) {
            starts[themes++] = next;
            next = Math.min(products, next + 5 + rnd.nextInt(26));
        }
        starts[themes] = products;
        return Arrays.copyOf(starts, themes + 1);
    }

    /** Codes spread over 10000–99999; beyond 90,000 products, later rounds add the letters D to Z. */
    private void fillProduct(int p, int codeIndex, int spread, String description, long h) {
        int number = 10_000 + codeIndex % CODES_PER_LETTER * spread;
        int round = codeIndex / CODES_PER_LETTER;
        char letter = round > 0 ? (char) ('C' + round) : (h & 3) == 0 ? (char) ('A' + (h >>> 2 & 0xff) % 3) : 0;
        codes[p] = letter == 0 ? Integer.toString(number) : number + String.valueOf(letter);
        if (letter != 0 && (h >>> 10 & 7) == 0) {
            lowerCodes[p] = number + String.valueOf(Character.toLowerCase(letter));
        }
        descriptions[p] = (h >>> 13) % 100 < 12 ? description + " " : description;
        double u = Hash64.unit(Hash64.mix(h));
        prices[p] = PRICES[(int) (PRICES.length * u * u)];
        int[] band = PACKS[prices[p] < 1_000 ? 0 : prices[p] < 3_000 ? 1 : 2];
        packs[p] = band[(int) ((h >>> 40) % band.length)];
    }

    /** Merchandise items: indices {@code 0..products()-1}; non-product codes follow. */
    public int products() {
        return products;
    }

    /** All items, products and non-product codes. */
    public int size() {
        return codes.length;
    }

    public int themes() {
        return themeStart.length - 1;
    }

    /** The stock code of item {@code i}, upper case. */
    public String code(int i) {
        return codes[i];
    }

    /** The lower-case-letter variant of item {@code i}'s code, or null when it has none. */
    public String lowerCaseCode(int i) {
        return lowerCodes[i];
    }

    /** The description of item {@code i} as written (some end with a space). */
    public String description(int i) {
        return descriptions[i];
    }

    /** The theme of product {@code p}. */
    public int theme(int p) {
        return themeOf[p];
    }

    /** The number of products in theme {@code t}. */
    public int themeSize(int t) {
        return themeStart[t + 1] - themeStart[t];
    }

    /** The name of theme {@code t}. */
    public String themeName(int t) {
        return ThemeNames.theme(t);
    }

    /** A stock-adjustment description ({@code damages}, …), null for note 0. */
    public static String note(int n) {
        return NOTES[n];
    }

    /** The number of stock-adjustment notes. */
    public static int notes() {
        return NOTES.length;
    }

    /** The index of the non-product item {@code special} (one of the constants above). */
    int special(int special) {
        return products + special;
    }

    int priceMilli(int i) {
        return prices[i];
    }

    int pack(int i) {
        return packs[i];
    }

    /** A product drawn by overall popularity. */
    int sampleProduct(double u) {
        return productShuffle.apply(productRanks.sample(u));
    }

    /** A theme drawn by popularity. */
    int sampleTheme(double u) {
        return themeShuffle.apply(themeRanks.sample(u));
    }

    /** A product of theme {@code t}, the theme's first items being its best sellers. */
    int sampleInTheme(int t, double u) {
        int start = themeStart[t];
        int n = themeStart[t + 1] - start;
        int k = (int) (3 * Math.exp(u * Math.log((n + 3.0) / 3)) - 3);
        return start + Math.min(k, n - 1);
    }

    /** Any product of theme {@code t}, uniformly: fills an invoice with the theme's less popular items. */
    int anyInTheme(int t, double u) {
        int start = themeStart[t];
        return start + (int) (u * (themeStart[t + 1] - start));
    }
}
