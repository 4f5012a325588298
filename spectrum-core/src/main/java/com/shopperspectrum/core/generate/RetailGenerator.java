package com.shopperspectrum.core.generate;

/**
 * Generates Online-Retail-shaped transaction lines (see the package description for the model).
 *
 * <p>The {@link GeneratorOptions#rows() rows} are cut into blocks of {@value #BLOCK_ROWS}; block {@code b} is made
 * from its own random stream seeded by {@code (seed, b)}, so {@link #generateBlock} may run on several threads at
 * once and the concatenation of the blocks in order is always the same. Invoice numbers are {@code 536365} plus
 * the row position of the invoice's first line, so they are unique and increase through the file; an invoice
 * cut by a block boundary simply ends there.
 *
 * <p>Building a generator costs time and memory proportional to the catalogue (not the customers, not the
 * rows); the instance is immutable and thread-safe.
 */
public final class RetailGenerator {
    /** Rows per independently seeded block. */
    public static final int BLOCK_ROWS = 1 << 15;

    static final long FIRST_INVOICE = 536_365;

    private final GeneratorOptions options;
    private final Catalog catalog;
    private final Customers customers;
    private final SeasonalCalendar calendar;

    public RetailGenerator(GeneratorOptions options) {
        this.options = options;
        this.catalog = new Catalog(options.products(), options.seed());
        this.customers = new Customers(options.customers(), options.seed(), catalog);
        this.calendar = new SeasonalCalendar();
    }

    public GeneratorOptions options() {
        return options;
    }

    /** The catalogue that {@link GeneratedLine#item()} indexes. */
    public Catalog catalog() {
        return catalog;
    }

    /** The number of blocks: {@code ceil(rows / BLOCK_ROWS)}. */
    public long blocks() {
        return (options.rows() + BLOCK_ROWS - 1) / BLOCK_ROWS;
    }

    /** The rows in block {@code block}: {@code BLOCK_ROWS}, fewer in the last. */
    public int blockRows(long block) {
        checkBlock(block);
        return (int) (Math.min(options.rows(), (block + 1) * BLOCK_ROWS) - block * BLOCK_ROWS);
    }

    /** Emits the lines of block {@code block}, in order, to {@code sink}. Thread-safe. */
    public void generateBlock(long block, LineSink sink) {
        checkBlock(block);
        long start = block * BLOCK_ROWS;
        new BlockGenerator(this, start, start + blockRows(block), Hash64.of(options.seed(), 1, block), sink).run();
    }

    /** Emits every line, in order, to {@code sink}. */
    public void generate(LineSink sink) {
        for (long b = 0; b < blocks(); b++) {
            generateBlock(b, sink);
        }
    }

    Customers customers() {
        return customers;
    }

    SeasonalCalendar calendar() {
        return calendar;
    }

    private void checkBlock(long block) {
        if (block < 0 || block >= blocks()) {
            throw new IllegalArgumentException("block must be between 0 and " + (blocks() - 1) + ", got " + block);
        }
    }
}
