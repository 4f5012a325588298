package com.shopperspectrum.web;

import com.shopperspectrum.core.baskets.BasketModel;
import com.shopperspectrum.core.data.InvalidInputException;
import com.shopperspectrum.io.view.BasketRulesView;
import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The server-rendered pages: each route builds its page's view record and renders its jte template (one per page,
 * inside layout.jte) through Javalin's {@code ctx.render}; every value is escaped by the template engine, scripts
 * come from files only.
 */
final class Pages {
    private static final String BASKETS_ABSENT = "This model has no basket rules (it was trained by an earlier "
            + "version, or the data gave none: see its warnings): train it again with spectrum train.";
    private final ServedModel served;
    private final boolean upload;

    /** The pages of {@code served}; {@code upload}: the server takes uploads (the navigation links /upload). */
    Pages(ServedModel served, boolean upload) {
        this.served = served;
        this.upload = upload;
    }

    /** This request's model (read once per request: {@link ServedModel} may swap it). */
    private ModelService service(Context ctx) {
        return served.of(ctx);
    }

    private ProductPages products(Context ctx) {
        return new ProductPages(service(ctx));
    }

    private CustomerPages customers(Context ctx) {
        return new CustomerPages(service(ctx));
    }

    void register(JavalinDefaultRoutingApi routes) {
        routes.get(
                "/",
                ctx -> render(
                        ctx,
                        "overview",
                        "Overview",
                        "/",
                        OverviewPage.view(service(ctx), true),
                        service(ctx).charts()));
        routes.get("/products", ctx -> {
            String q = query(ctx, "q");
            String exact = products(ctx).exactCode(q);
            if (exact != null) { // an exact stock code goes straight to its product
                ctx.redirect("/products/" + Format.url(exact));
                return;
            }
            render(ctx, "products", "Products", "/products", products(ctx).search(q), null);
        });
        routes.get("/products/{stockCode}", ctx -> {
            String code = ctx.pathParam("stockCode");
            render(
                    ctx,
                    "product",
                    "Product " + code,
                    "/products",
                    products(ctx).product(code),
                    products(ctx).charts(code));
        });
        routes.get("/customers", ctx -> {
            CustomerPages.FormsView forms =
                    customers(ctx).forms(query(ctx, "recency"), query(ctx, "frequency"), query(ctx, "monetary"));
            if (forms.invalid()) {
                ctx.status(400); // the form again, with its values and a message per field
            }
            render(ctx, "customers", "Customers", "/customers", forms, null);
        });
        routes.get("/customers/lookup", this::lookup);
        routes.get(CustomerListPage.PATH, this::customerList);
        routes.get(CustomerListPage.PATH + ".csv", this::customerListCsv);
        routes.get("/customers/{id}", ctx -> {
            String id = ctx.pathParam("id");
            String known = service(ctx).customerId(id);
            if (known != null && !known.equals(id)) { // 17850.0 (a spreadsheet's number) is customer 17850
                ctx.redirect("/customers/" + Format.url(known));
                return;
            }
            int page = pageParam(ctx, "hpage", 1);
            int size = pageParam(ctx, "hsize", CustomerPages.HISTORY_PAGE);
            render(
                    ctx,
                    "customer",
                    "Customer " + id,
                    "/customers",
                    customers(ctx).customer(id, page, size),
                    null);
        });
        routes.get("/segments", this::segments);
        routes.get(
                "/products.csv", ctx -> csv(ctx, "products.csv", products(ctx).searchCsv(query(ctx, "q"))));
        routes.get(
                "/segments.csv",
                ctx -> csv(
                        ctx,
                        "segments.csv",
                        SegmentPages.profilesCsv(
                                service(ctx).segments(), service(ctx).money())));
        routes.get("/evaluation.csv", ctx -> {
            var table = SegmentPages.evaluationCsv(service(ctx).model().evaluation());
            if (table == null) {
                throw new NotFoundException("this model has no offline evaluation; train with --evaluate");
            }
            csv(ctx, "evaluation.csv", table);
        });
        routes.get("/segments/{name}", ctx -> {
            SegmentPages.SegmentDetail d =
                    SegmentPages.detail(service(ctx).segments(), service(ctx).money(), ctx.pathParam("name"));
            render(ctx, "segment", "Segment " + d.name(), "/segments", d, null);
        });
        ApiDocsPage.View api = ApiDocsPage.of(Frame.resource("/openapi.json"));
        routes.get("/api-docs", ctx -> render(ctx, "apiDocs", "API", "/api-docs", api, null));
        routes.get(
                "/inventory",
                ctx -> render(
                        ctx,
                        "inventory",
                        "Inventory",
                        "/inventory",
                        service(ctx).demand().available()
                                ? InventoryPage.of(
                                        service(ctx).demand().inventory(),
                                        query(ctx, "q"),
                                        query(ctx, "abc"),
                                        query(ctx, "sort"))
                                : InventoryPage.absent(absent(
                                        ctx,
                                        "This model has no demand series (it was trained by "
                                                + "an earlier version): train it again with spectrum train.")),
                        null));
        routes.get("/trends", this::trends);
        routes.get("/baskets", this::baskets);
        routes.get("/baskets.csv", this::basketsCsv);
        routes.get("/clv", ctx -> {
            ClvAnswers clv = service(ctx).clv();
            String sort = query(ctx, "sort");
            render(
                    ctx,
                    "clv",
                    "Customer value",
                    "/clv",
                    clv.present()
                            ? ClvPage.of(
                                    clv.result(),
                                    sort,
                                    ClvPage.LIST,
                                    service(ctx).money())
                            : ClvPage.absent(clv.noPart()),
                    clv.present() ? ClvPage.charts(clv.result()) : null);
        });
        routes.get(
                "/evaluation",
                ctx -> render(
                        ctx,
                        "evaluation",
                        "Evaluation",
                        "/evaluation",
                        SegmentPages.evaluation(service(ctx).model().evaluation()),
                        SegmentPages.evaluationCharts(service(ctx).model().evaluation())));
    }

    /** The page's usual message for a missing part, or why a model without products has none. */
    private String absent(Context ctx, String usual) {
        return service(ctx).model().hasProducts() ? usual : com.shopperspectrum.core.model.NoProducts.NOTE;
    }

    private void segments(Context ctx) {
        Map<String, Object> params = new HashMap<>();
        if (service(ctx).hasSegments()) {
            params.put(
                    "page",
                    SegmentPages.view(service(ctx).segments(), service(ctx).money(), true));
            params.put("absent", null);
            params.put(
                    "frame",
                    frame(
                            ctx,
                            "Segments",
                            "/segments",
                            SegmentPages.charts(
                                    service(ctx).segments(), service(ctx).money())));
        } else {
            params.put("page", null);
            params.put(
                    "absent", String.join("; ", service(ctx).model().metadata().warnings()));
            params.put("frame", frame(ctx, "Segments", "/segments", null));
        }
        ctx.render("segments.jte", params);
    }

    private void trends(Context ctx) {
        CohortAnswers cohorts = service(ctx).cohortAnswers();
        if (!cohorts.available()) {
            render(
                    ctx,
                    "trends",
                    "Trends",
                    "/trends",
                    TrendsPage.absent("Not available: " + cohorts.absent() + "."),
                    null);
            return;
        }
        TrendsPage.Choice choice =
                TrendsPage.choice(cohorts, query(ctx, "matrix"), query(ctx, "from"), query(ctx, "to"));
        TrendsPage.View page = TrendsPage.of(
                cohorts.part(), choice, query(ctx, "show"), true, service(ctx).money());
        render(ctx, "trends", "Trends", "/trends", page, TrendsCharts.of(cohorts.part(), choice));
    }

    private void baskets(Context ctx) {
        BasketModel rules = service(ctx).model().baskets();
        BasketsPage.View page = rules == null
                ? BasketsPage.absent(absent(ctx, BASKETS_ABSENT))
                : BasketsPage.of(rules, basketSelection(ctx, rules), query(ctx, "page"), BasketsPage.ROWS, true);
        render(ctx, "baskets", "Baskets", "/baskets", page, null);
    }

    /** The rules the page's filter picks, every page of them, as {@code baskets -o rules.csv} writes them. */
    private void basketsCsv(Context ctx) {
        BasketModel rules = service(ctx).model().baskets();
        if (rules == null) {
            throw new NotFoundException(absent(ctx, BASKETS_ABSENT));
        }
        ctx.contentType("text/csv; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"basket-rules.csv\"")
                .result(BasketRulesView.csv(basketSelection(ctx, rules).picked()));
    }

    private static BasketsPage.Selection basketSelection(Context ctx, BasketModel rules) {
        return BasketsPage.select(rules, query(ctx, "q"), query(ctx, "country"), query(ctx, "sort"));
    }

    private void customerList(Context ctx) {
        CustomerListPage list =
                new CustomerListPage(service(ctx).customerList(), service(ctx).money());
        CustomerListForm form = list.form(listQuery(ctx));
        if (!form.valid()) {
            ctx.status(400); // the form again, with its values and a message per field
        }
        render(ctx, "customerList", "Customers list", "/customers", list.view(form), null);
    }

    private void customerListCsv(Context ctx) {
        CustomerListPage list =
                new CustomerListPage(service(ctx).customerList(), service(ctx).money());
        CustomerListForm form = list.form(listQuery(ctx));
        if (!form.valid()) {
            List<String> messages = new java.util.ArrayList<>(form.errors());
            form.inputs().stream().filter(CustomerListForm.Input::invalid).forEach(i -> messages.add(i.error()));
            throw new InvalidInputException(String.join("; ", messages), "customers list");
        }
        ctx.contentType("text/csv; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"customers.csv\"")
                .result(list.csv(form).text());
    }

    /** A table of a page as a CSV download. */
    private static void csv(Context ctx, String file, com.shopperspectrum.io.view.CsvView table) {
        ctx.contentType("text/csv; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"" + file + "\"")
                .result(table.text());
    }

    private static Map<String, String> listQuery(Context ctx) {
        Map<String, String> q = new HashMap<>();
        for (String name : CustomerListForm.PARAMS) {
            q.put(name, query(ctx, name));
        }
        return q;
    }

    private void lookup(Context ctx) {
        String id = query(ctx, "id");
        if (id == null || id.isBlank()) { // the form again, its field saying what is missing
            ctx.status(400);
            render(
                    ctx,
                    "customers",
                    "Customers",
                    "/customers",
                    customers(ctx).forms(null, null, null).withLookupError(id == null ? "" : id, "enter a customer id"),
                    null);
            return;
        }
        String known = service(ctx).customerId(id);
        ctx.redirect("/customers/" + Format.url(known == null ? id.trim() : known));
    }

    /** A page number or size of a page's list: a whole number of at least 1, else a 400 naming it. */
    private static int pageParam(Context ctx, String name, int fallback) {
        String raw = query(ctx, name);
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(raw.trim());
            if (n >= 1 && n <= 100_000) {
                return n;
            }
        } catch (NumberFormatException e) {
            // the message below
        }
        throw new InvalidInputException(
                name + " must be a whole number from 1 to 100000, got '" + Params.clip(raw) + "'", name);
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
        params.put("frame", frame(ctx, title, active, charts));
        params.put("page", page);
        ctx.render(template + ".jte", params);
    }

    /** The frame of a page of this request's model. */
    Frame frame(Context ctx, String title, String active, Object charts) {
        return Frame.page(title, active, service(ctx).model().metadata(), charts)
                .withUpload(upload);
    }

    /** The error page of a browser request (API paths answer JSON, see {@link Errors}). */
    void error(Context ctx, ApiError e) {
        List<NotFoundException.Suggestion> suggestions = ctx.attribute(Errors.SUGGESTIONS);
        ctx.render(
                "error.jte",
                Map.of(
                        "frame",
                        frame(ctx, e.status() + " " + e.error(), null, null),
                        "error",
                        e,
                        "suggestions",
                        suggestions == null ? List.of() : suggestions));
    }
}
