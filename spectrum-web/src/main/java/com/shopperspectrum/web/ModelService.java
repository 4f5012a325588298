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
    private static final int HISTORY_TOP = 10;
    private final SpectrumModel model;
    private final OverviewCharts charts;
    private final Recommender recommender;
    private final SegmentView segments;
    private final DemandAnswers demand;
    private final ClvAnswers clv;

    public ModelService(SpectrumModel model) {
        this.model = Objects.requireNonNull(model, "model");
        this.charts = OverviewCharts.of(model);
        this.recommender = ModelRecommender.of(model);
        this.segments = model.segmentation() == null ? null : new SegmentView(model);
        this.demand = new DemandAnswers(model);
        this.clv = new ClvAnswers(model);
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
    BoughtTogetherView complete(List<String> items, int n) {
        return new BoughtTogetherView(items, baskets().baskets(), baskets().complete(items, n));
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
        if (model.cohorts() == null) {
            String why = model.metadata().warnings().stream()
                    .filter(w -> w.startsWith("no cohorts"))
                    .findFirst()
                    .orElse("it was trained by an earlier version");
            throw new NotFoundException("this model has no cohort part (" + why + "): train it again with spectrum "
                    + "train, or run spectrum cohorts / spectrum migration on the data file");
        }
        return model.cohorts();
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
    public record History(int products, long units, LocalDate lastPurchase, List<Bought> top) {}

    /** A customer's RFM values (as of {@code snapshot}), main country, segment (null without one) and history. */
    public record CustomerInfo(
            String customerId,
            String country,
            int recency,
            int frequency,
            Double monetary,
            LocalDate snapshot,
            Map<String, Object> segment,
            History history,
            Double pAlive,
            Double expectedTransactions,
            Double clv,
            String clvUnavailable) {}

    public List<ProductRef> search(String query, int limit) {
        ProductCatalog p = model.products();
        return p.suggest(query, limit).stream()
                .map(i -> new ProductRef(p.code(i), p.description(i)))
                .toList();
    }

    public ProductInfo product(String stockCode) {
        return info(model.products(), productRow(stockCode));
    }

    /** The product table row of a stock code, or a 404 for an unknown one. */
    int productRow(String stockCode) {
        int i = model.products().indexOf(stockCode);
        if (i < 0) {
            throw new NotFoundException("unknown product '" + stockCode + "'");
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

    public CustomerInfo customer(String customerId) {
        CustomerTable c = model.customers();
        int row = c.indexOf(customerId);
        if (row < 0) {
            throw new NotFoundException("unknown customer '" + customerId + "'");
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
                value.pAlive(),
                value.expectedTransactions(),
                value.clv(),
                value.reason());
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
        List<Bought> top = all.stream()
                .sorted(Comparator.comparingLong(Bought::quantity).reversed().thenComparing(Bought::stockCode))
                .limit(HISTORY_TOP)
                .toList();
        return new History(all.size(), units, all.isEmpty() ? null : LocalDate.ofEpochDay(last), top);
    }
}
