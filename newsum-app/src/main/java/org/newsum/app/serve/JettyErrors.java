package org.newsum.app.serve;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's own errors (a malformed request line, headers or URL too large, a bad Content-Length, an HTTP version
 * it does not speak) in the service's documented JSON form instead of Jetty's HTML page, with messages of our own:
 * never a Java class name.
 */
final class JettyErrors extends ErrorHandler {

    private final int headerKb;

    JettyErrors(int headerBytes) {
        this.headerKb = headerBytes / 1024;
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) {
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, RequestIntake.JSON_TYPE);
        response.write(true, ByteBuffer.wrap(describe(code).json().getBytes(StandardCharsets.UTF_8)), callback);
    }

    /** What a person should know about an error Jetty found before any route ran. */
    ApiException describe(int status) {
        String message = switch (status) {
            case 400 -> "malformed HTTP request: check the request line, the headers (a Content-Length must be one "
                    + "number, and not sent with Transfer-Encoding) and the path (no encoded dots or slashes)";
            case 404 -> "no such page or API endpoint";
            case 408 -> "the request did not arrive within the time limit";
            case 413 -> "the request is larger than the limit";
            case 414 -> "the URL is longer than the limit of " + headerKb + " KB";
            case 431 -> "the request headers are larger than the limit of " + headerKb + " KB";
            case 500 -> "internal error";
            case 501 -> "this method is not implemented";
            case 505 -> "this HTTP version is not supported: use HTTP/1.1";
            default -> "HTTP " + status;
        };
        return new ApiException(status, null, message);
    }
}
