/**
 * Synthetic transaction data shaped like the UCI Online Retail file, for demos, tests and scale benchmarks.
 *
 * <p>{@link com.shopperspectrum.core.generate.RetailGenerator} emits {@link
 * com.shopperspectrum.core.generate.GeneratedLine}s to a {@link com.shopperspectrum.core.generate.LineSink}; it does
 * no IO (spectrum-io formats and compresses). The model, in short:
 * <ul>
 *   <li>Customers are drawn with a shifted power law (a Zipf–Mandelbrot law, weight &prop; 1/(k + k0)), so a few
 *       buy very often and most rarely; the top ranks are wholesalers buying large quantities; about a fifth of
 *       the others lapse part-way through the period and some join late, so recency varies.</li>
 *   <li>Products sit in themes ({@code RED RETROSPOT …}); an invoice mostly draws from one or two themes, chosen
 *       from the customer's favourites, so co-purchase (item-based CF, Sarwar et al. 2001) finds the themes.
 *       Product and theme popularity are Zipf-like (Zipf 1949; Adamic &amp; Huberman 2002 for sales).</li>
 *   <li>Time follows the row position through a seasonal calendar (weekday, hour, November peak) over the
 *       thirteen months ending 2011-12-09, so the output is in time order like the original.</li>
 *   <li>The original's dirt is reproduced: about a quarter of rows without customer, {@code C} cancellation
 *       invoices with negative quantities, stock adjustments, zero prices, non-product codes (POST, DOT, M, C2,
 *       BANK CHARGES, …), lower-case stock-code letters and descriptions with a trailing space.</li>
 * </ul>
 * Output is a pure function of the options: rows are made in fixed-size blocks, each from its own seeded random
 * stream, so blocks may be generated in parallel and concatenated in order with identical results.
 */
package com.shopperspectrum.core.generate;
