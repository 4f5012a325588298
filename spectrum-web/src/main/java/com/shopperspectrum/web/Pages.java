package com.shopperspectrum.web;

import com.shopperspectrum.core.data.InvalidInputException;
import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;

/** The server-rendered pages. Every data value is escaped by {@link Html}; scripts come from files only. */
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
        routes.get("/", ctx -> ctx.html(page("Overview", "/", OverviewPage.body(service, true), service.charts())));
        routes.get("/products", ctx -> ctx.html(page("Products", "/products", products.search(query(ctx, "q")), null)));
        routes.get(
                "/products/{stockCode}",
                ctx -> ctx.html(page(
                        "Product " + ctx.pathParam("stockCode"),
                        "/products",
                        products.product(ctx.pathParam("stockCode")),
                        null)));
        routes.get(
                "/customers",
                ctx -> ctx.html(page(
                        "Customers",
                        "/customers",
                        customers.forms(query(ctx, "recency"), query(ctx, "frequency"), query(ctx, "monetary")),
                        null)));
        routes.get("/customers/lookup", this::lookup);
        routes.get(
                "/customers/{id}",
                ctx -> ctx.html(page(
                        "Customer " + ctx.pathParam("id"),
                        "/customers",
                        customers.customer(ctx.pathParam("id")),
                        null)));
        routes.get(
                "/segments",
                ctx -> ctx.html(
                        service.hasSegments()
                                ? page(
                                        "Segments",
                                        "/segments",
                                        SegmentPages.body(service.segments(), true),
                                        SegmentPages.charts(service.segments()))
                                : page(
                                        "Segments",
                                        "/segments",
                                        "<p class=\"empty\">This model has no segmentation: "
                                                + Html.text(String.join(
                                                        "; ",
                                                        service.model()
                                                                .metadata()
                                                                .warnings())) + "</p>",
                                        null)));
        routes.get(
                "/evaluation",
                ctx -> ctx.html(page(
                        "Evaluation",
                        "/evaluation",
                        SegmentPages.evaluation(service.model().evaluation()),
                        null)));
    }

    private void lookup(Context ctx) {
        String id = query(ctx, "id");
        if (id == null || id.isBlank()) {
            throw new InvalidInputException("enter a customer id", "id");
        }
        ctx.redirect("/customers/" + Html.url(id.trim()));
    }

    private static String query(Context ctx, String name) {
        String v = ctx.queryParam(name);
        if (v != null && v.length() > 200) {
            throw new InvalidInputException(name + " is longer than 200 characters", name);
        }
        return v;
    }

    String page(String title, String active, String body, Object charts) {
        return Layout.page(title, active, body, charts, service.model().metadata(), Layout.Assets.LINKED);
    }

    String error(ApiError e) {
        return page(
                e.status() + " " + e.error(),
                null,
                "<p class=\"error\" id=\"error\">" + Html.text(e.detail())
                        + "</p><p><a href=\"/\">Back to the overview</a></p>",
                null);
    }
}
