package com.shopperspectrum.io.view;

import com.shopperspectrum.core.recommend.Recommendations;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * {@code spectrum recommend --json} and {@code GET /api/customers/{id}/recommendations}:
 * {@code {"customer", "fallback", "recommendations": [{"stockCode", "description", "score", "because"}]}}.
 */
public record RecommendationsView(Recommendations recommendations) implements JsonView {
    public RecommendationsView {
        Objects.requireNonNull(recommendations, "recommendations");
    }

    @Override
    public Map<String, Object> shape() {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("customer", recommendations.customer());
        root.put("fallback", recommendations.fallback());
        root.put("recommendations", recommendations.items());
        return root;
    }
}
