package com.shopperspectrum.web;

import com.shopperspectrum.core.recommend.Product;
import com.shopperspectrum.core.recommend.ProductCatalog;
import com.shopperspectrum.core.recommend.ScoredProduct;
import java.util.List;

/** The products page (products.jte: search with suggestions as you type) and one page per product (product.jte). */
final class ProductPages {
    static final int RESULTS = 25;
    private final ModelService service;

    ProductPages(ModelService service) {
        this.service = service;
    }

    /**
     * The search page: the query (null: none), the heading's count ("25+"; null for the most popular list) and the
     * rows.
     */
    record SearchView(String query, String count, List<Row> rows) {
        SearchView {
            rows = List.copyOf(rows);
        }

        boolean popular() {
            return query == null || query.isBlank();
        }
    }

    /** One product in a list: figures already formatted. */
    record Row(
            String code,
            String description,
            boolean nonProduct,
            int rank,
            String customers,
            String units,
            String revenue) {}

    /** One product's page. */
    record ProductView(
            String code,
            String description,
            boolean nonProduct,
            String rank,
            String customers,
            String units,
            String revenue,
            List<ScoredProduct> similar) {
        ProductView {
            similar = List.copyOf(similar);
        }
    }

    /** With a query, the matching products; without, the most popular ones. */
    SearchView search(String query) {
        ProductCatalog p = service.model().products();
        if (query == null || query.isBlank()) {
            return new SearchView(
                    query,
                    null,
                    rows(p.byPopularity().subList(0, Math.min(RESULTS, p.size())).stream()
                            .map(Product::index)
                            .toList()));
        }
        List<Integer> rows = p.suggest(query, RESULTS);
        return new SearchView(query, Format.number(rows.size()) + (rows.size() == RESULTS ? "+" : ""), rows(rows));
    }

    private List<Row> rows(List<Integer> rows) {
        ProductCatalog p = service.model().products();
        return rows.stream()
                .map(i -> new Row(
                        p.code(i),
                        p.description(i),
                        p.nonProduct(i),
                        p.rank(i),
                        Format.number(p.customers(i)),
                        Format.number(p.quantity(i)),
                        Format.money(p.revenue(i))))
                .toList();
    }

    /** One product's figures and, where the model has them, the most similar products. */
    ProductView product(String stockCode) {
        ModelService.ProductInfo info = service.product(stockCode);
        return new ProductView(
                info.stockCode(),
                info.description(),
                info.nonProduct(),
                Format.number(info.rank()) + " of "
                        + Format.number(service.model().products().size()),
                Format.number(info.customers()),
                Format.number(info.quantity()),
                Format.money(info.revenue()),
                similar(info.stockCode()));
    }

    /** The five most similar products with their scores. */
    List<ScoredProduct> similar(String stockCode) {
        return service.similarProducts(stockCode, 5);
    }
}
