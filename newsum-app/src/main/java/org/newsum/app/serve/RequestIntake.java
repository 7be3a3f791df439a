package org.newsum.app.serve;

import java.io.ByteArrayOutputStream;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.Scheduler;

/**
 * The first handler every request meets, before the routes. It answers only requests addressed to this server
 * (the Host check that stops DNS rebinding) and, for anything but GET and HEAD, only from this server's own page
 * (Origin); it adds the security headers; and it takes in the body of a brief request without holding a thread:
 * first the checks that need no body (type, encoding, declared size, room in the queue), then the body itself
 * within the read time limit. A client that sends slowly costs a connection, not a thread, and is told 408.
 */
final class RequestIntake extends Handler.Wrapper {

    /** What the service says before a brief request's body is read: null to go on, or the refusal. */
    @FunctionalInterface
    interface BeforeBody {
        ApiException check();
    }

    static final String JSON_TYPE = "application/json; charset=utf-8";

    /** For the page and the API: nothing from another origin, no framing, no inline script. */
    static final String PAGE_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    private final Set<String> bodyPaths;
    private final long maxBytes;
    private final Duration readTimeout;
    private final Set<String> serverNames;
    private final BeforeBody beforeBody;

    /**
     * @param bodyPaths   the paths whose POST bodies are taken in here ({@code /api/briefs}, {@code /api/stories})
     * @param maxBytes    the largest body
     * @param readTimeout the longest a body may take to arrive
     * @param serverNames names besides this machine's own the server answers to (e.g. behind a proxy), lower case
     * @param beforeBody  the service's own check before the body is read (room in the queue)
     */
    RequestIntake(Set<String> bodyPaths, long maxBytes, Duration readTimeout, Set<String> serverNames,
                  BeforeBody beforeBody) {
        this.bodyPaths = Set.copyOf(bodyPaths);
        this.maxBytes = maxBytes;
        this.readTimeout = readTimeout;
        this.serverNames = Set.copyOf(serverNames);
        this.beforeBody = beforeBody;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        HttpFields.Mutable headers = response.getHeaders();
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("X-Frame-Options", "DENY");
        headers.put("Referrer-Policy", "no-referrer");
        headers.put("Cross-Origin-Opener-Policy", "same-origin");
        headers.put("Cross-Origin-Resource-Policy", "same-origin");
        headers.put("Content-Security-Policy", PAGE_POLICY);
        // A refusal before the body keeps the connection: Jetty then drops what has already arrived of the body, which
        // costs less than the client's reconnecting, and does not reset a connection the client is still sending on.
        ApiException refusal = refusal(request);
        if (refusal != null) {
            respond(response, callback, refusal, false);
            return true;
        }
        if (!request.getMethod().equals("POST") || !bodyPaths.contains(Request.getPathInContext(request))) {
            return super.handle(request, response, callback);
        }
        refusal = beforeBody(request);
        if (refusal != null) {
            respond(response, callback, refusal, false);
            return true;
        }
        new BodyReader(request, response, callback).start();
        return true;
    }

    /** A request not for this server, or a cross-site one that would change something. */
    private ApiException refusal(Request request) {
        String host = request.getHeaders().get(HttpHeader.HOST);
        if (host != null && !isOwn(host, request)) {
            return new ApiException(421, null, "this server does not answer to the host named in the request; use "
                    + "the address it was started on");
        }
        String method = request.getMethod();
        if (method.equals("GET") || method.equals("HEAD")) {
            return null;
        }
        String origin = request.getHeaders().get(HttpHeader.ORIGIN);
        String site = request.getHeaders().get("Sec-Fetch-Site");
        // http or https: behind a TLS proxy the page's origin is https with the same host
        boolean foreignOrigin = origin != null && (host == null || !(origin.equalsIgnoreCase("http://" + host)
                || origin.equalsIgnoreCase("https://" + host)));
        if (foreignOrigin || "cross-site".equalsIgnoreCase(site) || "same-site".equalsIgnoreCase(site)) {
            return new ApiException(403, null, "requests from another site's page are refused: use this server's "
                    + "own page or a client that is not a browser");
        }
        return null;
    }

    /**
     * Whether a Host header names this server: the address the client connected to, {@code localhost}, or one of
     * the configured names, with the port it connected to. A rebinding attack needs a name of the attacker's, so it
     * cannot pass.
     */
    private boolean isOwn(String authority, Request request) {
        String name;
        int port;
        String a = authority.strip().toLowerCase(Locale.ROOT);
        int close = a.lastIndexOf(']');
        int colon = a.lastIndexOf(':');
        try {
            if (a.startsWith("[")) {
                name = a.substring(1, close);
                port = colon > close ? Integer.parseInt(a.substring(colon + 1)) : 80;
            } else {
                name = colon >= 0 ? a.substring(0, colon) : a;
                port = colon >= 0 ? Integer.parseInt(a.substring(colon + 1)) : 80;
            }
        } catch (NumberFormatException | StringIndexOutOfBoundsException e) {
            return false;
        }
        if (name.endsWith(".")) {
            name = name.substring(0, name.length() - 1);
        }
        if (port != Request.getLocalPort(request)) {
            return false;
        }
        if (name.equals("localhost") || serverNames.contains(name)) {
            return true;
        }
        if (!name.contains(":") && !name.matches("[0-9.]+")) {
            return false;
        }
        try {
            // a literal, so no lookup happens
            return InetAddress.getByName(name).equals(InetAddress.getByName(Request.getLocalAddr(request)));
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /** The checks a brief request passes before a byte of its body is read. */
    private ApiException beforeBody(Request request) {
        HttpFields fields = request.getHeaders();
        String encoding = fields.get(HttpHeader.CONTENT_ENCODING);
        if (encoding != null && !encoding.strip().equalsIgnoreCase("identity")) {
            return new ApiException(415, null, "the body is sent compressed (" + encoding.strip()
                    + "); send the JSON uncompressed");
        }
        String type = fields.get(HttpHeader.CONTENT_TYPE);
        String media = type == null ? "" : type.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (!media.equals("application/json")) {
            return new ApiException(415, null, (type == null ? "the request has no Content-Type"
                    : "the body is " + media) + "; send it as Content-Type: application/json");
        }
        String charset = type.toLowerCase(Locale.ROOT).replaceAll(".*charset=\"?([^\";]*).*", "$1");
        if (type.toLowerCase(Locale.ROOT).contains("charset=") && !charset.strip().equals("utf-8")) {
            return new ApiException(415, null, "the body is in " + charset.strip() + "; send it as UTF-8");
        }
        long declared = request.getLength();
        if (declared > maxBytes) {
            return tooLarge(declared);
        }
        return beforeBody.check();
    }

    private ApiException tooLarge(long declared) {
        return ApiException.tooLarge(null, "the request is larger than the limit of " + maxBytes / 1024 + " KB"
                + (declared > 0 ? " (" + declared / 1024 + " KB)" : ""));
    }

    /** Writes an error answer; {@code close} ends the connection, as when a body stalled or was cut off. */
    static void respond(Response response, Callback callback, ApiException e, boolean close) {
        response.setStatus(e.status());
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, JSON_TYPE);
        if (e.retryAfterSeconds() > 0) {
            response.getHeaders().put(HttpHeader.RETRY_AFTER, String.valueOf(e.retryAfterSeconds()));
        }
        if (close) {
            response.getHeaders().put(HttpHeader.CONNECTION, "close");
        }
        response.write(true, ByteBuffer.wrap(e.json().getBytes(StandardCharsets.UTF_8)), callback);
    }

    /** Reads one body as its bytes arrive, with no thread waiting in between, and hands it on when complete. */
    private final class BodyReader implements Runnable {

        private final Request request;
        private final Response response;
        private final Callback callback;
        private final AtomicBoolean finished = new AtomicBoolean();
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private Scheduler.Task expiry;

        BodyReader(Request request, Response response, Callback callback) {
            this.request = request;
            this.response = response;
            this.callback = callback;
        }

        void start() {
            expiry = getServer().getScheduler().schedule(this::expire, readTimeout.toMillis(), TimeUnit.MILLISECONDS);
            run();
        }

        @Override
        public void run() {
            while (!finished.get()) {
                Content.Chunk chunk = request.read();
                if (chunk == null) {
                    request.demand(this);
                    return;
                }
                if (Content.Chunk.isFailure(chunk)) {
                    fail(new ApiException(400, null, "the request body could not be read: the connection failed"));
                    return;
                }
                ByteBuffer buffer = chunk.getByteBuffer();
                if (bytes.size() + (long) buffer.remaining() > maxBytes) {
                    chunk.release();
                    fail(tooLarge(-1));
                    return;
                }
                byte[] part = new byte[buffer.remaining()];
                buffer.get(part);
                bytes.write(part, 0, part.length);
                boolean last = chunk.isLast();
                chunk.release();
                if (last) {
                    if (finished.compareAndSet(false, true)) {
                        expiry.cancel();
                        handOn(bytes.toByteArray());
                    }
                    return;
                }
            }
        }

        private void expire() {
            if (finished.compareAndSet(false, true)) {
                respond(response, callback, new ApiException(408, null, "the request body did not arrive within the "
                        + "time limit of " + readTimeout.toSeconds() + " s"), true);
            }
        }

        private void fail(ApiException e) {
            if (finished.compareAndSet(false, true)) {
                expiry.cancel();
                respond(response, callback, e, true);
            }
        }

        private void handOn(byte[] body) {
            Request buffered = new BufferedBody(request, body);
            try {
                if (!RequestIntake.super.handle(buffered, response, callback)) {
                    Response.writeError(buffered, response, callback, 404);
                }
            } catch (Throwable t) {
                Response.writeError(buffered, response, callback, t);
            }
        }
    }

    /** A request whose body has already been read: the routes see it at once, whole. */
    private static final class BufferedBody extends Request.Wrapper {

        private final AtomicReference<Content.Chunk> body;
        private final long length;

        BufferedBody(Request request, byte[] bytes) {
            super(request);
            this.body = new AtomicReference<>(Content.Chunk.from(ByteBuffer.wrap(bytes), true));
            this.length = bytes.length;
        }

        @Override
        public Content.Chunk read() {
            return body.getAndSet(Content.Chunk.EOF);
        }

        @Override
        public void demand(Runnable demandCallback) {
            demandCallback.run(); // the content is always there
        }

        @Override
        public boolean consumeAvailable() {
            body.set(Content.Chunk.EOF);
            return true;
        }

        @Override
        public long getLength() {
            return length;
        }

        @Override
        public void fail(Throwable failure) {
            body.set(Content.Chunk.from(failure, true));
        }
    }
}
