package com.shopperspectrum.io;

import com.shopperspectrum.core.recommend.Recommendations;
import com.shopperspectrum.core.recommend.ScoredProduct;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON shapes shared by the CLI ({@code --json}) and the REST API, built in one place so both always print
 * the same thing. Records inside (ScoredProduct, Recommendation) serialise by their component names.
 */
public final class JsonViews {
    private JsonViews() {}

    /** {@code {"product": {"stockCode", "description"}, "similar": [{"stockCode", "description", "score"}]}}. */
    public static Map<String, Object> similar(String stockCode, String description, List<ScoredProduct> similar) {
        Map<String, Object> product = new LinkedHashMap<>();
        product.put("stockCode", stockCode);
        product.put("description", description);
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("product", product);
        root.put("similar", List.copyOf(similar));
        return root;
    }

    /** {@code {"customer", "fallback", "recommendations": [{"stockCode", "description", "score", "because"}]}}. */
    public static Map<String, Object> recommendations(Recommendations r) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("customer", r.customer());
        root.put("fallback", r.fallback());
        root.put("recommendations", r.items());
        return root;
    }
}
