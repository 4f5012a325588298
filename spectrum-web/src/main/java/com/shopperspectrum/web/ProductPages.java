package com.shopperspectrum.web;

import com.shopperspectrum.core.recommend.ProductCatalog;
import com.shopperspectrum.core.recommend.ScoredProduct;
import java.util.List;

/** The products page (search with suggestions as you type) and one page per product. */
final class ProductPages {
    static final int RESULTS = 25;
    private final ModelService service;

    ProductPages(ModelService service) {
        this.service = service;
    }

    /** The search form; with a query, the matching products; without, the most popular ones. */
    String search(String query) {
        StringBuilder h = new StringBuilder(4096);
        h.append(searchForm(query));
        ProductCatalog p = service.model().products();
        if (query == null || query.isBlank()) {
            h.append("<h2>Most popular products</h2>");
            h.append(table(p.byPopularity().subList(0, Math.min(RESULTS, p.size())).stream()
                    .map(com.shopperspectrum.core.recommend.Product::index)
                    .toList()));
        } else {
            List<Integer> rows = p.suggest(query, RESULTS);
            h.append("<h2>")
                    .append(Html.number(rows.size()))
                    .append(rows.size() == RESULTS ? "+" : "")
                    .append(" products match <q>")
                    .append(Html.text(query))
                    .append("</q></h2>");
            h.append(
                    rows.isEmpty()
                            ? "<p class=\"empty\">No product code or description matches. Try fewer "
                                    + "or shorter words.</p>"
                            : table(rows));
        }
        return h.toString();
    }

    static String searchForm(String query) {
        return "<form class=\"search\" action=\"/products\" method=\"get\" role=\"search\" autocomplete=\"off\">"
                + "<label for=\"q\">Stock code or words of the description</label><div class=\"combo\">"
                + "<input id=\"q\" name=\"q\" type=\"search\" maxlength=\"100\" placeholder=\"e.g. lunch bag, 85123A\" "
                + "value=\"" + Html.attr(query == null ? "" : query) + "\" data-suggest=\"/api/products\" "
                + "aria-autocomplete=\"list\" aria-controls=\"suggestions\">"
                + "<button type=\"submit\">Search</button>"
                + "<ul id=\"suggestions\" class=\"suggestions\" role=\"listbox\" hidden></ul></div></form>";
    }

    private String table(List<Integer> rows) {
        ProductCatalog p = service.model().products();
        StringBuilder h = new StringBuilder("<div class=\"scroll\"><table class=\"products\" id=\"results\"><thead>"
                + "<tr><th>Product</th><th class=\"n\">Rank</th><th class=\"n\">Customers</th><th class=\"n\">Units</th>"
                + "<th class=\"n\">Revenue</th></tr></thead><tbody>");
        for (int i : rows) {
            h.append("<tr><td>")
                    .append(Html.productLink(p.code(i), p.description(i)))
                    .append(p.nonProduct(i) ? " <span class=\"tag\">non-product</span>" : "")
                    .append("</td><td class=\"n\">")
                    .append(p.rank(i))
                    .append("</td><td class=\"n\">")
                    .append(Html.number(p.customers(i)))
                    .append("</td><td class=\"n\">")
                    .append(Html.number(p.quantity(i)))
                    .append("</td><td class=\"n\">")
                    .append(Html.money(p.revenue(i)))
                    .append("</td></tr>");
        }
        return h.append("</tbody></table></div>").toString();
    }

    /** One product's page: its figures and, where the model has them, the most similar products. */
    String product(String stockCode) {
        ModelService.ProductInfo info = service.product(stockCode);
        StringBuilder h = new StringBuilder(4096);
        h.append(searchForm(null));
        h.append("<p class=\"lead\"><code>")
                .append(Html.text(info.stockCode()))
                .append("</code> <span class=\"desc\" id=\"description\">")
                .append(Html.text(info.description()))
                .append("</span>")
                .append(info.nonProduct() ? " <span class=\"tag\">non-product</span>" : "")
                .append("</p>");
        h.append("<section class=\"cards\">")
                .append(card(
                        "Popularity rank",
                        Html.number(info.rank()) + " of "
                                + Html.number(service.model().products().size())))
                .append(card("Customers", Html.number(info.customers())))
                .append(card("Units sold", Html.number(info.quantity())))
                .append(card("Revenue", Html.money(info.revenue())))
                .append("</section>");
        h.append("<h2>Customers who bought it also bought</h2>").append(similarTable(info.stockCode(), true));
        return h.toString();
    }

    /** The five most similar products with their scores (links to their pages when {@code links}). */
    String similarTable(String stockCode, boolean links) {
        List<ScoredProduct> similar = service.similarProducts(stockCode, 5);
        if (similar.isEmpty()) {
            return "<p class=\"empty\">No other product shares customers with this one.</p>";
        }
        StringBuilder h = new StringBuilder("<div class=\"scroll\"><table class=\"products similar\"><thead><tr>"
                + "<th>Product</th><th class=\"n\">Similarity</th></tr></thead><tbody>");
        for (ScoredProduct m : similar) {
            String code = m.stockCode();
            String description = m.description();
            h.append("<tr><td>")
                    .append(links ? Html.productLink(code, description) : Html.product(code, description))
                    .append("</td><td class=\"n\">")
                    .append(Html.decimal(m.score(), 3))
                    .append("</td></tr>");
        }
        return h.append("</tbody></table></div>").toString();
    }

    static String card(String label, String valueHtml) {
        return "<div class=\"card\"><div class=\"label\">" + Html.text(label) + "</div><div class=\"value\">"
                + valueHtml + "</div></div>";
    }
}
