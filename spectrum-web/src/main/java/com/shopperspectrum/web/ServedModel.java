package com.shopperspectrum.web;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The one place that holds the model being served. Every route, page and the hot path read {@link #get()} per
 * request, so {@link #replace} switches the whole server to a new model in one step: a request sees either the old
 * model or the new one, never a half-built one (the new {@link ModelService} is complete before it is published).
 */
public final class ServedModel {
    private final AtomicReference<ModelService> current;

    public ServedModel(ModelService service) {
        this.current = new AtomicReference<>(Objects.requireNonNull(service, "service"));
    }

    /** The model served now. */
    public ModelService get() {
        return current.get();
    }

    /** Serves {@code next} from the next request on; returns the one it replaced. */
    public ModelService replace(ModelService next) {
        return current.getAndSet(Objects.requireNonNull(next, "next"));
    }
}
