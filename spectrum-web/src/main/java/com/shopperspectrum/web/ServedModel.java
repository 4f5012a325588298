package com.shopperspectrum.web;

import io.javalin.http.Context;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The one place that holds the model being served. Every route and page reads it once per request through
 * {@link #of(Context)} (the hot path reads {@link #get()} once per answer), so {@link #replace} switches the whole
 * server to a new model in one step: a request sees either the old model or the new one, never a half-built one
 * (the new {@link ModelService} is complete before it is published) and never both (a page's content, charts and
 * footer come from the one model its request read first). Not final: a test hands out another model on every
 * {@link #get()} to count the reads of each request ({@code ServedModelOncePerRequestTest}).
 */
public class ServedModel {
    /**
     * The request attribute that holds a request's model: set by {@link #of(Context)}, or by the hot path when it
     * read the model and leaves the request to the app.
     */
    public static final String ATTRIBUTE = "spectrum.served-model";

    private final AtomicReference<ModelService> current;

    public ServedModel(ModelService service) {
        this.current = new AtomicReference<>(Objects.requireNonNull(service, "service"));
    }

    /** The model served now. */
    public ModelService get() {
        return current.get();
    }

    /** The model of this request: {@link #get()} on its first use, the same one for the rest of the request. */
    ModelService of(Context ctx) {
        ModelService s = ctx.attribute(ATTRIBUTE);
        if (s == null) {
            s = get();
            ctx.attribute(ATTRIBUTE, s);
        }
        return s;
    }

    /** Serves {@code next} from the next request on; returns the one it replaced. */
    public ModelService replace(ModelService next) {
        return current.getAndSet(Objects.requireNonNull(next, "next"));
    }
}
