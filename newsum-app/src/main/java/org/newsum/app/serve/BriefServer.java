package org.newsum.app.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;

import org.eclipse.jetty.http.HttpCompliance;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;

import org.newsum.Newsum;
import org.newsum.model.Brief;
import org.newsum.model.FetchOptions;
import org.newsum.render.Format;

/**
 * The HTTP service of {@code newsum serve}: the JSON API under {@code /api}, {@code /health}, and the web page
 * with its script and style, all served from the jar. Every error is {@code {"error", "field"}} JSON with its
 * status, never a stack trace, Jetty's own errors included. A request's headers and body must arrive within the
 * read time limit and its body is read without holding a thread ({@link RequestIntake}); waiting for links and
 * summaries holds none either.
 */
public final class BriefServer implements AutoCloseable {

    /**
     * Where and how to serve.
     *
     * @param host    the address to bind, e.g. {@code 127.0.0.1}
     * @param port    the port, 0 for any free one
     * @param limits  the service's limits
     * @param fetch   how URL articles are fetched (the address policy among them)
     * @param names   host names the server answers to besides its address and {@code localhost} (lower case),
     *                e.g. its name behind a proxy; a request naming another host is refused (DNS rebinding)
     */
    public record Options(String host, int port, ServiceLimits limits, FetchOptions fetch, Set<String> names) {

        public Options {
            names = names.stream().map(n -> n.toLowerCase(Locale.ROOT)).collect(java.util.stream.Collectors.toUnmodifiableSet());
        }

        public Options(String host, int port, ServiceLimits limits, FetchOptions fetch) {
            this(host, port, limits, fetch, Set.of());
        }

        public static Options loopback(int port) {
            return new Options("127.0.0.1", port, ServiceLimits.DEFAULT, FetchOptions.DEFAULT);
        }

        public Options withLimits(ServiceLimits l) {
            return new Options(host, port, l, fetch, names);
        }

        public Options withFetch(FetchOptions f) {
            return new Options(host, port, limits, f, names);
        }
    }

    /** The largest request line and header block. */
    static final int MAX_HEADER_BYTES = 8 * 1024;
    /** How long an open connection may sit with no request. */
    private static final long IDLE_TIMEOUT_MILLIS = 30_000;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String JSON_TYPE = RequestIntake.JSON_TYPE;
    /** For a brief rendered as HTML: its own inline style, nothing else. */
    private static final String BRIEF_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
            + "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
    /** The page's files, by URL path: resource name and content type. */
    private static final Map<String, String[]> PAGE_FILES = Map.of(
            "/", new String[] {"index.html", "text/html; charset=utf-8"},
            "/app.js", new String[] {"app.js", "text/javascript; charset=utf-8"},
            "/app.css", new String[] {"app.css", "text/css; charset=utf-8"},
            "/api/openapi.json", new String[] {"openapi.json", JSON_TYPE});

    private final Options options;
    private final BriefRequestParser parser;
    private final BriefService service;
    private final StoriesEndpoint stories;
    private final Map<String, byte[]> files = new LinkedHashMap<>();
    private final Javalin app;

    private BriefServer(Options options, BriefService service) {
        this.options = options;
        this.parser = new BriefRequestParser(options.limits());
        this.service = service;
        this.stories = new StoriesEndpoint(options.limits());
        PAGE_FILES.forEach((path, file) -> files.put(path, resource(file[0])));
        ServiceLimits limits = options.limits();
        Map<String, List<String>> allowed = new LinkedHashMap<>();
        this.app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            // Our own limit is checked first with a clearer message; Jetty's is the backstop.
            config.http.maxRequestSize = limits.maxRequestBytes() + 1;
            config.http.prefer405over404 = true;
            config.jetty.modifyHttpConfiguration(http -> {
                http.setRequestHeaderSize(MAX_HEADER_BYTES);
                http.setIdleTimeout(IDLE_TIMEOUT_MILLIS);
                // "get /health" is understood as GET; encoded dots and slashes in a path are refused.
                http.setHttpCompliance(HttpCompliance.RFC9110.with("CASE_INSENSITIVE_METHOD",
                        HttpCompliance.Violation.CASE_INSENSITIVE_METHOD));
                http.setUriCompliance(UriCompliance.DEFAULT);
            });
            config.jetty.modifyServer(server -> {
                server.setErrorHandler(new JettyErrors(MAX_HEADER_BYTES));
                server.insertHandler(new RequestIntake(Set.of("/api/briefs", "/api/stories"), limits.maxRequestBytes(), limits.readTimeout(),
                        options.names(), () -> service.hasRoom() ? null : SummarizationQueue.busy()));
            });
            config.jetty.modifyServletContextHandler(context -> context.setErrorHandler(new JettyErrors(
                    MAX_HEADER_BYTES)));
            config.jetty.addConnector((server, http) -> {
                ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
                connector.setHost(options.host());
                connector.setPort(options.port());
                connector.setIdleTimeout(IDLE_TIMEOUT_MILLIS);
                connector.addEventListener(new HeaderDeadline(connector.getScheduler(), limits.readTimeout()));
                return connector;
            });
            get(config, allowed, "/health", this::health);
            get(config, allowed, "/api/methods", this::methods);
            config.routes.post("/api/briefs", this::briefs);
            allowed.put("/api/briefs", List.of("POST"));
            config.routes.post("/api/stories", this::stories);
            allowed.put("/api/stories", List.of("POST"));
            PAGE_FILES.forEach((path, file) -> get(config, allowed, path, ctx -> page(ctx, path, file[1])));
            config.routes.exception(ApiException.class, (e, ctx) -> error(ctx, e));
            config.routes.exception(HttpResponseException.class, (e, ctx) -> {
                if (e.getStatus() == 405 && allowed.containsKey(ctx.path())) {
                    ctx.header("Allow", String.join(", ", allowed.get(ctx.path())));
                }
                error(ctx, new JettyErrors(MAX_HEADER_BYTES).describe(e.getStatus()));
            });
            config.routes.exception(Exception.class, (e, ctx) -> error(ctx, new ApiException(500, null,
                    "internal error")));
        });
    }

    /** A GET route, answered to HEAD as well with the same headers and no body. */
    private static void get(io.javalin.config.JavalinConfig config, Map<String, List<String>> allowed, String path,
                            io.javalin.http.Handler handler) {
        config.routes.get(path, handler);
        config.routes.head(path, handler);
        allowed.put(path, List.of("GET", "HEAD"));
    }

    /** Starts a server; {@link #port()} tells the port when 0 was asked for. */
    public static BriefServer start(Options options) {
        return start(options, new BriefService(options.limits(), options.fetch()));
    }

    static BriefServer start(Options options, BriefService service) {
        BriefServer server = new BriefServer(options, service);
        try {
            server.app.start();
        } catch (RuntimeException e) {
            service.close();
            throw e;
        }
        return server;
    }

    public int port() {
        return app.port();
    }

    /** The page's address, e.g. {@code http://127.0.0.1:8080/}. */
    public String url() {
        String host = options.host().contains(":") ? "[" + options.host() + "]" : options.host();
        return "http://" + host + ":" + port() + "/";
    }

    @Override
    public void close() {
        app.stop();
        stories.close();
        service.close();
    }

    private void health(Context ctx) {
        json(ctx, 200, Map.of("status", "ok", "version", Newsum.version()));
    }

    private void methods(Context ctx) {
        String defaultName = Newsum.defaultMethod().name();
        List<Map<String, Object>> list = Newsum.methods().stream().map(m -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("name", m.name());
            entry.put("description", m.description());
            entry.put("default", m.name().equals(defaultName));
            return entry;
        }).toList();
        json(ctx, 200, list);
    }

    /** The formats a brief is served in: what a program reads, what a person reads. */
    private static final Set<Format> BRIEF_FORMATS = Set.of(Format.JSON, Format.MARKDOWN, Format.HTML);

    private void briefs(Context ctx) throws ApiException {
        String asked = ctx.queryParam("format");
        Format format = asked == null ? Format.JSON : Format.byName(asked).filter(BRIEF_FORMATS::contains)
                .orElseThrow(() -> ApiException.badRequest("format", "unknown format \"" + asked
                        + "\"; use json, markdown or html"));
        BriefRequest request = parser.parse(body(ctx));
        CompletableFuture<Brief> brief = service.brief(request);
        ctx.future(() -> brief.handle((b, failure) -> {
            if (failure != null) {
                Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                        ? failure.getCause() : failure;
                error(ctx, cause instanceof ApiException api ? api : new ApiException(500, null, "internal error"));
                return null;
            }
            // JSON is exactly what `newsum summarize --format json` prints; a brief as HTML gets its own policy.
            ctx.contentType(format.mediaType()).result(format.renderer().render(b, false));
            if (format == Format.HTML) {
                ctx.header("Content-Security-Policy", BRIEF_POLICY);
            }
            return null;
        }));
    }

    private void stories(Context ctx) throws ApiException {
        StoriesEndpoint.Request request = stories.parse(ctx::queryParam, body(ctx));
        CompletableFuture<String> answer = stories.answer(request);
        ctx.future(() -> answer.handle((json, failure) -> {
            if (failure != null) {
                Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                        ? failure.getCause() : failure;
                error(ctx, cause instanceof ApiException api ? api
                        : cause instanceof java.util.concurrent.TimeoutException
                        ? new ApiException(503, null, "the stories took longer than the time limit; send fewer "
                                + "articles", 5)
                        : new ApiException(500, null, "internal error"));
                return null;
            }
            ctx.status(200).contentType(JSON_TYPE).result(json);
            return null;
        }));
    }

    /** The request body, already read whole by {@link RequestIntake}. */
    private byte[] body(Context ctx) throws ApiException {
        byte[] bytes = ctx.bodyAsBytes();
        if (bytes.length == 0) {
            throw ApiException.badRequest(null, "the request has no body: send a JSON object with \"articles\"");
        }
        return bytes;
    }

    private void page(Context ctx, String path, String type) {
        byte[] bytes = files.get(path);
        ctx.contentType(type).header("Cache-Control", "no-cache");
        if (ctx.method() == io.javalin.http.HandlerType.HEAD) {
            // said outright for HEAD, which sends no body to measure; GET's may be compressed
            ctx.header("Content-Length", String.valueOf(bytes.length));
        }
        ctx.result(bytes);
    }

    private static void error(Context ctx, ApiException e) {
        if (e.retryAfterSeconds() > 0) {
            ctx.header("Retry-After", String.valueOf(e.retryAfterSeconds()));
        }
        ctx.status(e.status()).contentType(JSON_TYPE).result(e.json());
    }

    private static void json(Context ctx, int status, Object value) {
        try {
            ctx.status(status).contentType(JSON_TYPE).result(JSON.writeValueAsString(value) + "\n");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    private static byte[] resource(String name) {
        try (InputStream in = BriefServer.class.getResourceAsStream("/web/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource web/" + name + " in the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
