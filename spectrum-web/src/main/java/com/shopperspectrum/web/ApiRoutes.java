package com.shopperspectrum.web;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.shopperspectrum.core.cohort.MigrationOptions;
import com.shopperspectrum.core.data.InvalidInputException;
import com.shopperspectrum.core.model.ModelMetadata;
import com.shopperspectrum.core.segment.RfmValues;
import com.shopperspectrum.io.Json;
import com.shopperspectrum.io.view.CohortsCsv;
import com.shopperspectrum.io.view.CohortsView;
import com.shopperspectrum.io.view.CsvView;
import com.shopperspectrum.io.view.InventoryCsv;
import com.shopperspectrum.io.view.InventoryView;
import com.shopperspectrum.io.view.JsonView;
import com.shopperspectrum.io.view.MigrationCsv;
import com.shopperspectrum.io.view.MigrationView;
import com.shopperspectrum.io.view.PriceResponseView;
import com.shopperspectrum.io.view.SegmentHistoryCsv;
import io.javalin.http.ContentType;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpResponseException;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The JSON API (the plain path): thin handlers that read parameters, ask the {@link ModelService} and answer JSON,
 * the shared shapes through their views ({@link com.shopperspectrum.io.view}) and limits from {@link ApiLimits}.
 */
final class ApiRoutes {
    private final ServedModel served;
    private final String openApi;

    ApiRoutes(ServedModel served) {
        this.served = served;
        this.openApi = Frame.resource("/openapi.json");
    }

    /** This request's model (read once per request: {@link ServedModel} may swap it). */
    private ModelService service(Context ctx) {
        return served.of(ctx);
    }

    void register(JavalinDefaultRoutingApi routes) {
        routes.get("/api/health", this::health);
        routes.get("/api/profile", ctx -> ctx.json(service(ctx).model().profile()));
        routes.get("/api/products", this::products);
        routes.get("/api/products/{stockCode}", ctx -> ctx.json(service(ctx).product(ctx.pathParam("stockCode"))));
        routes.get(
                "/api/products/{stockCode}/similar",
                view(ctx -> service(ctx)
                        .similar(ctx.pathParam("stockCode"), Params.count(ctx, "n", ApiLimits.SIMILAR_DEFAULT))));
        routes.get(
                "/api/products/{stockCode}/bought-together",
                view(ctx -> service(ctx)
                        .boughtTogether(
                                ctx.pathParam("stockCode"), Params.count(ctx, "n", ApiLimits.SIMILAR_DEFAULT))));
        routes.post("/api/baskets/complete", this::complete);
        routes.get(
                "/api/products/{stockCode}/demand",
                view(ctx -> service(ctx).demand().demand(ctx.pathParam("stockCode"))));
        routes.get(
                "/api/products/{stockCode}/price-response",
                ctx -> ctx.json(
                        PriceResponseView.product(service(ctx).demand().priceResponse(ctx.pathParam("stockCode")))));
        routes.get(
                "/api/inventory",
                view(ctx -> new InventoryView(
                        service(ctx).demand().inventory(), Params.count(ctx, "limit", ApiLimits.MAX_COUNT))));
        routes.get("/api/inventory.csv", this::inventoryCsv);
        routes.get(
                "/api/pricing",
                view(ctx -> new PriceResponseView(
                        service(ctx).demand().pricing(), Params.count(ctx, "limit", ApiLimits.MAX_COUNT))));
        routes.get("/api/cohorts", view(this::cohorts));
        routes.get(
                "/api/cohorts.csv",
                ctx -> csv(ctx, "cohorts.csv", new CohortsCsv(cohorts(ctx).triangle())));
        routes.get("/api/migration", view(this::migration));
        routes.get("/api/migration.csv", this::migrationCsv);
        routes.get("/api/clv", view(ctx -> service(ctx).clv().view()));
        routes.get(
                "/api/migration/months.csv",
                ctx -> csv(
                        ctx,
                        "migration-months.csv",
                        service(ctx)
                                .cohortAnswers()
                                .monthMoves(
                                        ctx.queryParam("from"),
                                        ctx.queryParam("segmentFrom"),
                                        ctx.queryParam("segmentTo"))));
        routes.get(
                "/api/clv/customers.csv",
                ctx -> ctx.contentType("text/csv; charset=utf-8")
                        .header("Content-Disposition", "attachment; filename=\"clv-customers.csv\"")
                        .result(service(ctx).clv().csv()));
        routes.get("/api/customers/{id}", ctx -> ctx.json(service(ctx).customer(ctx.pathParam("id"))));
        routes.get(
                "/api/customers/{id}/recommendations",
                view(ctx ->
                        service(ctx).recommend(ctx.pathParam("id"), Params.count(ctx, "n", ApiLimits.LIST_DEFAULT))));
        routes.post("/api/segments/predict", this::predict);
        routes.get("/api/segments", this::segments);
        routes.get(
                "/api/segments/history.csv",
                ctx -> csv(
                        ctx,
                        "segment-history.csv",
                        new SegmentHistoryCsv(service(ctx).cohorts().history())));
        routes.get("/api/segments/{name}/customers.csv", this::segmentCsv);
        routes.get("/openapi.json", ctx -> ctx.contentType("application/json").result(openApi));
    }

    private void health(Context ctx) {
        ModelMetadata m = service(ctx).model().metadata();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", "ok");
        body.put("formatVersion", m.formatVersion());
        body.put("programVersion", m.programVersion());
        body.put("trainedAt", m.createdAt());
        body.put("input", m.input());
        body.put("customers", service(ctx).model().customers().size());
        body.put("products", service(ctx).model().products().size());
        ctx.json(body);
    }

    /** A 415 unless the request body is JSON, saying what to send ({@code what}: "the values", …). */
    private static void requireJson(Context ctx, String what) {
        String type = ctx.contentType();
        if (!ApiLimits.isJson(type)) {
            throw new HttpResponseException(
                    415,
                    "send " + what + " as application/json, not "
                            + (type == null ? "a body without Content-Type" : "'" + Params.clip(type) + "'"));
        }
    }

    private void predict(Context ctx) throws IOException {
        requireJson(ctx, "the values");
        json(ctx, predict(service(ctx), ctx.bodyAsBytes()));
    }

    private void complete(Context ctx) throws IOException {
        requireJson(ctx, "the basket");
        JsonNode body = oneValue(ctx.bodyAsBytes());
        JsonNode items = body == null ? null : body.get("items");
        if (items == null || !items.isArray() || items.isEmpty()) {
            throw new InvalidInputException(
                    "expected a JSON object {\"items\": [\"85123A\", …]} with at least one stock code", "items");
        }
        if (items.size() > ApiLimits.MAX_COUNT) {
            throw new InvalidInputException(
                    "a basket of at most " + ApiLimits.MAX_COUNT + " items, got " + items.size(), "items");
        }
        java.util.List<String> codes = new java.util.ArrayList<>();
        for (JsonNode item : items) {
            if (!item.isTextual() || item.asText().isBlank()) {
                throw new InvalidInputException(
                        "items must be stock codes (strings), got " + Params.clip(item.toString()), "items");
            }
            codes.add(item.asText().trim().toUpperCase(java.util.Locale.ROOT));
        }
        json(
                ctx,
                service(ctx)
                        .complete(codes, Params.count(ctx, "n", ApiLimits.SIMILAR_DEFAULT))
                        .json());
    }

    /** The answer of {@code POST /api/segments/predict} to a JSON body; throws what {@link Errors} maps to 4xx. */
    byte[] predict(ModelService service, byte[] json) throws IOException {
        JsonNode body = oneValue(json);
        if (body == null || !body.isObject()) {
            throw new InvalidInputException(
                    "expected a JSON object {\"recency\": …, \"frequency\": …, " + "\"monetary\": …}", "body");
        }
        RfmValues values = new RfmValues(number(body, "recency"), number(body, "frequency"), number(body, "monetary"));
        return service.predictSegment(values).json();
    }

    /** The body's one JSON value (null when empty); anything but white space after it is a 400. */
    private static JsonNode oneValue(byte[] json) throws IOException {
        try (JsonParser p = Json.mapper().createParser(json)) {
            JsonNode value = p.readValueAsTree();
            JsonLocation end = p.currentTokenLocation();
            JsonToken after;
            try {
                after = p.nextToken();
            } catch (JacksonException e) {
                after = JsonToken.NOT_AVAILABLE;
            }
            if (after != null) {
                throw new InvalidInputException(
                        "the body must be one JSON object and nothing after it; found more after line "
                                + end.getLineNr() + ", column " + end.getColumnNr(),
                        "body");
            }
            return value;
        }
    }

    /** A handler that answers a view's JSON. */
    private static Handler view(Function<Context, JsonView> answer) {
        return ctx -> json(ctx, answer.apply(ctx).json());
    }

    /** JSON written once as bytes (ctx.json makes a String, then encodes it again). */
    private static void json(Context ctx, byte[] json) {
        ctx.contentType(ContentType.APPLICATION_JSON).result(json);
    }

    private static Double number(JsonNode body, String field) {
        JsonNode v = body.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isNumber()) {
            throw new InvalidInputException(field + " must be a number, got " + Params.clip(v.toString()), field);
        }
        return v.doubleValue();
    }

    /** The stored monthly triangle; another period is a 400 saying to use the data file. */
    private CohortsView cohorts(Context ctx) {
        String period = ctx.queryParam("period");
        if (period != null && !period.equalsIgnoreCase("month")) {
            throw new InvalidInputException(
                    "period '" + Params.clip(period) + "': the model holds the monthly triangle only; run spectrum "
                            + "cohorts FILE --period " + Params.clip(period) + " on the data file",
                    "period");
        }
        return new CohortsView(service(ctx).cohorts().triangle());
    }

    /** The migration between the days {@code from} and {@code to} (the stored default days when absent). */
    private MigrationView migration(Context ctx) {
        CohortAnswers.Chosen c = service(ctx).cohortAnswers().migration(ctx.queryParam("from"), ctx.queryParam("to"));
        return new MigrationView(c.migration(), c.history());
    }

    /** That migration's customers (or its movers between two segments) as CSV. */
    private void migrationCsv(Context ctx) {
        CohortAnswers answers = service(ctx).cohortAnswers();
        CohortAnswers.Chosen c = answers.migration(ctx.queryParam("from"), ctx.queryParam("to"));
        MigrationOptions options = c.migration().options();
        MigrationCsv csv = answers.moves(c.migration(), ctx.queryParam("segmentFrom"), ctx.queryParam("segmentTo"));
        String name = "migration-" + options.from() + (c.stored() ? "" : "-" + options.to()) + ".csv";
        ctx.contentType("text/csv; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .result(csv.text());
    }

    /** The segment summary with the month-end series of the cohort part (null without it). */
    private void segments(Context ctx) {
        Map<String, Object> body = new LinkedHashMap<>(service(ctx).segments().summary());
        body.put(
                "history",
                service(ctx).cohortAnswers().available()
                        ? MigrationView.history(service(ctx).cohorts().history())
                        : null);
        ctx.json(body);
    }

    /** A CSV view as a download named {@code file}. */
    private static void csv(Context ctx, String file, CsvView view) {
        ctx.contentType("text/csv; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"" + file + "\"")
                .result(view.text());
    }

    private void inventoryCsv(Context ctx) {
        ctx.contentType("text/csv; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"inventory.csv\"")
                .result(new InventoryCsv(service(ctx).demand().inventory()).text());
    }

    private void segmentCsv(Context ctx) {
        SegmentView segments = service(ctx).segments();
        int cluster = segments.cluster(ctx.pathParam("name"));
        String file = segments.model().names().get(cluster).replaceAll("[^A-Za-z0-9-]+", "-") + "-customers.csv";
        ctx.contentType("text/csv; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"" + file + "\"")
                .result(segments.customersCsv(cluster));
    }

    private void products(Context ctx) {
        String q = Params.requiredQuery(ctx, "q");
        int limit = Params.count(ctx, "limit", ApiLimits.LIST_DEFAULT);
        ctx.json(service(ctx).search(q, limit));
    }
}
