package com.shopperspectrum.core.generate;

import java.util.SplittableRandom;

/**
 * Makes the rows of one block: a sequence of invoices (a customer's purchase, possibly followed by its partial
 * cancellation; a purchase without customer; a stock adjustment) until the block is full. Not thread-safe; one
 * per block.
 */
final class BlockGenerator {
    private static final double ADJUSTMENT_SHARE = 0.04;
    private static final double GUEST_SHARE = 0.245;
    private static final double CANCEL_SHARE = 0.2;
    private static final double IN_THEME = 0.9;
    private static final int[] MULTIPLES = {1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 3, 4, 6, 10};
    private static final int MAX_REMEMBERED = 256;

    private final RetailGenerator gen;
    private final Catalog catalog;
    private final Customers customers;
    private final long end;
    private final SplittableRandom rnd;
    /** The price process of {@code generate --prices}, or null. */
    private final PriceProcess prices;

    private final LineSink sink;
    private final double rows;
    private final int[] lastItems = new int[MAX_REMEMBERED];
    private final int[] lastQuantities = new int[MAX_REMEMBERED];
    private final int[] lastPrices = new int[MAX_REMEMBERED];
    private int remembered;
    private long row;
    private long invoice;
    private boolean cancelled;
    private long time;
    private int customerId;
    private int country;

    BlockGenerator(RetailGenerator gen, long start, long end, long seed, LineSink sink) {
        this.gen = gen;
        this.catalog = gen.catalog();
        this.customers = gen.customers();
        this.row = start;
        this.end = end;
        this.rnd = new SplittableRandom(seed);
        this.sink = sink;
        this.rows = gen.options().rows();
        this.prices = gen.options().prices() ? new PriceProcess(gen.options().seed()) : null;
    }

    void run() {
        while (row < end) {
            double u = rnd.nextDouble();
            if (u < ADJUSTMENT_SHARE) {
                adjustment();
            } else if (u < ADJUSTMENT_SHARE + GUEST_SHARE) {
                guestPurchase();
            } else {
                customerPurchase();
            }
        }
    }

    private void startInvoice(boolean cancellation, int customer, int countryIndex) {
        invoice = RetailGenerator.FIRST_INVOICE + row;
        cancelled = cancellation;
        time = gen.calendar().time(row / rows);
        customerId = customer;
        country = countryIndex;
    }

    private void customerPurchase() {
        double f = row / rows;
        int rank = customers.sampleActive(rnd, f);
        startInvoice(false, customers.id(rank), customers.country(rank));
        int first = theme(rank);
        int second = rnd.nextDouble() < 0.25 ? theme(rank) : first;
        int scale = customers.quantityScale(rank);
        items(first, second, lineCount(customers.wholesaler(rank) ? 30 : 16), scale);
        extras();
        if (rnd.nextDouble() < CANCEL_SHARE) {
            cancellation();
        }
    }

    private void guestPurchase() {
        startInvoice(false, -1, Countries.sampleGuest(rnd.nextDouble()));
        int first = catalog.sampleTheme(rnd.nextDouble());
        int second = rnd.nextDouble() < 0.25 ? catalog.sampleTheme(rnd.nextDouble()) : first;
        items(first, second, lineCount(18), 1);
        if (rnd.nextDouble() < 0.3) {
            special(Catalog.DOT, 1, 10_000 + rnd.nextInt(1_990_000));
        }
        if (rnd.nextDouble() < 0.001) {
            special(Catalog.AMAZON_FEE, 1, 1_000_000 + rnd.nextInt(16_000_000));
        }
    }

    /** A stock correction: no customer, negative quantity, zero price, a note or nothing as description. */
    private void adjustment() {
        startInvoice(false, -1, 0);
        int item = catalog.sampleProduct(rnd.nextDouble());
        int quantity = -(1 + (int) (-Math.log(1 - rnd.nextDouble()) * 20));
        emit(item, false, rnd.nextInt(Catalog.notes()), quantity, 0);
    }

    private void cancellation() {
        if (remembered == 0) {
            return;
        }
        startInvoice(true, customerId, country);
        int lines = Math.min(remembered, lineCount(2.4));
        int first = rnd.nextInt(remembered);
        for (int i = 0; i < lines; i++) {
            int k = (first + i) % remembered;
            int quantity = rnd.nextDouble() < 0.8 ? lastQuantities[k] : 1 + rnd.nextInt(lastQuantities[k]);
            emit(lastItems[k], false, -1, -quantity, lastPrices[k]);
        }
        if (rnd.nextDouble() < 0.05) {
            emit(catalog.special(Catalog.DISCOUNT), false, -1, -1, 1_000 + rnd.nextInt(50_000));
        }
    }

    private void items(int first, int second, int lines, int scale) {
        remembered = 0;
        for (int i = 0; i < lines; i++) {
            int item = pickItem(first, second);
            for (int attempt = 0; attempt < 12 && alreadyInInvoice(item); attempt++) {
                item = attempt < 4
                        ? pickItem(first, second)
                        : attempt < 8
                                ? catalog.anyInTheme(rnd.nextDouble() < 0.75 ? first : second, rnd.nextDouble())
                                : catalog.sampleProduct(rnd.nextDouble());
            }
            int quantity = quantity(item, scale);
            int price = price(item, quantity);
            if (prices != null && price > 0) {
                double m = prices.multiplier(item, time);
                quantity = prices.quantity(quantity, item, m, rnd.nextDouble());
                price = prices.priceMilli(catalog.priceMilli(item), m);
                if (quantity == 0) {
                    continue;
                }
            }
            if (!emit(item, lowerCase(item), -1, quantity, price)) {
                return;
            }
            if (remembered < MAX_REMEMBERED) {
                lastItems[remembered] = item;
                lastQuantities[remembered] = quantity;
                lastPrices[remembered++] = price;
            }
        }
    }

    private int pickItem(int first, int second) {
        return rnd.nextDouble() < IN_THEME
                ? catalog.sampleInTheme(rnd.nextDouble() < 0.75 ? first : second, rnd.nextDouble())
                : catalog.sampleProduct(rnd.nextDouble());
    }

    /** Invoices rarely list a product twice (the original has 1 % exact duplicate rows). */
    private boolean alreadyInInvoice(int item) {
        for (int i = 0; i < remembered; i++) {
            if (lastItems[i] == item) {
                return true;
            }
        }
        return false;
    }

    /** Postage for customers abroad, carriage to Ireland, now and then a manual line or bank charges. */
    private void extras() {
        if (country != 0 && rnd.nextDouble() < 0.7) {
            special(Catalog.POST, 1 + rnd.nextInt(3), country % 2 == 0 ? 18_000 : 15_000);
        }
        if (country == Countries.EIRE && rnd.nextDouble() < 0.4) {
            special(Catalog.CARRIAGE, 1, 50_000);
        }
        double u = rnd.nextDouble();
        if (u < 0.01) {
            special(Catalog.MANUAL, 1, catalog.priceMilli(catalog.sampleProduct(rnd.nextDouble())));
        } else if (u < 0.012) {
            special(Catalog.BANK_CHARGES, 1, 15_000);
        } else if (u < 0.0125) {
            special(Catalog.PADS, 1, 1);
        }
    }

    private void special(int special, int quantity, int price) {
        emit(catalog.special(special), false, -1, quantity, price);
    }

    private int theme(int rank) {
        double u = rnd.nextDouble();
        if (u < 0.55) {
            return customers.favouriteTheme(rank, 0);
        }
        return u < 0.8 ? customers.favouriteTheme(rank, 1) : catalog.sampleTheme(rnd.nextDouble());
    }

    /** 1 + a geometric number of further lines with the given mean number of lines. */
    private int lineCount(double mean) {
        return 1 + (int) Math.min(1000, -Math.log(1 - rnd.nextDouble()) * (mean - 1));
    }

    private int quantity(int item, int scale) {
        int quantity = catalog.pack(item) * MULTIPLES[rnd.nextInt(MULTIPLES.length)] * scale;
        if (scale > 2 && rnd.nextDouble() < 0.00002) {
            quantity *= 100 + rnd.nextInt(900);
        }
        return quantity;
    }

    private int price(int item, int quantity) {
        if (rnd.nextDouble() < 0.004) {
            return 0;
        }
        int price = catalog.priceMilli(item);
        return quantity >= 100 ? Math.max(10, price * 85 / 1000 * 10) : price;
    }

    private boolean lowerCase(int item) {
        return catalog.lowerCaseCode(item) != null && rnd.nextDouble() < 0.3;
    }

    /** Emits a line of the current invoice; false when the block is full. */
    private boolean emit(int item, boolean lower, int note, int quantity, int price) {
        if (row >= end) {
            return false;
        }
        sink.accept(
                new GeneratedLine(invoice, cancelled, item, lower, note, quantity, time, price, customerId, country));
        row++;
        return true;
    }
}
