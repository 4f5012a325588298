package com.shopperspectrum.web;

import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.PreEncodedHttpField;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The security headers of every answer (pages, API, static files, errors), added at the Jetty level in front of
 * the app. The fields are encoded to bytes once: a per-request {@code ctx.header(…)} made Jetty check the
 * 300-character policy character by character on every answer (seen in the serving profile, BENCHMARKS.md).
 */
final class SecurityHeaders extends Handler.Wrapper {
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
            + "frame-ancestors 'none'";
    private static final HttpField[] FIELDS = {
        new PreEncodedHttpField("Content-Security-Policy", CSP),
        new PreEncodedHttpField("X-Content-Type-Options", "nosniff"),
        new PreEncodedHttpField("Referrer-Policy", "no-referrer"),
        new PreEncodedHttpField("X-Frame-Options", "DENY"),
    };

    SecurityHeaders(Handler next) {
        super(next);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        put(response.getHeaders());
        return super.handle(request, response, callback);
    }

    /** Puts the security headers (also on the answers made outside this handler: Jetty's errors). */
    static void put(HttpFields.Mutable headers) {
        for (HttpField field : FIELDS) {
            headers.put(field);
        }
    }
}
