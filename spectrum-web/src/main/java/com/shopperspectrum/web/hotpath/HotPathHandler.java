package com.shopperspectrum.web.hotpath;

import com.shopperspectrum.core.segment.RfmValues;
import com.shopperspectrum.core.segment.Segmentation;
import com.shopperspectrum.io.view.SegmentPredictionView;
import com.shopperspectrum.web.ApiLimits;
import com.shopperspectrum.web.ModelService;
import com.shopperspectrum.web.ServedModel;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.function.Supplier;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.PreEncodedHttpField;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Answers the two hot API calls, {@code GET /api/products/{code}/similar} and {@code POST /api/segments/predict},
 * at the Jetty level in front of the servlet and Javalin layers, which cost more CPU per request than the answers
 * themselves (the serving profile in BENCHMARKS.md). It answers only plain, valid requests, with the same bytes and
 * headers as the app (its {@code ApiRoutes}); anything else — an unknown product, a bad {@code n}, another content
 * type, invalid values, an answer the app would compress — goes on to the app unchanged (a body already read is
 * replayed), so errors are still mapped in one place, the app's {@code Errors}. The limits are the app's:
 * {@link ApiLimits}.
 */
public final class HotPathHandler extends Handler.Wrapper {
    private static final String PRODUCTS = "/api/products/";
    private static final String SIMILAR = "/similar";
    private static final String PREDICT = "/api/segments/predict";
    private static final HttpField JSON_TYPE = new PreEncodedHttpField(HttpHeader.CONTENT_TYPE, "application/json");
    private final Supplier<ModelService> served;
    private final int compressFrom;
    private volatile Answers answers;

    /** The answers made for one served model; made again when the served model is swapped. */
    private record Answers(
            ModelService service, SimilarAnswers similar, Segmentation segmentation, PredictAnswers predict) {
        static Answers of(ModelService service) {
            Segmentation segmentation = service.model().segmentation();
            return new Answers(
                    service,
                    new SimilarAnswers(service),
                    segmentation,
                    segmentation == null ? null : new PredictAnswers(segmentation.model()));
        }
    }

    /** {@code compressFrom}: the answer size from which the app gzips for clients that accept it. */
    public HotPathHandler(ModelService service, int compressFrom) {
        this(() -> service, compressFrom);
    }

    /** Answers for whatever model {@code served} gives, read per request (the served model may be swapped). */
    public HotPathHandler(Supplier<ModelService> served, int compressFrom) {
        this.served = served;
        this.compressFrom = compressFrom;
        this.answers = Answers.of(served.get());
    }

    /**
     * The answers for the model served now, read once for {@code request}: a request left to the app keeps this
     * model ({@link ServedModel#ATTRIBUTE}, read by {@link ServedModel}'s per-request lookup), so one request sees
     * one model even when the served one is swapped meanwhile.
     */
    private Answers answers(Request request) {
        ModelService now = served.get();
        request.setAttribute(ServedModel.ATTRIBUTE, now);
        Answers a = answers;
        if (a.service() != now) {
            a = Answers.of(now);
            answers = a;
        }
        return a;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String method = request.getMethod();
        String path = request.getHttpURI().getPath();
        // the model is read only for the two hot paths (the app reads it once per request for the others)
        if ("GET".equals(method) && path.startsWith(PRODUCTS) && path.endsWith(SIMILAR)) {
            byte[] answer = similar(answers(request), request, path);
            if (answer != null && !compressible(request, answer)) {
                return answer(response, callback, answer);
            }
        } else if ("POST".equals(method)
                && PREDICT.equals(path)
                && request.getHttpURI().getQuery() == null) {
            Answers a = answers(request);
            if (a.predict() != null) {
                return predict(a, request, response, callback);
            }
        }
        return super.handle(request, response, callback);
    }

    private byte[] similar(Answers a, Request request, String path) {
        String code = path.substring(PRODUCTS.length(), Math.max(PRODUCTS.length(), path.length() - SIMILAR.length()));
        int n = n(request.getHttpURI().getQuery());
        if (code.isEmpty() || n == ApiLimits.INVALID || !plain(code)) {
            return null;
        }
        try {
            return a.similar().jsonOrNull(code, n);
        } catch (RuntimeException e) {
            return null; // the app answers it again and maps the error
        }
    }

    /**
     * {@code ?n=} as the app reads it ({@link ApiLimits#count}) when the query is only {@code n} and needs no
     * decoding, else {@link ApiLimits#INVALID} (the app reads it).
     */
    private static int n(String query) {
        if (query == null || query.isEmpty()) {
            return ApiLimits.count(null, ApiLimits.SIMILAR_DEFAULT);
        }
        if (!query.startsWith("n=") || !plain(query)) {
            return ApiLimits.INVALID;
        }
        return ApiLimits.count(query.substring(2), ApiLimits.SIMILAR_DEFAULT);
    }

    /** A path segment that needs no decoding (the app decodes '%' escapes and may read '+' as a space). */
    private static boolean plain(String segment) {
        for (int i = 0; i < segment.length(); i++) {
            char c = segment.charAt(i);
            if (c == '/' || c == '%' || c == '+' || c == ';' || c <= ' ' || c >= 127) {
                return false;
            }
        }
        return true;
    }

    private boolean predict(Answers a, Request request, Response response, Callback callback) throws Exception {
        HttpFields headers = request.getHeaders();
        String type = headers.get(HttpHeader.CONTENT_TYPE);
        long length = headers.getLongField(HttpHeader.CONTENT_LENGTH);
        if (!ApiLimits.isJson(type) || length < 0 || length > ApiLimits.MAX_REQUEST_BYTES) {
            return super.handle(request, response, callback);
        }
        byte[] body = new byte[(int) length];
        int read = 0;
        boolean complete = false;
        while (!complete) {
            Content.Chunk chunk = request.read();
            if (chunk == null || Content.Chunk.isFailure(chunk)) {
                break; // not all here yet, or failed: the app reads the rest (or the failure) itself
            }
            ByteBuffer bytes = chunk.getByteBuffer();
            int n = bytes.remaining();
            if (n > body.length - read) { // more than Content-Length: Jetty does not let that happen
                body = Arrays.copyOf(body, read + n);
            }
            bytes.get(bytes.position(), body, read, n);
            read += n;
            complete = chunk.isLast();
            chunk.release();
        }
        if (complete) {
            byte[] answer = predict(a, body, read);
            if (answer != null && !compressible(request, answer)) {
                return answer(response, callback, answer);
            }
        }
        return super.handle(
                new Replay(request, Content.Chunk.from(ByteBuffer.wrap(body, 0, read), complete)), response, callback);
    }

    /** The answer to a plain body ({@link PredictBodyParser}), or null for any other: the app answers that. */
    private byte[] predict(Answers a, byte[] body, int length) {
        try {
            RfmValues values = PredictBodyParser.valuesOrNull(body, 0, length);
            return values == null
                    ? null
                    : a.predict()
                            .json(SegmentPredictionView.of(a.segmentation().model(), values)
                                    .prediction());
        } catch (Exception e) {
            return null; // the app answers it again and maps the error
        }
    }

    private boolean compressible(Request request, byte[] answer) {
        return answer.length >= compressFrom && request.getHeaders().contains(HttpHeader.ACCEPT_ENCODING);
    }

    private static boolean answer(Response response, Callback callback, byte[] json) {
        response.setStatus(200);
        HttpFields.Mutable headers = response.getHeaders();
        headers.put(JSON_TYPE);
        headers.put(HttpHeader.CONTENT_LENGTH, json.length);
        response.write(true, ByteBuffer.wrap(json), callback);
        return true;
    }

    /** The request with the body bytes already read put back in front of the rest. */
    private static final class Replay extends Request.Wrapper {
        private volatile Content.Chunk held;

        Replay(Request request, Content.Chunk held) {
            super(request);
            this.held = held;
        }

        @Override
        public Content.Chunk read() {
            Content.Chunk chunk = held;
            if (chunk != null) {
                held = null;
                return chunk;
            }
            return super.read();
        }

        @Override
        public void demand(Runnable demandCallback) {
            if (held != null) {
                demandCallback.run();
            } else {
                super.demand(demandCallback);
            }
        }
    }
}
