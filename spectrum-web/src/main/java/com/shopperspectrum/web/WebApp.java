package com.shopperspectrum.web;

import com.shopperspectrum.io.Json;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;

/**
 * Builds the web app from its one dependency, an {@link Explorer} over a model: pages, static files (app.js,
 * app.css, ECharts from its WebJar — nothing from the internet), the JSON API and its OpenAPI document. No
 * static state: tests build as many apps as they like and start them on port 0.
 */
public final class WebApp {
    /** Request bodies larger than this are refused with 413 (the largest legitimate body is a few numbers). */
    public static final long MAX_REQUEST_BYTES = 16 * 1024;
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
            + "frame-ancestors 'none'";

    private WebApp() {
    }

    public static Javalin create(Explorer explorer) {
        Pages pages = new Pages(explorer);
        ApiRoutes api = new ApiRoutes(explorer);
        Errors errors = new Errors(pages);
        return Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.http.maxRequestSize = MAX_REQUEST_BYTES;
            config.http.prefer405over404 = true;
            config.jsonMapper(new JavalinJackson(Json.mapper(), false));
            config.staticFiles.add(files -> {
                files.hostedPath = "/static";
                files.directory = "/public";
                files.location = Location.CLASSPATH;
            });
            config.staticFiles.enableWebjars();
            config.routes.before(WebApp::securityHeaders);
            api.register(config.routes);
            pages.register(config.routes);
            config.routes.exception(HttpResponseException.class, errors::handle);
            config.routes.exception(Exception.class, errors::handle);
            config.routes.error(404, errors::javalinError);
            config.routes.error(405, errors::javalinError);
        });
    }

    private static void securityHeaders(Context ctx) {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("X-Frame-Options", "DENY");
    }
}
