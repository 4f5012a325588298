package com.shopperspectrum.core.generate;

/**
 * What to generate.
 *
 * @param rows      data rows to write, 1 to {@value #MAX_ROWS}
 * @param seed      the random seed; equal options give identical output
 * @param customers size of the customer population, 1 to {@value #MAX_CUSTOMERS} (not all of them need buy)
 * @param products  size of the product catalogue, 1 to {@value #MAX_PRODUCTS}
 * @param prices    with a price process of known elasticity per product ({@link PriceProcess}); off by default,
 *                  which gives the same bytes as before the option existed
 */
public record GeneratorOptions(long rows, long seed, int customers, int products, boolean prices) {
    public static final long MAX_ROWS = 10_000_000_000L;
    public static final int MAX_CUSTOMERS = 100_000_000;
    public static final int MAX_PRODUCTS = 2_000_000;
    /** Online Retail's size: at this many rows the defaults give about its 120 rows per customer. */
    private static final double REFERENCE_ROWS = 541_909;

    public GeneratorOptions {
        checkRows(rows);
        if (customers < 1 || customers > MAX_CUSTOMERS) {
            throw new IllegalArgumentException(
                    "--customers must be between 1 and " + MAX_CUSTOMERS + ", got " + customers);
        }
        if (products < 1 || products > MAX_PRODUCTS) {
            throw new IllegalArgumentException(
                    "--products must be between 1 and " + MAX_PRODUCTS + ", got " + products);
        }
    }

    /** Options without the price process. */
    public GeneratorOptions(long rows, long seed, int customers, int products) {
        this(rows, seed, customers, products, false);
    }

    /** Options with the default population and catalogue sizes for {@code rows}. */
    public static GeneratorOptions scaled(long rows, long seed) {
        return new GeneratorOptions(rows, seed, defaultCustomers(rows), defaultProducts(rows));
    }

    /**
     * The default number of customers: rows/120 up to Online Retail's size (its ratio), then growing a little
     * faster than the rows so that 100 million rows have about 5 million customers (20 rows each):
     * {@code rows/120 · max(1, rows/541,909)^0.3434}.
     */
    public static int defaultCustomers(long rows) {
        checkRows(rows);
        double growth = Math.pow(Math.max(1.0, rows / REFERENCE_ROWS), 0.3434);
        return (int) Math.max(1, Math.min(MAX_CUSTOMERS, Math.round(rows / 120.0 * growth)));
    }

    /** The default number of products: {@code min(200,000, max(500, rows/500))}. */
    public static int defaultProducts(long rows) {
        checkRows(rows);
        return (int) Math.min(200_000, Math.max(500, rows / 500));
    }

    public GeneratorOptions withCustomers(int value) {
        return new GeneratorOptions(rows, seed, value, products, prices);
    }

    public GeneratorOptions withProducts(int value) {
        return new GeneratorOptions(rows, seed, customers, value, prices);
    }

    public GeneratorOptions withPrices(boolean value) {
        return new GeneratorOptions(rows, seed, customers, products, value);
    }

    private static void checkRows(long rows) {
        if (rows < 1 || rows > MAX_ROWS) {
            throw new IllegalArgumentException("--rows must be between 1 and " + MAX_ROWS + ", got " + rows);
        }
    }
}
