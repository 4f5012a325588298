package com.shopperspectrum.web;

import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Answers {@code HEAD} as {@code GET} without the body, on every path (pages, API, the hot path, static files):
 * the request goes on as a GET and the answer's bytes are counted, not sent, so the status and headers — content
 * type, and a Content-Length of the bytes a GET answers — are the GET's. (Javalin by itself answered every HEAD
 * with 200, {@code text/plain} and no length, even where GET is a 404.)
 */
final class HeadAsGet extends Handler.Wrapper {
    HeadAsGet(Handler next) {
        super(next);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        if (!"HEAD".equals(request.getMethod())) {
            return super.handle(request, response, callback);
        }
        return super.handle(new AsGet(request), new Counted(request, response), callback);
    }

    private static final class AsGet extends Request.Wrapper {
        AsGet(Request request) {
            super(request);
        }

        @Override
        public String getMethod() {
            return "GET";
        }
    }

    /** Counts what is written, sends nothing until the last write, then only the headers with the length. */
    private static final class Counted extends Response.Wrapper {
        private long written;

        Counted(Request request, Response response) {
            super(request, response);
        }

        @Override
        public void write(boolean last, ByteBuffer content, Callback callback) {
            written += content == null ? 0 : content.remaining();
            if (content != null) {
                content.position(content.limit()); // consumed, as a write would
            }
            if (!last) {
                callback.succeeded();
                return;
            }
            if (!isCommitted() && !getHeaders().contains(HttpHeader.CONTENT_LENGTH)) {
                getHeaders().put(HttpHeader.CONTENT_LENGTH, written);
            }
            super.write(true, ByteBuffer.allocate(0), callback);
        }
    }
}
