/**
 * The data profile: cleaning counts, quality counts, top products, monthly trend, countries and RFM
 * distributions — what an analyst looks at before trusting a segmentation.
 */
package com.shopperspectrum.core.profile;
