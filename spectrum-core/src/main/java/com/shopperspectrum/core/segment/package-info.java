/**
 * Customer segmentation from RFM: feature transforms and scaling ({@link com.shopperspectrum.core.segment.Scaler}),
 * k-means with k-means++ seeding and restarts ({@link com.shopperspectrum.core.segment.KMeansTrainer},
 * Arthur &amp; Vassilvitskii 2007; Lloyd 1982), the choice of k by inertia, silhouette (Rousseeuw 1987) and
 * Davies–Bouldin (Davies &amp; Bouldin 1979) ({@link com.shopperspectrum.core.segment.KSelector}), business names
 * from centroids ({@link com.shopperspectrum.core.segment.ClusterNamer}), rule-based RFM quintile scores and named
 * segments ({@link com.shopperspectrum.core.segment.RfmQuintiles}, {@link com.shopperspectrum.core.segment.RfmSegment}), segment profiles, and the immutable
 * {@link com.shopperspectrum.core.segment.SegmentModel} that predicts the segment of a new
 * (recency, frequency, monetary) triple.
 *
 * <p>Fitting ({@link com.shopperspectrum.core.segment.SegmentTrainer}) is separate from the fitted model; the
 * model holds only records and arrays, is safe to share across threads and can be written to JSON.
 */
package com.shopperspectrum.core.segment;
