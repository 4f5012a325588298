package com.shopperspectrum.io.view;

import com.shopperspectrum.core.recommend.ScoredProduct;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * {@code spectrum similar --json} and {@code GET /api/products/{code}/similar}:
 * {@code {"product": {"stockCode", "description"}, "similar": [{"stockCode", "description", "score"}]}}.
 */
public record SimilarView(String stockCode, String description, List<ScoredProduct> similar) implements JsonView {
    public SimilarView {
        Objects.requireNonNull(stockCode, "stockCode");
        similar = List.copyOf(similar);
    }

    @Override
    public Map<String, Object> shape() {
        Map<String, Object> product = new LinkedHashMap<>();
        product.put("stockCode", stockCode);
        product.put("description", description);
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("product", product);
        root.put("similar", similar);
        return root;
    }
}
