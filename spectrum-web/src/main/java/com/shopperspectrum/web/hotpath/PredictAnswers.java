package com.shopperspectrum.web.hotpath;

import com.shopperspectrum.core.segment.RfmSegment;
import com.shopperspectrum.core.segment.SegmentModel;
import com.shopperspectrum.core.segment.SegmentPrediction;
import com.shopperspectrum.io.Json;
import com.shopperspectrum.io.view.SegmentPredictionView;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON bytes of {@code POST /api/segments/predict}: the same bytes as {@link SegmentPredictionView#json},
 * written from fragments made once per model (names, keys, k, transform), so that a request only formats its
 * distances and scores. Serialising the map through Jackson was the largest part of the endpoint's CPU (the
 * serving profile in BENCHMARKS.md). Immutable and thread-safe.
 */
final class PredictAnswers {
    /** Room for one double ({@code Double.toString} is at most 24 characters) or int, quoted if need be. */
    private static final int NUMBER = 26;

    private final byte[][] heads;
    private final byte[][] distanceKeys;
    private final byte[] scoresKey;
    private final Map<String, byte[]> rfmSegments = new HashMap<>();
    private final byte[] end;
    private final int fixedSize;

    PredictAnswers(SegmentModel model) {
        int k = model.k();
        heads = new byte[k][];
        distanceKeys = new byte[k][];
        for (int c = 0; c < k; c++) {
            String name = quoted(model.names().get(c));
            heads[c] = utf8("{\"segment\":" + name + ",\"cluster\":" + c + ",\"distances\":[");
            distanceKeys[c] =
                    utf8((c == 0 ? "" : "},") + "{\"cluster\":" + c + ",\"segment\":" + name + ",\"distance\":");
        }
        scoresKey = utf8("}],\"rScore\":"); // k >= 1: the last distance object is open
        int longest = 0;
        for (RfmSegment s : RfmSegment.values()) {
            byte[] label = utf8(",\"rfmSegment\":" + quoted(s.label()));
            rfmSegments.put(s.label(), label);
            longest = Math.max(longest, label.length);
        }
        end = utf8(",\"k\":" + k + ",\"transform\":"
                + quoted(model.options().transform().label()) + ",\"monetaryAvailable\":" + model.hasMonetary() + "}");
        int size = Arrays.stream(heads).mapToInt(h -> h.length).max().orElse(0)
                + scoresKey.length
                + longest
                + end.length
                + ",\"fScore\":,\"mScore\":".length()
                + 3 * NUMBER;
        for (byte[] key : distanceKeys) {
            size += key.length + NUMBER;
        }
        fixedSize = size;
    }

    /** The answer to a prediction of this model. */
    byte[] json(SegmentPrediction p) {
        byte[] label = rfmSegments.get(p.rfmSegment());
        if (label == null) { // not one of RfmSegment's labels: cannot happen, but costs nothing to get right
            label = utf8(",\"rfmSegment\":" + quoted(p.rfmSegment()));
        }
        Out out = new Out(fixedSize + label.length);
        out.put(heads[p.cluster()]);
        List<Double> distances = p.distances();
        for (int c = 0; c < distances.size(); c++) {
            out.put(distanceKeys[c]).number(distances.get(c));
        }
        out.put(scoresKey)
                .ascii(Integer.toString(p.rScore()))
                .ascii(",\"fScore\":")
                .ascii(Integer.toString(p.fScore()))
                .ascii(",\"mScore\":")
                .ascii(p.mScore() == null ? "null" : p.mScore().toString())
                .put(label)
                .put(end);
        return out.bytes();
    }

    /** A double as Jackson writes it: {@link Double#toString}, quoted when not finite (NaN, ±Infinity). */
    static String number(double d) {
        return Double.isFinite(d) ? Double.toString(d) : '"' + Double.toString(d) + '"';
    }

    private static String quoted(String s) {
        return Json.write(s);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** A byte buffer of a known maximum size. */
    private static final class Out {
        private final byte[] buf;
        private int at;

        Out(int capacity) {
            buf = new byte[capacity];
        }

        Out put(byte[] b) {
            System.arraycopy(b, 0, buf, at, b.length);
            at += b.length;
            return this;
        }

        Out number(double d) {
            return ascii(PredictAnswers.number(d));
        }

        /** Characters below 128 only (numbers, keys). */
        Out ascii(String s) {
            for (int i = 0; i < s.length(); i++) {
                buf[at++] = (byte) s.charAt(i);
            }
            return this;
        }

        byte[] bytes() {
            return Arrays.copyOf(buf, at);
        }
    }
}
