package com.shopperspectrum.web;

import com.shopperspectrum.core.model.SpectrumModel;
import io.javalin.Javalin;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The web app over one model on a free port of 127.0.0.1 for a whole test class: the one set-up of the page and
 * API tests. Register it as {@code @RegisterExtension static final RunningApp APP = RunningApp.of(TestModels::small);}
 * and ask it for {@link #http()} and {@link #model()}; it starts before the class's tests and stops after them.
 */
final class RunningApp implements BeforeAllCallback, AfterAllCallback {
    private final Supplier<SpectrumModel> models;
    private SpectrumModel model;
    private Javalin app;
    private Http http;

    private RunningApp(Supplier<SpectrumModel> models) {
        this.models = models;
    }

    static RunningApp of(Supplier<SpectrumModel> models) {
        return new RunningApp(models);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        model = models.get();
        app = WebApp.create(new ModelService(model)).start("127.0.0.1", 0);
        http = new Http("http://127.0.0.1:" + app.port());
    }

    @Override
    public void afterAll(ExtensionContext context) {
        app.stop();
    }

    /** A client of the running app. */
    Http http() {
        return http;
    }

    /** The model it serves. */
    SpectrumModel model() {
        return model;
    }

    int port() {
        return app.port();
    }
}
