/**
 * The web hot path: the two most frequent API calls, {@code GET /api/products/{code}/similar} and
 * {@code POST /api/segments/predict}, answered at the Jetty level ({@link
 * com.shopperspectrum.web.hotpath.HotPathHandler}) from answers cached per product ({@code SimilarAnswers}) or
 * written from fragments made once per model ({@code PredictAnswers}), with plain bodies read by a streaming
 * parser ({@code PredictBodyParser}). Nothing else uses these classes.
 *
 * <p>The rule of this package: it must answer byte for byte (body and headers) what the plain path — {@code
 * ApiRoutes} on Javalin, which writes through the views of {@link com.shopperspectrum.io.view} — answers, and
 * leave every request it does not answer to that path unchanged (errors are mapped there only). It shares the
 * plain path's limits ({@link com.shopperspectrum.web.ApiLimits}: body bytes, {@code n} bounds, content type)
 * rather than re-implementing them. Guarded by {@code HotPathHandlerTest} (both paths over HTTP, same bytes and
 * headers; requests it cannot answer reach the app intact), {@code SimilarAnswersTest} (every product and
 * {@code n} against {@code SimilarView}) and {@code PredictAnswersTest} (every cluster and score against
 * {@code SegmentPredictionView}; the streaming parser against the app's tree).
 */
package com.shopperspectrum.web.hotpath;
