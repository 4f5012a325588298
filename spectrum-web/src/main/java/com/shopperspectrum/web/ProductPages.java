package com.shopperspectrum.web;

import com.shopperspectrum.core.inventory.ForecastBand;
import com.shopperspectrum.core.inventory.PriceResponse;
import com.shopperspectrum.core.inventory.ProductInventory;
import com.shopperspectrum.core.recommend.Product;
import com.shopperspectrum.core.recommend.ProductCatalog;
import com.shopperspectrum.core.recommend.ProductMatch;
import com.shopperspectrum.core.recommend.ScoredProduct;
import com.shopperspectrum.io.view.BoughtTogetherView;
import com.shopperspectrum.io.view.DemandView;
import com.shopperspectrum.io.view.TableCsv;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The products page (products.jte: search with suggestions as you type) and one page per product (product.jte). */
final class ProductPages {
    static final int RESULTS = 25;
    private final ModelService service;

    /** The pages of one request's model ({@link ServedModel#of}: one model per request, even during a swap). */
    ProductPages(ModelService service) {
        this.service = service;
    }

    private ModelService service() {
        return service;
    }

    /**
     * The search page: the query (null: none), the heading's count ("25+ products match"; null for the most popular list) and the
     * rows.
     */
    record SearchView(String query, String count, List<Row> rows, boolean closest) {
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
            List<ScoredProduct> similar,
            DemandFacts demand,
            List<Together> together,
            List<String> similarBoth) {
        ProductView {
            similar = List.copyOf(similar);
            similarBoth = List.copyOf(similarBoth);
        }
    }

    /** A product bought in the same orders, with the rule in words; the list is null without the basket part. */
    record Together(String code, String description, String text) {}

    /**
     * The product's demand figures for its page (null when the model has no demand part or the product no series):
     * the ABC/XYZ and demand-class tags, the forecast method and its backtest, safety stock and reorder point, and
     * the price response in words (the estimate with its interval, or the reason there is none).
     */
    record DemandFacts(
            String abcXyz,
            String demandClass,
            Words.Label method,
            String mase,
            String safetyStock,
            String reorderPoint,
            String note,
            String priceResponse,
            String priceReason) {}

    /** With a query, the matching products; without, the most popular ones. */
    SearchView search(String query) {
        ProductCatalog p = service().model().products();
        if (query == null || query.isBlank()) {
            return new SearchView(
                    query,
                    null,
                    rows(p.byPopularity().subList(0, Math.min(RESULTS, p.size())).stream()
                            .map(Product::index)
                            .toList()),
                    false);
        }
        List<Integer> rows = p.suggest(query, RESULTS);
        if (rows.isEmpty()) { // typos: the closest products, as the CLI suggests them
            List<Integer> closest = closest(p, query);
            return new SearchView(
                    query, closest.isEmpty() ? "No product matches" : "Closest products to", rows(closest), true);
        }
        String count = rows.size() == RESULTS
                ? Format.number(rows.size()) + "+ products match"
                : Words.count(rows.size(), "product matches", "products match");
        return new SearchView(query, count, rows(rows), false);
    }

    /** The products a search lists (the page's rows) as CSV with raw figures. */
    TableCsv searchCsv(String query) {
        ProductCatalog p = service().model().products();
        List<Integer> rows = query == null || query.isBlank()
                ? p.byPopularity().subList(0, Math.min(RESULTS, p.size())).stream()
                        .map(Product::index)
                        .toList()
                : p.suggest(query, RESULTS);
        if (rows.isEmpty() && query != null && !query.isBlank()) {
            rows = closest(p, query);
        }
        List<List<String>> out = new ArrayList<>();
        for (int i : rows) {
            out.add(java.util.Arrays.asList(
                    p.code(i),
                    p.description(i),
                    String.valueOf(p.rank(i)),
                    String.valueOf(p.customers(i)),
                    String.valueOf(p.quantity(i)),
                    Double.isNaN(p.revenue(i)) ? null : com.shopperspectrum.io.view.Csv.money(p.revenue(i))));
        }
        return new TableCsv(
                List.of(
                        "stock_code",
                        "description",
                        "rank",
                        "customers",
                        "units",
                        service().money().header("revenue")),
                out);
    }

    /** The products closest to a query that matches none (the lookup's trigram suggestions of the CLI). */
    static List<Integer> closest(ProductCatalog p, String query) {
        ProductMatch m = p.lookup(query);
        return m.products().stream().map(Product::index).toList();
    }

    /** The stock code of a query that is exactly one (case-insensitive), or null: the page goes straight there. */
    String exactCode(String query) {
        if (query == null || query.isBlank()) {
            return null;
        }
        int row = service().model().products().indexOf(query.trim().toUpperCase(java.util.Locale.ROOT));
        return row < 0 ? null : service().model().products().code(row);
    }

    private List<Row> rows(List<Integer> rows) {
        ProductCatalog p = service().model().products();
        return rows.stream()
                .map(i -> new Row(
                        p.code(i),
                        p.description(i),
                        p.nonProduct(i),
                        p.rank(i),
                        Format.number(p.customers(i)),
                        Format.number(p.quantity(i)),
                        Format.money(service().money(), p.revenue(i))))
                .toList();
    }

    /** One product's figures and, where the model has them, the most similar products. */
    ProductView product(String stockCode) {
        ModelService.ProductInfo info = service().product(stockCode);
        List<ScoredProduct> similar = similar(info.stockCode());
        return new ProductView(
                info.stockCode(),
                info.description(),
                info.nonProduct(),
                Format.number(info.rank()) + " of "
                        + Format.number(service().model().products().size()),
                Format.number(info.customers()),
                Format.number(info.quantity()),
                Format.money(service().money(), info.revenue()),
                similar,
                demand(info.stockCode()),
                together(info.stockCode()),
                both(info.stockCode(), similar));
    }

    /** "12 customers" who bought the product and each similar one (what the similarity is made of). */
    private List<String> both(String stockCode, List<ScoredProduct> similar) {
        var products = service().model().products();
        int row = products.indexOf(stockCode);
        return similar.stream()
                .map(m -> {
                    int other = products.indexOf(m.stockCode());
                    int n = row < 0 || other < 0 ? 0 : service().coPurchases().together(row, other);
                    return Words.count(n, "customer", "customers");
                })
                .toList();
    }

    private List<Together> together(String stockCode) {
        if (service().model().baskets() == null) {
            return null;
        }
        return service().model().baskets().boughtTogether(stockCode, 5).stream()
                .map(r -> new Together(
                        r.consequent().get(0),
                        r.consequentDescriptions().isEmpty()
                                ? null
                                : r.consequentDescriptions().get(0),
                        BoughtTogetherView.text(r)))
                .toList();
    }

    private DemandFacts demand(String stockCode) {
        ProductInventory p = service().demand().find(stockCode);
        if (p == null) {
            return null;
        }
        String price = null;
        String reason = "the model's demand series are not weekly";
        if (service().model().demand().hasPricing()) {
            PriceResponse r = service().demand().priceResponse(stockCode);
            if (r.estimate() == null) {
                reason = r.reason();
            } else {
                PriceResponse.Estimate e = r.estimate();
                price = "slope " + Format.decimal(e.slope(), 2) + " (95 % interval " + Format.decimal(e.low(), 2)
                        + " to " + Format.decimal(e.high(), 2) + ", R² " + Format.decimal(e.rSquared(), 2) + ", "
                        + r.weeks() + " weeks)";
            }
        }
        return new DemandFacts(
                p.abcXyz(),
                p.demandClass().label(),
                Words.forecast(p.method()),
                p.backtest().mase() == null ? null : Format.decimal(p.backtest().mase(), 2),
                Format.decimal(p.safetyStock(), 1),
                Format.decimal(p.reorderPoint(), 1),
                p.note(),
                price,
                reason);
    }

    /** The product page's chart: units per period, the forecast and its band; null without a series. */
    Map<String, Chart> charts(String stockCode) {
        ProductInventory p = service().demand().find(stockCode);
        if (p == null) {
            return null;
        }
        DemandView v = service().demand().demand(p.code());
        List<String> labels = new ArrayList<>(v.starts());
        List<String> ahead = v.forecastStarts();
        double[] units = service().model().demand().series().units(v.index());
        double[] forecast = p.forecast();
        List<Double> history = new ArrayList<>();
        List<Double> future = new ArrayList<>();
        List<Double> low = new ArrayList<>();
        List<Double> high = new ArrayList<>();
        for (double u : units) {
            history.add(u);
            future.add(null);
            low.add(null);
            high.add(null);
        }
        ForecastBand band = v.band();
        for (int h = 0; h < forecast.length; h++) {
            labels.add(ahead.get(h));
            history.add(null);
            future.add(forecast[h]);
            low.add(band == null ? null : band.low()[h]);
            high.add(band == null ? null : band.high()[h]);
        }
        List<Chart.Series> series = new ArrayList<>(List.of(
                Chart.Series.bar("Units", history),
                Chart.Series.line("Forecast (" + Words.forecast(p.method()).text() + ")", future, 0)));
        if (band != null) {
            series.add(Chart.Series.line("95 % band, low", low, 0));
            series.add(Chart.Series.line("95 % band, high", high, 0));
        }
        String period = service().model().demand().series().period().label();
        return Map.of("demand", Chart.bars("Units per " + period + " and the forecast", labels, series, "units"));
    }

    /** The five most similar products with their scores. */
    List<ScoredProduct> similar(String stockCode) {
        return service().similarProducts(stockCode, 5);
    }
}
