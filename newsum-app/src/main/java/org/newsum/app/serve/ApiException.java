package org.newsum.app.serve;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A request the service answers with an error: the HTTP status, a message a person can act on and, when one
 * input is at fault, the field that names it (e.g. {@code articles[2].url}). Rendered as
 * {@code {"error": ..., "field": ...}} (with {@code "errors"} when several inputs are at fault), never with a
 * stack trace.
 */
final class ApiException extends Exception {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One input at fault among several, e.g. each link that could not be read. */
    record FieldError(String field, String error) {
    }

    private final int status;
    private final String field;
    private final int retryAfterSeconds;
    private final List<FieldError> errors;

    ApiException(int status, String field, String message) {
        this(status, field, message, 0);
    }

    ApiException(int status, String field, String message, int retryAfterSeconds) {
        this(status, field, message, retryAfterSeconds, List.of());
    }

    ApiException(int status, String field, String message, int retryAfterSeconds, List<FieldError> errors) {
        super(message, null, false, false);
        this.status = status;
        this.field = field;
        this.retryAfterSeconds = retryAfterSeconds;
        this.errors = List.copyOf(errors);
    }

    static ApiException badRequest(String field, String message) {
        return new ApiException(400, field, message);
    }

    static ApiException tooLarge(String field, String message) {
        return new ApiException(413, field, message);
    }

    int status() {
        return status;
    }

    /** The request field at fault, or null when the request as a whole is. */
    String field() {
        return field;
    }

    /** Seconds a client should wait before retrying, or 0 when retrying will not help. */
    int retryAfterSeconds() {
        return retryAfterSeconds;
    }

    /** Every input at fault when there are several; empty when {@link #field()} says it all. */
    List<FieldError> errors() {
        return errors;
    }

    /** The documented error body, one line of JSON. */
    String json() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", getMessage());
        body.put("field", field);
        if (!errors.isEmpty()) {
            body.put("errors", errors);
        }
        try {
            return JSON.writeValueAsString(body) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }
}
