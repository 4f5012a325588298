package com.shopperspectrum.web;

import com.shopperspectrum.io.Json;
import com.shopperspectrum.web.hotpath.HotPathHandler;
import io.javalin.Javalin;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * Builds the web app from its one dependency, an {@link ModelService} over a model: pages, static files (app.js,
 * app.css, ECharts from its WebJar — nothing from the internet), the JSON API and its OpenAPI document. No
 * static state: tests build as many apps as they like and start them on port 0.
 */
public final class WebApp {
    /**
     * Request threads. The handlers only compute (no I/O, no waiting), so more threads than a few per core only
     * add switching: under 64 connections Javalin's default pool grew to 74 threads, and a 16-thread pool cut the
     * CPU per request by 1.2–1.7× (BENCHMARKS.md, serving).
     */
    static final int THREADS = Math.max(8, 4 * Runtime.getRuntime().availableProcessors());

    private WebApp() {}

    /** The app answering to the loopback names only ({@link AllowedHosts#loopback()}). */
    public static Javalin create(ModelService service) {
        return create(service, AllowedHosts.loopback());
    }

    /** The app answering to requests whose {@code Host} is one of {@code hosts} (others: 421). */
    public static Javalin create(ModelService service, AllowedHosts hosts) {
        return create(new ServedModel(service), hosts);
    }

    /**
     * The app serving whatever {@code served} holds: every route and the hot path read it per request, so
     * {@link ServedModel#replace} swaps the model for the whole app in one step.
     */
    public static Javalin create(ServedModel served, AllowedHosts hosts) {
        return create(served, hosts, UploadSettings.OFF);
    }

    /** As {@link #create(ServedModel, AllowedHosts)}, with the upload page ("Data in") as {@code uploads} says. */
    public static Javalin create(ServedModel served, AllowedHosts hosts, UploadSettings uploads) {
        Pages pages = new Pages(served, uploads.allowed());
        Uploads upload = new Uploads(served, uploads, pages);
        ApiRoutes api = new ApiRoutes(served);
        Errors errors = new Errors(pages);
        return Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.http.maxRequestSize = ApiLimits.MAX_REQUEST_BYTES;
            config.http.prefer405over404 = true;
            config.jsonMapper(new JavalinJackson(Json.mapper(), false));
            config.fileRenderer(new Templates());
            config.staticFiles.add(files -> {
                files.hostedPath = "/static";
                files.directory = "/public";
                files.location = Location.CLASSPATH;
            });
            config.staticFiles.enableWebjars();
            config.jetty.threadPool = threadPool();
            upload.configure(config.jetty);
            // Jetty-level handlers in front of the app (Javalin nests its servlet context inside the innermost):
            // security headers, the Host check, HEAD as GET, then the hot path; Jetty's own errors in our shapes
            int compressFrom = config.http.compressionStrategy.getDefaultMinSizeForCompression();
            config.jetty.modifyServer(server -> {
                server.setHandler(new SecurityHeaders(
                        new HostGuard(hosts, new HeadAsGet(new HotPathHandler(served::get, compressFrom)))));
                server.setErrorHandler(new JettyErrors(
                        new Templates(), () -> served.get().model().metadata()));
            });
            api.register(config.routes);
            pages.register(config.routes);
            upload.register(config.routes);
            config.routes.exception(HttpResponseException.class, errors::handle);
            config.routes.exception(Exception.class, errors::handle);
            config.routes.error(404, errors::javalinError);
            config.routes.error(405, errors::javalinError);
            config.routes.error(408, errors::javalinError);
        });
    }

    private static QueuedThreadPool threadPool() {
        QueuedThreadPool pool = new QueuedThreadPool(THREADS, Math.min(THREADS, 4));
        pool.setName("spectrum-web");
        return pool;
    }
}
