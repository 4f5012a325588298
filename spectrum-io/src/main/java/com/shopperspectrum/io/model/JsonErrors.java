package com.shopperspectrum.io.model;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;

/**
 * What is wrong with a model's JSON file, in plain words: where (the property path, line and column) and what
 * (not JSON, an unexpected or missing value, an unknown property, a value its record refuses). Jackson's own
 * messages name Java types ("Cannot deserialize value of type `com.…`"), which a user cannot act on.
 */
final class JsonErrors {
    private JsonErrors() {}

    static String describe(Exception e) {
        if (e instanceof JsonProcessingException j) {
            return what(j) + where(j);
        }
        return "unexpected content";
    }

    private static String what(JsonProcessingException e) {
        Throwable cause = e.getCause();
        if (e instanceof ValueInstantiationException
                && (cause instanceof IllegalArgumentException || cause instanceof NullPointerException)) {
            return cause instanceof NullPointerException
                    ? "a required value is missing" + (cause.getMessage() == null ? "" : ": " + cause.getMessage())
                    : cause.getMessage();
        }
        if (e instanceof UnrecognizedPropertyException u) {
            return "unknown property '" + u.getPropertyName() + "'";
        }
        if (e instanceof JsonMappingException) {
            return "unexpected value";
        }
        if (e instanceof StreamReadException) {
            return "not valid JSON";
        }
        return "unexpected content";
    }

    private static String where(JsonProcessingException e) {
        StringBuilder path = new StringBuilder();
        if (e instanceof JsonMappingException m) {
            for (JsonMappingException.Reference r : m.getPath()) {
                if (r.getFieldName() != null) {
                    path.append(path.length() == 0 ? "" : ".").append(r.getFieldName());
                } else if (r.getIndex() >= 0) {
                    path.append('[').append(r.getIndex()).append(']');
                }
            }
        }
        JsonLocation at = e.getLocation();
        String position =
                at == null || at.getLineNr() < 1 ? "" : "line " + at.getLineNr() + ", column " + at.getColumnNr();
        if (path.length() == 0 && position.isEmpty()) {
            return "";
        }
        return " (" + (path.length() == 0 ? "" : "at " + path + (position.isEmpty() ? "" : ", ")) + position + ")";
    }
}
