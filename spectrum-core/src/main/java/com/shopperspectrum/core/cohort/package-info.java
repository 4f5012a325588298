/**
 * Customers over time: the cohort retention triangle ({@link com.shopperspectrum.core.cohort.Cohorts}, by week,
 * month or quarter), the state of the customers as of a day ({@link com.shopperspectrum.core.cohort.SegmentState}:
 * RFM strictly before the day, snapshot the day), the migration between two days scored with the segmentation
 * fitted as of the later one ({@link com.shopperspectrum.core.cohort.MigrationAnalysis},
 * {@link com.shopperspectrum.core.cohort.Migration}, {@link com.shopperspectrum.core.cohort.MigrationMatrix}) and
 * the k-means segments at each month end ({@link com.shopperspectrum.core.cohort.SegmentHistory}), and the model
 * part ({@link com.shopperspectrum.core.cohort.CohortModel}) with each customer's RFM at every month end
 * ({@link com.shopperspectrum.core.cohort.MonthEndRfm}), from which the migration between any two month ends
 * follows without the transactions.
 *
 * <p>Everything starts from the clean transaction table, whatever cleaning made it. Results are immutable
 * records; no value is NaN or infinite (undefined shares are null).
 */
package com.shopperspectrum.core.cohort;
