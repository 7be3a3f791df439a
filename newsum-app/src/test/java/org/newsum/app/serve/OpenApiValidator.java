package org.newsum.app.serve;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Checks real answers against {@code openapi.json}: that the status and content type are documented for the path
 * and method, and that a JSON body matches its schema. It knows the subset of OpenAPI 3.0 schemas the document
 * uses ({@code $ref}, type, nullable, properties, required, additionalProperties false, items, enum, minItems,
 * minimum, min/maxProperties) and refuses any other keyword, so the document cannot drift into what is not checked.
 */
final class OpenApiValidator {

    private static final Set<String> ANNOTATIONS = Set.of("description", "default", "format", "example");
    private static final Set<String> KEYWORDS = Set.of("$ref", "type", "nullable", "properties", "required",
            "additionalProperties", "items", "enum", "minItems", "minimum", "minProperties", "maxProperties");

    private final JsonNode doc;

    OpenApiValidator(JsonNode doc) {
        this.doc = doc;
    }

    /**
     * The problems with one answer, none when it is as documented. A path not in the document is checked against
     * the documented error answer (a 404).
     */
    List<String> check(String path, String method, int status, String contentType, String body, JsonNode json) {
        List<String> problems = new ArrayList<>();
        String where = method + " " + path + " " + status;
        JsonNode response;
        JsonNode item = doc.path("paths").get(path);
        if (item == null) {
            response = status == 404 ? resolve(doc.at("/components/responses/Error")) : null;
        } else {
            JsonNode operation = item.get(method.toLowerCase(Locale.ROOT));
            if (operation == null) {
                // another method on a known path: its 405 is documented on the path's operations
                operation = item.elements().next();
                response = status == 405 ? operation.path("responses").get("405") : null;
            } else {
                response = operation.path("responses").get(String.valueOf(status));
                if (response == null) {
                    response = operation.path("responses").get("default");
                }
            }
        }
        if (response == null) {
            problems.add(where + ": status not documented");
            return problems;
        }
        response = resolve(response);
        JsonNode content = response.get("content");
        if (content == null) {
            if (!body.isEmpty()) {
                problems.add(where + ": a body where none is documented");
            }
            return problems;
        }
        String media = contentType == null ? "" : contentType.split(";", 2)[0].strip();
        JsonNode documented = content.get(media);
        if (documented == null) {
            problems.add(where + ": content type " + media + " not documented");
            return problems;
        }
        if (media.equals("application/json") && documented.has("schema")) {
            validate(json, documented.get("schema"), "$", problems);
            problems.replaceAll(p -> p.startsWith("$") ? where + ": " + p : p);
        }
        return problems;
    }

    private JsonNode resolve(JsonNode node) {
        JsonNode n = node;
        while (n.has("$ref")) {
            String ref = n.get("$ref").asText();
            if (!ref.startsWith("#/")) {
                throw new IllegalArgumentException("only local references are supported: " + ref);
            }
            JsonNode target = doc.at(ref.substring(1));
            if (target.isMissingNode()) {
                throw new IllegalArgumentException("dangling reference " + ref);
            }
            n = target;
        }
        return n;
    }

    /** Adds to {@code problems} every way {@code value} (at {@code at}) differs from {@code schema}. */
    void validate(JsonNode value, JsonNode schemaOrRef, String at, List<String> problems) {
        JsonNode schema = resolve(schemaOrRef);
        for (Iterator<String> keys = schema.fieldNames(); keys.hasNext(); ) {
            String key = keys.next();
            if (!KEYWORDS.contains(key) && !ANNOTATIONS.contains(key)) {
                throw new IllegalArgumentException("the validator does not know the schema keyword \"" + key + "\"");
            }
        }
        if (value == null || value.isMissingNode()) {
            problems.add(at + ": missing");
            return;
        }
        if (value.isNull()) {
            if (!schema.path("nullable").asBoolean(false)) {
                problems.add(at + ": null, but not nullable");
            }
            return;
        }
        String type = schema.path("type").asText("");
        boolean typeOk = switch (type) {
            case "" -> true;
            case "object" -> value.isObject();
            case "array" -> value.isArray();
            case "string" -> value.isTextual();
            case "integer" -> value.isIntegralNumber();
            case "number" -> value.isNumber();
            case "boolean" -> value.isBoolean();
            default -> throw new IllegalArgumentException("unknown type " + type);
        };
        if (!typeOk) {
            problems.add(at + ": expected " + type + ", got " + value.getNodeType().name().toLowerCase(Locale.ROOT));
            return;
        }
        if (schema.has("enum")) {
            boolean listed = false;
            for (JsonNode allowed : schema.get("enum")) {
                listed |= allowed.equals(value);
            }
            if (!listed) {
                problems.add(at + ": " + value + " is not one of " + schema.get("enum"));
            }
        }
        if (schema.has("minimum") && value.isNumber() && value.asDouble() < schema.get("minimum").asDouble()) {
            problems.add(at + ": below the minimum " + schema.get("minimum"));
        }
        if (value.isArray()) {
            if (schema.has("minItems") && value.size() < schema.get("minItems").asInt()) {
                problems.add(at + ": fewer than " + schema.get("minItems") + " items");
            }
            if (schema.has("items")) {
                for (int i = 0; i < value.size(); i++) {
                    validate(value.get(i), schema.get("items"), at + "[" + i + "]", problems);
                }
            }
        }
        if (value.isObject()) {
            if (schema.has("minProperties") && value.size() < schema.get("minProperties").asInt()
                    || schema.has("maxProperties") && value.size() > schema.get("maxProperties").asInt()) {
                problems.add(at + ": " + value.size() + " properties, outside the documented count");
            }
            JsonNode properties = schema.path("properties");
            for (JsonNode required : schema.path("required")) {
                if (!value.has(required.asText())) {
                    problems.add(at + "." + required.asText() + ": required, but missing");
                }
            }
            for (Iterator<Map.Entry<String, JsonNode>> fields = value.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                JsonNode property = properties.get(field.getKey());
                if (property != null) {
                    validate(field.getValue(), property, at + "." + field.getKey(), problems);
                } else if (schema.has("additionalProperties") && !schema.get("additionalProperties").asBoolean(true)) {
                    problems.add(at + "." + field.getKey() + ": not documented");
                }
            }
        }
    }
}
