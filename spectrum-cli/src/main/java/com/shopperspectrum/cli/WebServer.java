package com.shopperspectrum.cli;

import com.shopperspectrum.core.model.SpectrumModel;
import com.shopperspectrum.io.view.Money;
import com.shopperspectrum.web.AllowedHosts;
import com.shopperspectrum.web.ModelService;
import com.shopperspectrum.web.ServedModel;
import com.shopperspectrum.web.UploadSettings;
import com.shopperspectrum.web.WebApp;
import io.javalin.Javalin;
import java.io.PrintWriter;
import java.net.BindException;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the web app for {@code serve} and {@code demo} until Ctrl+C (a shutdown hook stops it) or until
 * {@link #stop()} (in-process callers such as tests).
 */
final class WebServer {
    private final CountDownLatch stopped = new CountDownLatch(1);

    /** Serves {@code model} to the loopback names and {@code host}, prints the address, and blocks until stopped. */
    int run(SpectrumModel model, String host, int port, PrintWriter out) throws InterruptedException {
        return run(model, host, port, List.of(), out);
    }

    /** As {@link #run(SpectrumModel, String, int, PrintWriter)}, also answering to {@code allowedHosts}. */
    int run(SpectrumModel model, String host, int port, List<String> allowedHosts, PrintWriter out)
            throws InterruptedException {
        return run(model, host, port, allowedHosts, null, out);
    }

    /** As above, amounts in {@code money} (null: the model's currency). */
    int run(SpectrumModel model, String host, int port, List<String> allowedHosts, Money money, PrintWriter out)
            throws InterruptedException {
        return run(model, host, port, allowedHosts, money, UploadSettings.OFF, out);
    }

    /** As above, with the upload page as {@code uploads} says. */
    int run(
            SpectrumModel model,
            String host,
            int port,
            List<String> allowedHosts,
            Money money,
            UploadSettings uploads,
            PrintWriter out)
            throws InterruptedException {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("--port must be from 0 to 65535, got " + port);
        }
        AllowedHosts hosts = AllowedHosts.of(host, allowedHosts);
        Javalin app = start(WebApp.create(new ServedModel(new ModelService(model, money)), hosts, uploads), host, port);
        Thread hook = new Thread(app::stop, "spectrum-web-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        out.printf(
                "Shopper Spectrum is serving %s at http://%s:%d/ (API: /api, OpenAPI: /openapi.json). "
                        + "Press Ctrl+C to stop.%n",
                model.metadata().input().name(), host.contains(":") ? "[" + host + "]" : host, app.port());
        if (uploads.allowed()) {
            out.printf("Upload data to train a new model at /upload (at most %,d MB).%n", uploads.maxBytes() >> 20);
        }
        out.flush();
        try {
            stopped.await();
        } finally {
            app.stop();
            Runtime.getRuntime().removeShutdownHook(hook);
        }
        return ExitCodes.OK;
    }

    void stop() {
        stopped.countDown();
    }

    private static Javalin start(Javalin app, String host, int port) {
        try {
            return app.start(host, port);
        } catch (RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof BindException) {
                    throw new IllegalArgumentException("cannot listen on " + host + ":" + port + " (" + t.getMessage()
                            + "); choose another --port or --host");
                }
            }
            throw e;
        }
    }
}
