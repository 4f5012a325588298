package com.shopperspectrum.web;

import com.fasterxml.jackson.core.JacksonException;
import com.shopperspectrum.core.data.InvalidInputException;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where failures become HTTP answers: invalid input 400, unknown things 404, Javalin's own
 * (405, 413, …) with their status, anything else 500 with a generic message (the stack trace goes to the log,
 * never to the client). API paths get JSON {@link ApiError}; pages get an HTML page with the message escaped.
 */
final class Errors {
    private static final Logger LOG = LoggerFactory.getLogger(Errors.class);
    private static final String ANSWERED = "spectrum.error.answered";
    private final Pages pages;

    Errors(Pages pages) {
        this.pages = pages;
    }

    void handle(Exception e, Context ctx) {
        int status;
        String detail;
        if (e instanceof InvalidInputException || e instanceof IllegalArgumentException) {
            status = 400;
            detail = e.getMessage();
        } else if (e instanceof JacksonException j) {
            status = 400;
            detail = "malformed JSON: " + j.getOriginalMessage();
        } else if (e instanceof NotFoundException) {
            status = 404;
            detail = e.getMessage();
        } else if (e instanceof HttpResponseException h) {
            status = h.getStatus();
            detail = status == 404 || status == 405 ? routing(ctx, status) : h.getMessage();
        } else {
            status = 500;
            detail = "internal error; see the server log";
            LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
        }
        respond(ctx, status, detail);
    }

    /**
     * For answers that Javalin makes itself (no endpoint: 404; other method: 405): rewrites them in our format
     * unless a handler of ours already answered.
     */
    void javalinError(Context ctx) {
        if (ctx.attribute(ANSWERED) == null) {
            int status = ctx.status().getCode();
            respond(ctx, status, routing(ctx, status));
        }
    }

    private static String routing(Context ctx, int status) {
        return status == 405
                ? ctx.method() + " is not allowed on " + ctx.path()
                        + (ctx.res().getHeader("Allow") == null
                                ? ""
                                : "; allowed: " + ctx.res().getHeader("Allow"))
                : "no such page or endpoint: " + ctx.method() + " " + ctx.path();
    }

    void respond(Context ctx, int status, String detail) {
        ctx.attribute(ANSWERED, Boolean.TRUE);
        HttpStatus s = HttpStatus.forStatus(status);
        ApiError body = new ApiError(status, s.getMessage(), detail);
        ctx.status(status);
        if (wantsJson(ctx)) {
            ctx.json(body);
        } else {
            pages.error(ctx, body);
        }
    }

    private static boolean wantsJson(Context ctx) {
        String path = ctx.path();
        return path.startsWith("/api/") || path.equals("/api") || path.endsWith(".json") || path.endsWith(".csv");
    }
}
