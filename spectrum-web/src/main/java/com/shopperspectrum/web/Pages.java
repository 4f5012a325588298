package com.shopperspectrum.web;

import com.shopperspectrum.core.data.InvalidInputException;
import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.util.HashMap;
import java.util.Map;

/**
 * The server-rendered pages: each route builds its page's view record and renders its jte template (one per page,
 * inside layout.jte) through Javalin's {@code ctx.render}; every value is escaped by the template engine, scripts
 * come from files only.
 */
final class Pages {
    private final ModelService service;
    private final ProductPages products;
    private final CustomerPages customers;

    Pages(ModelService service) {
        this.service = service;
        this.products = new ProductPages(service);
        this.customers = new CustomerPages(service);
    }

    void register(JavalinDefaultRoutingApi routes) {
        routes.get(
                "/",
                ctx -> render(ctx, "overview", "Overview", "/", OverviewPage.view(service, true), service.charts()));
        routes.get(
                "/products",
                ctx -> render(ctx, "products", "Products", "/products", products.search(query(ctx, "q")), null));
        routes.get("/products/{stockCode}", ctx -> {
            String code = ctx.pathParam("stockCode");
            render(ctx, "product", "Product " + code, "/products", products.product(code), products.charts(code));
        });
        routes.get("/customers", ctx -> {
            CustomerPages.FormsView forms =
                    customers.forms(query(ctx, "recency"), query(ctx, "frequency"), query(ctx, "monetary"));
            if (forms.invalid()) {
                ctx.status(400); // the form again, with its values and a message per field
            }
            render(ctx, "customers", "Customers", "/customers", forms, null);
        });
        routes.get("/customers/lookup", this::lookup);
        routes.get("/customers/{id}", ctx -> {
            String id = ctx.pathParam("id");
            render(ctx, "customer", "Customer " + id, "/customers", customers.customer(id), null);
        });
        routes.get("/segments", this::segments);
        routes.get(
                "/inventory",
                ctx -> render(
                        ctx,
                        "inventory",
                        "Inventory",
                        "/inventory",
                        service.demand().available()
                                ? InventoryPage.of(
                                        service.demand().inventory(),
                                        query(ctx, "q"),
                                        query(ctx, "abc"),
                                        query(ctx, "sort"))
                                : InventoryPage.absent("This model has no demand series (it was trained by an earlier "
                                        + "version): train it again with spectrum train."),
                        null));
        routes.get("/clv", ctx -> {
            ClvAnswers clv = service.clv();
            String sort = query(ctx, "sort");
            render(
                    ctx,
                    "clv",
                    "Customer value",
                    "/clv",
                    clv.present() ? ClvPage.of(clv.result(), sort, ClvPage.LIST) : ClvPage.absent(clv.noPart()),
                    clv.present() ? ClvPage.charts(clv.result()) : null);
        });
        routes.get(
                "/evaluation",
                ctx -> render(
                        ctx,
                        "evaluation",
                        "Evaluation",
                        "/evaluation",
                        SegmentPages.evaluation(service.model().evaluation()),
                        null));
    }

    private void segments(Context ctx) {
        Map<String, Object> params = new HashMap<>();
        if (service.hasSegments()) {
            params.put("page", SegmentPages.view(service.segments(), true));
            params.put("absent", null);
            params.put("frame", frame("Segments", "/segments", SegmentPages.charts(service.segments())));
        } else {
            params.put("page", null);
            params.put("absent", String.join("; ", service.model().metadata().warnings()));
            params.put("frame", frame("Segments", "/segments", null));
        }
        ctx.render("segments.jte", params);
    }

    private void lookup(Context ctx) {
        String id = query(ctx, "id");
        if (id == null || id.isBlank()) {
            throw new InvalidInputException("enter a customer id", "id");
        }
        ctx.redirect("/customers/" + Format.url(id.trim()));
    }

    private static String query(Context ctx, String name) {
        String v = ctx.queryParam(name);
        if (v != null && v.length() > 200) {
            throw new InvalidInputException(name + " is longer than 200 characters", name);
        }
        return v;
    }

    private void render(Context ctx, String template, String title, String active, Object page, Object charts) {
        Map<String, Object> params = new HashMap<>();
        params.put("frame", frame(title, active, charts));
        params.put("page", page);
        ctx.render(template + ".jte", params);
    }

    private Frame frame(String title, String active, Object charts) {
        return Frame.page(title, active, service.model().metadata(), charts);
    }

    /** The error page of a browser request (API paths answer JSON, see {@link Errors}). */
    void error(Context ctx, ApiError e) {
        ctx.render("error.jte", Map.of("frame", frame(e.status() + " " + e.error(), null, null), "error", e));
    }
}
