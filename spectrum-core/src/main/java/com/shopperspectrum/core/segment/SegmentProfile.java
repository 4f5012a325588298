package com.shopperspectrum.core.segment;

import java.util.List;
import java.util.Objects;

/**
 * What the customers of one segment look like. Money figures are NaN when the data has no prices.
 *
 * @param name              segment name
 * @param cluster           k-means cluster
 * @param customers         number of customers
 * @param customerShare     share of all customers, 0..1
 * @param revenue           sum of the customers' monetary values
 * @param revenueShare      share of all revenue, 0..1
 * @param recencyMean       mean recency (days)
 * @param recencyMedian     median recency
 * @param frequencyMean     mean frequency (invoices)
 * @param frequencyMedian   median frequency
 * @param monetaryMean      mean monetary value
 * @param monetaryMedian    median monetary value
 * @param averageOrderValue revenue ÷ invoices of the segment
 * @param topCountries      the most common customer countries, most customers first
 */
public record SegmentProfile(
        String name,
        int cluster,
        int customers,
        double customerShare,
        double revenue,
        double revenueShare,
        double recencyMean,
        double recencyMedian,
        double frequencyMean,
        double frequencyMedian,
        double monetaryMean,
        double monetaryMedian,
        double averageOrderValue,
        List<CountryCount> topCountries) {
    public SegmentProfile {
        Objects.requireNonNull(name, "name");
        topCountries = List.copyOf(topCountries);
        if (customers < 0) {
            throw new IllegalArgumentException("customers must be >= 0, got " + customers);
        }
    }

    /**
     * A country and how many of the segment's customers are from it.
     *
     * @param country   country name ("Unknown" when the data has none)
     * @param customers customers of the segment from that country
     */
    public record CountryCount(String country, int customers) {
        public CountryCount {
            Objects.requireNonNull(country, "country");
        }
    }
}
