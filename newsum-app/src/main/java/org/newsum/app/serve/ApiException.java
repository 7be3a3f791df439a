package org.newsum.app.serve;

/**
 * A request the service answers with an error: the HTTP status, a message a person can act on and, when one
 * input is at fault, the field that names it (e.g. {@code articles[2].url}). Rendered as
 * {@code {"error": ..., "field": ...}}, never with a stack trace.
 */
final class ApiException extends Exception {

    private final int status;
    private final String field;
    private final int retryAfterSeconds;

    ApiException(int status, String field, String message) {
        this(status, field, message, 0);
    }

    ApiException(int status, String field, String message, int retryAfterSeconds) {
        super(message, null, false, false);
        this.status = status;
        this.field = field;
        this.retryAfterSeconds = retryAfterSeconds;
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
}
