package com.shopperspectrum.io.view;

import com.shopperspectrum.core.segment.RfmValues;
import com.shopperspectrum.core.segment.SegmentModel;
import com.shopperspectrum.core.segment.SegmentPrediction;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * {@code spectrum predict-segment --json} and {@code POST /api/segments/predict}: the segment, the distance to
 * each segment centre, the RFM scores and named RFM segment, and the model's k, transform and whether it uses
 * monetary value.
 */
public record SegmentPredictionView(SegmentModel model, SegmentPrediction prediction) implements JsonView {
    public SegmentPredictionView {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(prediction, "prediction");
    }

    /** The prediction of {@code values}; monetary value is ignored when the model was fitted without prices. */
    public static SegmentPredictionView of(SegmentModel model, RfmValues values) {
        RfmValues used = model.hasMonetary() ? values : new RfmValues(values.recency(), values.frequency(), null);
        return new SegmentPredictionView(model, model.predict(used));
    }

    @Override
    public Map<String, Object> shape() {
        SegmentPrediction p = prediction;
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("segment", p.segment());
        o.put("cluster", p.cluster());
        List<Map<String, Object>> distances = new ArrayList<>();
        for (int c = 0; c < p.distances().size(); c++) {
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("cluster", c);
            d.put("segment", model.names().get(c));
            d.put("distance", p.distances().get(c));
            distances.add(d);
        }
        o.put("distances", distances);
        o.put("rScore", p.rScore());
        o.put("fScore", p.fScore());
        o.put("mScore", p.mScore());
        o.put("rfmSegment", p.rfmSegment());
        o.put("k", model.k());
        o.put("transform", model.options().transform().label());
        o.put("monetaryAvailable", model.hasMonetary());
        return o;
    }
}
