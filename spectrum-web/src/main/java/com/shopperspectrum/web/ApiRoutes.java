package com.shopperspectrum.web;

import com.shopperspectrum.core.model.ModelMetadata;
import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.util.LinkedHashMap;
import java.util.Map;

/** The JSON API: thin handlers that read parameters, ask the {@link Explorer} and answer JSON. */
final class ApiRoutes {
    static final int MAX_LIMIT = 100;
    private final Explorer explorer;
    private final String openApi;

    ApiRoutes(Explorer explorer) {
        this.explorer = explorer;
        this.openApi = Layout.resource("/openapi.json");
    }

    void register(JavalinDefaultRoutingApi routes) {
        routes.get("/api/health", this::health);
        routes.get("/api/profile", ctx -> ctx.json(explorer.model().profile()));
        routes.get("/api/products", this::products);
        routes.get("/api/products/{stockCode}", ctx -> ctx.json(explorer.product(ctx.pathParam("stockCode"))));
        routes.get("/api/customers/{id}", ctx -> ctx.json(explorer.customer(ctx.pathParam("id"))));
        routes.get("/openapi.json", ctx -> ctx.contentType("application/json").result(openApi));
    }

    private void health(Context ctx) {
        ModelMetadata m = explorer.model().metadata();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", "ok");
        body.put("formatVersion", m.formatVersion());
        body.put("programVersion", m.programVersion());
        body.put("trainedAt", m.createdAt());
        body.put("input", m.input());
        body.put("customers", explorer.model().customers().size());
        body.put("products", explorer.model().products().size());
        ctx.json(body);
    }

    private void products(Context ctx) {
        String q = Params.requiredQuery(ctx, "q");
        int limit = Params.intQuery(ctx, "limit", 10, 1, MAX_LIMIT);
        ctx.json(explorer.search(q, limit));
    }
}
