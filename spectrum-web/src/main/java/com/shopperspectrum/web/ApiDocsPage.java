package com.shopperspectrum.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.shopperspectrum.io.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The readable API page (apiDocs.jte): the OpenAPI document served at {@code /openapi.json} rendered as a page
 * on the server, offline, so the endpoints, their parameters and answers read as text. Built once from the
 * document, so the page cannot drift from it.
 */
final class ApiDocsPage {
    /** The page: the API's title and description and one entry per operation, in the document's order. */
    record View(String title, String version, String description, List<Operation> operations) {}

    /** One method on one path. */
    record Operation(
            String id,
            String method,
            String path,
            String summary,
            String description,
            List<Param> parameters,
            String body,
            List<Answer> answers) {}

    /** A parameter: where it goes (path, query), whether required, and what it means. */
    record Param(String name, String in, boolean required, String description) {}

    /** An answer's status code and meaning. */
    record Answer(String status, String description) {}

    private ApiDocsPage() {}

    static View of(String openApiJson) {
        JsonNode doc;
        try {
            doc = Json.mapper().readTree(openApiJson);
        } catch (IOException e) {
            throw new UncheckedIOException("the bundled OpenAPI document is not JSON", e);
        }
        List<Operation> ops = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> p = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> m = p.getValue().fields(); m.hasNext(); ) {
                Map.Entry<String, JsonNode> op = m.next();
                if (!op.getKey().equals("parameters")) {
                    ops.add(operation(doc, op.getKey(), p.getKey(), op.getValue()));
                }
            }
        }
        JsonNode info = doc.path("info");
        return new View(
                info.path("title").asText("API"),
                info.path("version").asText(""),
                info.path("description").asText(""),
                ops);
    }

    private static Operation operation(JsonNode doc, String method, String path, JsonNode op) {
        List<Param> params = new ArrayList<>();
        for (JsonNode p : op.path("parameters")) {
            JsonNode r = resolve(doc, p);
            params.add(new Param(
                    r.path("name").asText(),
                    r.path("in").asText(),
                    r.path("required").asBoolean(false),
                    r.path("description").asText(r.path("schema").path("type").asText(""))));
        }
        String body = null;
        JsonNode content = resolve(doc, op.path("requestBody")).path("content");
        if (content.size() > 0) {
            String type = content.fieldNames().next();
            JsonNode example = content.path(type).path("example");
            body = type + (example.isMissingNode() ? "" : ", for example " + example);
        }
        List<Answer> answers = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> r = op.path("responses").fields(); r.hasNext(); ) {
            Map.Entry<String, JsonNode> a = r.next();
            answers.add(new Answer(
                    a.getKey(), resolve(doc, a.getValue()).path("description").asText("")));
        }
        String id = (method + path).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        return new Operation(
                id,
                method.toUpperCase(Locale.ROOT),
                path,
                op.path("summary").asText(""),
                op.path("description").asText(""),
                params,
                body,
                answers);
    }

    /** A node, or the node its {@code $ref} ("#/components/...") points to. */
    private static JsonNode resolve(JsonNode doc, JsonNode node) {
        String ref = node.path("$ref").asText(null);
        return ref == null || !ref.startsWith("#/") ? node : doc.at(ref.substring(1));
    }
}
