/**
 * Recency, frequency and monetary value per customer (Hughes, <i>Strategic Database Marketing</i>, 1994).
 */
package com.shopperspectrum.core.rfm;
