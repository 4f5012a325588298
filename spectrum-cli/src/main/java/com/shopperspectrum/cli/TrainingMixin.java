package com.shopperspectrum.cli;

import com.shopperspectrum.core.model.ModelOptions;
import com.shopperspectrum.core.recommend.EaseOptions;
import com.shopperspectrum.core.recommend.MatrixOptions;
import com.shopperspectrum.core.recommend.ModelDefaults;
import com.shopperspectrum.core.recommend.SimilarityOptions;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Mixin;

/** The segmentation and similarity options of every command that trains a model (train, serve, report, demo). */
public final class TrainingMixin {
    @Mixin
    SegmentationMixin segmentation;

    @Mixin
    SimilarityMixin similarity;

    @Mixin
    RecommendModelMixin recommender;

    /** The model options; {@code evaluationDays} 0 means no evaluation. */
    ModelOptions toOptions(int evaluationDays) {
        return new ModelOptions(segmentation.toOptions(), segmentation.asOf,
                MatrixOptions.of(similarity.scope, similarity.weighting),
                new SimilarityOptions(similarity.neighbours(ModelDefaults.NEIGHBOURS), Runtime.getRuntime().availableProcessors(),
                        similarity.includeNonProducts), evaluationDays,
                recommender.easeOptions(ModelDefaults.EASE_NEIGHBOURS, similarity.includeNonProducts));
    }

    /** The options as recorded in the model's metadata. */
    void record(Map<String, String> o, int evaluationDays) {
        var s = segmentation.toOptions();
        o.put("k", s.autoK() ? "auto" : String.valueOf(s.k()));
        o.put("transform", s.transform().name().toLowerCase(Locale.ROOT));
        o.put("restarts", String.valueOf(s.restarts()));
        o.put("seed", String.valueOf(s.seed()));
        if (segmentation.asOf != null) {
            o.put("asOf", segmentation.asOf.toString());
        }
        o.put("scope", similarity.scope.name().toLowerCase(Locale.ROOT));
        o.put("weighting", similarity.weighting.name().toLowerCase(Locale.ROOT));
        o.put("neighbours", String.valueOf(similarity.neighbours(ModelDefaults.NEIGHBOURS)));
        o.put("includeNonProducts", String.valueOf(similarity.includeNonProducts));
        o.put("evaluationDays", String.valueOf(evaluationDays));
        o.put("recommender", recommender.type.name().toLowerCase(Locale.ROOT));
        EaseOptions ease = recommender.easeOptions(ModelDefaults.EASE_NEIGHBOURS, similarity.includeNonProducts);
        if (ease != null) {
            o.put("easeLambda", String.valueOf(ease.lambda()));
            o.put("easeMinSupport", String.valueOf(ease.minSupport()));
            o.put("easeNeighbours", String.valueOf(ease.neighbours()));
            o.put("easeSigned", String.valueOf(ease.signed()));
        }
    }
}
