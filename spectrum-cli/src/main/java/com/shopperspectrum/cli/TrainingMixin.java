package com.shopperspectrum.cli;

import com.shopperspectrum.core.inventory.InventoryOptions;
import com.shopperspectrum.core.model.ModelOptions;
import com.shopperspectrum.core.recommend.RecommenderDefaults;
import com.shopperspectrum.core.segment.SegmentOptions;
import picocli.CommandLine.Mixin;

/** The segmentation and similarity options of every command that trains a model (train, serve, report, demo). */
public final class TrainingMixin {
    @Mixin
    SegmentationMixin segmentation;

    @Mixin
    SimilarityMixin similarity;

    @Mixin
    RecommendModelMixin recommender;

    /** The model options of every part; {@code evaluationDays} 0 means no evaluation. */
    ModelOptions toOptions(int evaluationDays) {
        return new ModelOptions(
                        segmentation.toOptions(),
                        segmentation.asOf,
                        similarity.matrix(),
                        similarity.similarity(1),
                        evaluationDays,
                        recommender.easeOptions(RecommenderDefaults.EASE_NEIGHBOURS, similarity.includeNonProducts))
                .withInventory(InventoryOptions.DEFAULT)
                .withCohorts(SegmentOptions.DEFAULT)
                .withBaskets(com.shopperspectrum.core.baskets.RuleOptions.DEFAULT)
                .withClv(com.shopperspectrum.core.clv.ClvOptions.DEFAULT);
    }
}
