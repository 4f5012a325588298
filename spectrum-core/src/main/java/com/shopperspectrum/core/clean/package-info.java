/**
 * Counted cleaning rules: the original method's four (missing customer, cancelled, quantity &le; 0,
 * price &le; 0) and optional ones (duplicates, non-products, adjustments). No row is dropped without a count.
 */
package com.shopperspectrum.core.clean;
