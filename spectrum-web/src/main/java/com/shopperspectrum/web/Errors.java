package com.shopperspectrum.web;

import com.fasterxml.jackson.core.JacksonException;
import com.shopperspectrum.core.data.InvalidInputException;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.http.HttpException;
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
    static final String SUGGESTIONS = "spectrum.error.suggestions";
    private final Pages pages;

    Errors(Pages pages) {
        this.pages = pages;
    }

    void handle(Exception e, Context ctx) {
        int status;
        String detail;
        if (e instanceof IllegalArgumentException
                && String.valueOf(e.getMessage()).startsWith("URLDecoder")) {
            status = 400; // Javalin decoding a path or query parameter: the JDK's words are not the user's
            detail = "malformed percent-encoding in " + Params.clip(ctx.path());
        } else if (e instanceof InvalidInputException || e instanceof IllegalArgumentException) {
            status = 400;
            detail = e.getMessage();
        } else if (e instanceof JacksonException j) {
            status = 400;
            detail = "malformed JSON: " + j.getOriginalMessage();
        } else if (e instanceof NotFoundException nf) {
            status = 404;
            detail = e.getMessage();
            ctx.attribute(SUGGESTIONS, nf.suggestions());
        } else if (e instanceof HttpResponseException h) {
            status = h.getStatus();
            String allow = h.getDetails().get("availableMethods");
            if (status == 405 && allow != null) {
                ctx.header("Allow", allow.replace(" ", ""));
            }
            detail = status == 404 || status == 405
                    ? routing(ctx, status)
                    : status == 413 ? JettyErrors.detail(status, null) : h.getMessage();
        } else if (cause(e, HttpException.class) instanceof HttpException h) {
            status = h.getCode(); // Jetty refused the body while the app read it (bad chunk, too large, …)
            detail = JettyErrors.detail(status, h.getReason());
        } else if (cause(e, TimeoutException.class) != null) {
            status = 408;
            detail = JettyErrors.detail(status, null);
        } else {
            status = 500;
            detail = "internal error; see the server log";
            LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
        }
        respond(ctx, status, detail);
    }

    /** The first throwable of {@code type} in the cause chain of {@code e}, or null. */
    private static Throwable cause(Throwable e, Class<?> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return t;
            }
        }
        return null;
    }

    /**
     * For answers that Javalin makes itself (no endpoint: 404; other method: 405; a body that stopped arriving:
     * 408, which Javalin answers without calling an exception handler): rewrites them in our format
     * unless a handler of ours already answered.
     */
    void javalinError(Context ctx) {
        if (ctx.attribute(ANSWERED) == null) {
            int status = ctx.status().getCode();
            respond(
                    ctx,
                    status,
                    status == 404 || status == 405 ? routing(ctx, status) : JettyErrors.detail(status, null));
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

    /**
     * API paths answer JSON, except a CSV download a browser opened (it asks for HTML first): that person gets the
     * error page.
     */
    private static boolean wantsJson(Context ctx) {
        String accept = ctx.header("Accept");
        boolean browser = accept != null && accept.startsWith("text/html");
        return isApiPath(ctx.path()) && !(browser && ctx.path().endsWith(".csv"));
    }

    /** Whether errors on this path are JSON (the API, the OpenAPI document, CSV downloads) rather than a page. */
    static boolean isApiPath(String path) {
        return path.startsWith("/api/") || path.equals("/api") || path.endsWith(".json") || path.endsWith(".csv");
    }
}
