package com.shopperspectrum.web;

import com.shopperspectrum.core.model.ModelMetadata;
import com.shopperspectrum.io.Json;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Supplier;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.http.PreEncodedHttpField;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The server's error handler (Jetty's {@code Server.setErrorHandler}): the answers Jetty makes itself, before or
 * around the app — a request it cannot parse (bad percent-encoding, {@code %00}, a bad request line, duplicate
 * Content-Length, an ambiguous path), a URI or headers too large (414, 431), an unsupported version (505) — in the
 * app's shapes with the security headers: JSON {@link ApiError} for the API, the HTML error page (error.jte) for
 * pages. A request Jetty could not parse has no path to go by (Jetty names it {@code /badMessage}) and is answered
 * as the API answers: the client that sent it is a program, not a browser following a link.
 */
final class JettyErrors implements Request.Handler {
    private static final HttpField JSON = new PreEncodedHttpField(HttpHeader.CONTENT_TYPE, "application/json");
    private static final HttpField HTML = new PreEncodedHttpField(HttpHeader.CONTENT_TYPE, "text/html");
    private final Templates templates;
    private final Supplier<ModelMetadata> meta;

    JettyErrors(Templates templates, Supplier<ModelMetadata> meta) {
        this.templates = templates;
        this.meta = meta;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        int status = response.getStatus();
        Object cause = request.getAttribute(ErrorHandler.ERROR_EXCEPTION);
        if (cause instanceof HttpException h) {
            status = h.getCode();
        }
        if (status < 400 || status > 599) {
            status = 500;
        }
        String detail = detail(status, (String) request.getAttribute(ErrorHandler.ERROR_MESSAGE));
        String path = request.getHttpURI() == null ? null : request.getHttpURI().getPath();
        if ("BAD".equals(request.getMethod()) || path == null || Errors.isApiPath(path)) {
            json(response, callback, status, detail);
        } else {
            ApiError error = new ApiError(status, HttpStatus.getMessage(status), detail);
            Frame frame = Frame.page(status + " " + error.error(), null, meta.get(), null);
            byte[] page = templates
                    .render("error.jte", Map.of("frame", frame, "error", error, "suggestions", java.util.List.of()))
                    .getBytes(StandardCharsets.UTF_8);
            write(response, callback, status, HTML, page);
        }
        return true;
    }

    /** What was wrong, in words: Jetty's reason where it says more than the status phrase. */
    static String detail(int status, String reason) {
        String what = switch (status) {
            case 408 -> "the request did not arrive in time";
            case 413 -> "the request body is larger than " + ApiLimits.MAX_REQUEST_BYTES + " bytes";
            case 414 -> "the request URI is too long";
            case 431 -> "the request headers are too large";
            case 505 -> "only HTTP/1.0 and HTTP/1.1 are served";
            case 400 -> "malformed request (request line, header, percent-encoding or path)";
            default -> HttpStatus.getMessage(status);
        };
        boolean says = reason != null
                && !reason.isBlank()
                && !reason.equalsIgnoreCase(HttpStatus.getMessage(status))
                && !reason.contains("Exception");
        return says ? what + ": " + Params.clip(reason) : what;
    }

    /** An error as the API's JSON {@code {status, error, detail}} with the security headers. */
    static void json(Response response, Callback callback, int status, String detail) {
        write(
                response,
                callback,
                status,
                JSON,
                Json.bytes(new ApiError(status, HttpStatus.getMessage(status), detail)));
    }

    private static void write(Response response, Callback callback, int status, HttpField type, byte[] body) {
        response.setStatus(status);
        HttpFields.Mutable headers = response.getHeaders();
        SecurityHeaders.put(headers);
        headers.put(type);
        headers.put(HttpHeader.CONTENT_LENGTH, body.length);
        response.write(true, ByteBuffer.wrap(body), callback);
    }
}
