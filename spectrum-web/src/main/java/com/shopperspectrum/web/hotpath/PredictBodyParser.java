package com.shopperspectrum.web.hotpath;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.shopperspectrum.core.segment.RfmValues;
import com.shopperspectrum.io.Json;
import java.io.IOException;

/**
 * Reads the body of {@code POST /api/segments/predict} with Jackson's streaming parser when it is plain: one JSON
 * object with each of recency, frequency and monetary once, as a number, other fields of any valid JSON, nothing
 * after it but white space (trailing content is a 400 on both paths). Each number becomes the double the app's
 * {@code readTree} makes of it. Anything else is null: the app reads that body again and maps the error (or, for
 * what this refuses but the app accepts — a duplicate field, a null — answers it).
 */
final class PredictBodyParser {
    private PredictBodyParser() {}

    /** The values of a plain body, or null; throws on malformed JSON and on values RfmValues refuses. */
    static RfmValues valuesOrNull(byte[] body, int offset, int length) throws IOException {
        try (JsonParser p = Json.mapper().createParser(body, offset, length)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            double[] values = {Double.NaN, Double.NaN, Double.NaN}; // NaN: not seen yet (JSON has no NaN)
            for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
                int field = field(p.currentName());
                JsonToken value = p.nextToken();
                if (field < 0) {
                    p.skipChildren();
                } else if (!Double.isNaN(values[field]) || !value.isNumeric()) {
                    return null; // a duplicate, a null or not a number
                } else {
                    values[field] = number(p);
                }
            }
            if (p.currentToken() != JsonToken.END_OBJECT
                    || p.nextToken() != null
                    || Double.isNaN(values[0])
                    || Double.isNaN(values[1])
                    || Double.isNaN(values[2])) {
                return null;
            }
            return new RfmValues(values[0], values[1], values[2]);
        }
    }

    private static int field(String name) {
        return switch (name) {
            case "recency" -> 0;
            case "frequency" -> 1;
            case "monetary" -> 2;
            default -> -1;
        };
    }

    /** The number as readTree's node has it: an int, long or BigInteger for integers, a double otherwise. */
    private static double number(JsonParser p) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_NUMBER_FLOAT) {
            return p.getDoubleValue();
        }
        return switch (p.getNumberType()) {
            case INT -> p.getIntValue();
            case LONG -> p.getLongValue();
            default -> p.getBigIntegerValue().doubleValue();
        };
    }
}
