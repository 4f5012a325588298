package com.shopperspectrum.web;

import com.shopperspectrum.core.cohort.CohortModel;
import com.shopperspectrum.core.model.CustomerTable;
import com.shopperspectrum.core.model.ModelRecommender;
import com.shopperspectrum.core.model.SpectrumModel;
import com.shopperspectrum.core.recommend.ProductCatalog;
import com.shopperspectrum.core.recommend.PurchaseHistory;
import com.shopperspectrum.core.recommend.RecommendOptions;
import com.shopperspectrum.core.recommend.Recommendations;
import com.shopperspectrum.core.recommend.Recommender;
import com.shopperspectrum.core.recommend.ScoredProduct;
import com.shopperspectrum.core.rfm.RfmTable;
import com.shopperspectrum.core.segment.RfmValues;
import com.shopperspectrum.io.view.BoughtTogetherView;
import com.shopperspectrum.io.view.Money;
import com.shopperspectrum.io.view.RecommendationsView;
import com.shopperspectrum.io.view.SegmentPredictionView;
import com.shopperspectrum.io.view.SimilarView;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the web app and the report show from a {@link SpectrumModel}: product search and details, customer
 * details with their purchase history, and the chart data. Immutable and thread-safe; built once per model.
 */
public final class ModelService {
    private final SpectrumModel model;
    private final OverviewCharts charts;
    private final Recommender recommender;
    private final SegmentView segments;
    private final DemandAnswers demand;
    private final CohortAnswers cohorts;
    private final Once<CustomerList> customerList;
    private final ClvAnswers clv;
    private final Once<com.shopperspectrum.core.recommend.CoPurchases> coPurchases;

    private final Money money;

    /** The pages of {@code model}, amounts in its currency ({@link Money#of}). */
    public ModelService(SpectrumModel model) {
        this(model, null);
    }

    /** The pages of {@code model}, amounts in {@code currency} (null: the model's). */
    public ModelService(SpectrumModel model, Money currency) {
        this.model = Objects.requireNonNull(model, "model");
        this.money = currency == null ? Money.of(model.metadata()) : currency;
        this.charts = OverviewCharts.of(model, money);
        this.recommender = ModelRecommender.of(model);
        this.segments = model.segmentation() == null ? null : new SegmentView(model);
        this.demand = new DemandAnswers(model);
        this.cohorts = new CohortAnswers(model);
        this.customerList = new Once<>(() -> new CustomerList(
                model.customers(),
                model.segmentation(),
                segments == null ? null : segments.advice().lapsedFlags()));
        this.coPurchases = new Once<>(() -> com.shopperspectrum.core.recommend.CoPurchases.of(model.histories()));
        this.clv = new ClvAnswers(model);
    }

    /** The currency amounts are shown in. */
    public Money money() {
        return money;
    }

    /** The customer base as a list to browse (its sort orders computed on first use, once per model). */
    CustomerList customerList() {
        return customerList.get();
    }

    /** The CLV part's answers (404s without the part). */
    ClvAnswers clv() {
        return clv;
    }

    /** The basket part, or a 404 saying how to get it. */
    com.shopperspectrum.core.baskets.BasketModel baskets() {
        if (model.baskets() == null) {
            throw new NotFoundException("this model has no basket rules (trained by an earlier version, or the data "
                    + "gave none: see its warnings); train it again with spectrum train");
        }
        return model.baskets();
    }

    /** The {@code n} products bought together with a known product (404 for an unknown one). */
    BoughtTogetherView boughtTogether(String stockCode, int n) {
        ProductInfo p = product(stockCode);
        return new BoughtTogetherView(
                List.of(p.stockCode()), baskets().baskets(), baskets().boughtTogether(p.stockCode(), n));
    }

    /** What completes a basket: the rules' best consequents not in it, each with the rule that fired. */
    public BoughtTogetherView complete(List<String> items, int n) {
        return BoughtTogetherView.completion(model.products(), baskets(), items, n, "items");
    }

    /** The demand part's answers: inventory, forecasts and price response (404s without the part). */
    DemandAnswers demand() {
        return demand;
    }

    /**
     * The cohort part (the monthly triangle, the default migration and the month-end series), or a 404 saying
     * why the model has none.
     */
    CohortModel cohorts() {
        return cohorts.part();
    }

    /** The cohort part's answers: the part, each customer's previous segment, the movers as CSV. */
    CohortAnswers cohortAnswers() {
        return cohorts;
    }

    /** The segments, or a 404 when the model has none (too few customers when it was trained). */
    SegmentView segments() {
        if (segments == null) {
            throw new NotFoundException("this model has no segmentation: "
                    + String.join("; ", model.metadata().warnings()));
        }
        return segments;
    }

    boolean hasSegments() {
        return segments != null;
    }

    /** The {@code n} most similar products, as {@code spectrum similar --json} prints them. */
    public SimilarView similar(String stockCode, int n) {
        ProductInfo p = product(stockCode);
        return new SimilarView(p.stockCode(), p.description(), similarProducts(p.stockCode(), n));
    }

    /** The {@code n} most similar products of a known product (404 for an unknown one). */
    public List<ScoredProduct> similarProducts(String stockCode, int n) {
        return model.neighbours().similar(product(stockCode).stockCode(), n);
    }

    /** The segment of RFM values, as {@code spectrum predict-segment --json} prints it (404 without segments). */
    public SegmentPredictionView predictSegment(RfmValues values) {
        return segments().predict(values);
    }

    /** Personal recommendations, as {@code spectrum recommend --json} prints them. */
    public RecommendationsView recommend(String customerId, int n) {
        if (!model.hasProducts()) {
            customer(customerId); // an unknown customer is still a 404 of its own
            throw new NotFoundException("no recommendations: " + com.shopperspectrum.core.model.NoProducts.NOTE);
        }
        return new RecommendationsView(recommendations(customerId, n));
    }

    /** Personal recommendations of a known customer (404 for an unknown one). */
    public Recommendations recommendations(String customerId, int n) {
        String id = customer(customerId).customerId();
        return recommender.forCustomer(
                id, new RecommendOptions(n, false, model.recommender().halfLifeDays()));
    }

    public SpectrumModel model() {
        return model;
    }

    /** How many customers bought both of two products ("bought together by N customers"); built on first use. */
    com.shopperspectrum.core.recommend.CoPurchases coPurchases() {
        return coPurchases.get();
    }

    OverviewCharts charts() {
        return charts;
    }

    /** A product as the search box and lists show it. */
    public record ProductRef(String stockCode, String description) {}

    /** A product's catalogue entry. {@code revenue} is null without prices. */
    public record ProductInfo(
            String stockCode,
            String description,
            int rank,
            int customers,
            long quantity,
            Double revenue,
            boolean nonProduct) {}

    /** One product in a customer's history. */
    public record Bought(String stockCode, String description, long quantity, LocalDate lastBought) {}

    /** What a customer bought: distinct products, units, last purchase, and the products bought most. */
    public record History(
            int products,
            long units,
            LocalDate lastPurchase,
            List<Bought> top,
            @com.fasterxml.jackson.annotation.JsonIgnore List<Bought> all) {}

    /**
     * A customer's RFM values (as of {@code snapshot}), main country, segment (null without one), history, and the
     * segment before and after the stored migration (null without the cohort part).
     */
    public record CustomerInfo(
            String customerId,
            String country,
            int recency,
            int frequency,
            Double monetary,
            LocalDate snapshot,
            Map<String, Object> segment,
            History history,
            CohortAnswers.PreviousSegment previousSegment,

            Double pAlive,
            Double expectedTransactions,
            Double clv,
            String clvUnavailable) {}

    /** The search box's suggestions; for a query with typos that matches nothing, the closest products. */
    public List<ProductRef> search(String query, int limit) {
        ProductCatalog p = model.products();
        List<Integer> rows = p.suggest(query, limit);
        if (rows.isEmpty() && query != null && !query.isBlank()) {
            rows = ProductPages.closest(p, query);
            rows = rows.subList(0, Math.min(limit, rows.size()));
        }
        return rows.stream()
                .map(i -> new ProductRef(p.code(i), p.description(i)))
                .toList();
    }

    /**
     * The id of the customer a person meant, or null: the id as given (trimmed), else a spreadsheet's number
     * form of it ({@code 17850.0} is 17850).
     */
    String customerId(String typed) {
        CustomerTable c = model.customers();
        if (typed == null) {
            return null;
        }
        String t = typed.trim();
        int row = c.indexOf(t);
        if (row < 0 && t.matches("\\d+\\.0*")) {
            row = c.indexOf(t.substring(0, t.indexOf('.')));
        }
        return row < 0 ? null : c.id(row);
    }

    public ProductInfo product(String stockCode) {
        return info(model.products(), productRow(stockCode));
    }

    /** The product table row of a stock code, or a 404 for an unknown one. */
    int productRow(String stockCode) {
        int i = model.products().indexOf(stockCode);
        if (i < 0) {
            ProductCatalog p = model.products();
            throw new NotFoundException(
                    "unknown product '" + stockCode + "'"
                            + (model.hasProducts() ? "" : ": " + com.shopperspectrum.core.model.NoProducts.NOTE),
                    ProductPages.closest(p, stockCode).stream()
                            .map(r -> new NotFoundException.Suggestion(
                                    p.code(r) + " " + p.description(r), "/products/" + Format.url(p.code(r))))
                            .toList());
        }
        return i;
    }

    static ProductInfo info(ProductCatalog p, int i) {
        double revenue = p.revenue(i);
        return new ProductInfo(
                p.code(i),
                p.description(i),
                p.rank(i),
                p.customers(i),
                p.quantity(i),
                Double.isNaN(revenue) ? null : revenue,
                p.nonProduct(i));
    }

    /** The API's top of a customer's history (the page shows every product, paged). */
    private static final int HISTORY_TOP = 10;

    public CustomerInfo customer(String customerId) {
        CustomerTable c = model.customers();
        int row = c.indexOf(customerId);
        if (row < 0) {
            throw new NotFoundException(
                    "unknown customer '" + customerId + "'",
                    closeIds(customerId).stream()
                            .map(id ->
                                    new NotFoundException.Suggestion("customer " + id, "/customers/" + Format.url(id)))
                            .toList());
        }
        RfmTable rfm = c.rfm();
        double monetary = rfm.monetary(row);
        ClvAnswers.Value value = clv.customer(c.id(row));
        return new CustomerInfo(
                c.id(row),
                c.country(row),
                rfm.recency(row),
                rfm.frequency(row),
                Double.isNaN(monetary) ? null : monetary,
                rfm.snapshot(),
                segments == null ? null : segments.customer(row),
                history(row),
                cohorts.previous(c.id(row)),
                value.pAlive(),
                value.expectedTransactions(),
                value.clv(),
                value.reason());
    }

    /** Up to five known ids one typo away from {@code typed} (one character changed, added or left out). */
    private List<String> closeIds(String typed) {
        String t = typed == null ? "" : typed.trim();
        List<String> out = new ArrayList<>();
        CustomerTable c = model.customers();
        for (int i = 0; i < c.size() && out.size() < 5 && !t.isEmpty(); i++) {
            if (oneEditApart(t, c.id(i))) {
                out.add(c.id(i));
            }
        }
        return out;
    }

    static boolean oneEditApart(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 1 || a.equals(b)) {
            return false;
        }
        int i = 0;
        while (i < Math.min(a.length(), b.length()) && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (a.length() == b.length()) {
            return a.substring(i + 1).equals(b.substring(i + 1));
        }
        return a.length() > b.length()
                ? a.substring(i + 1).equals(b.substring(i))
                : a.substring(i).equals(b.substring(i + 1));
    }

    private History history(int customer) {
        PurchaseHistory h = model.histories();
        ProductCatalog p = model.products();
        List<Bought> all = new ArrayList<>();
        long units = 0;
        int last = Integer.MIN_VALUE;
        for (int i = 0; i < h.size(customer); i++) {
            int product = h.item(customer, i);
            all.add(new Bought(
                    p.code(product),
                    p.description(product),
                    h.units(customer, i),
                    LocalDate.ofEpochDay(h.lastDay(customer, i))));
            units += h.units(customer, i);
            last = Math.max(last, h.lastDay(customer, i));
        }
        List<Bought> sorted = all.stream()
                .sorted(Comparator.comparingLong(Bought::quantity).reversed().thenComparing(Bought::stockCode))
                .toList();
        return new History(
                all.size(),
                units,
                all.isEmpty() ? null : LocalDate.ofEpochDay(last),
                sorted.subList(0, Math.min(HISTORY_TOP, sorted.size())),
                sorted);
    }
}
