package org.newsum.app.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;

import org.newsum.Newsum;
import org.newsum.ingest.UrlFetcher;
import org.newsum.model.Brief;
import org.newsum.render.Format;
import org.newsum.render.Renderer;
import org.newsum.select.Methods;

/**
 * The HTTP service of {@code newsum serve}: the JSON API under {@code /api}, {@code /health}, and the web page
 * with its script and style, all served from the jar. Every error is {@code {"error", "field"}} JSON with its
 * status, never a stack trace.
 */
public final class BriefServer implements AutoCloseable {

    /**
     * Where and how to serve.
     *
     * @param host    the address to bind, e.g. {@code 127.0.0.1}
     * @param port    the port, 0 for any free one
     * @param limits  the service's limits
     * @param fetch   how URL articles are fetched (the address policy among them)
     */
    public record Options(String host, int port, ServiceLimits limits, UrlFetcher.Options fetch) {

        public static Options loopback(int port) {
            return new Options("127.0.0.1", port, ServiceLimits.DEFAULT, UrlFetcher.Options.DEFAULT);
        }

        public Options withLimits(ServiceLimits l) {
            return new Options(host, port, l, fetch);
        }

        public Options withFetch(UrlFetcher.Options f) {
            return new Options(host, port, limits, f);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String JSON_TYPE = "application/json; charset=utf-8";
    /** The page's files, by URL path: resource name and content type. */
    private static final Map<String, String[]> PAGE_FILES = Map.of(
            "/", new String[] {"index.html", "text/html; charset=utf-8"},
            "/app.js", new String[] {"app.js", "text/javascript; charset=utf-8"},
            "/app.css", new String[] {"app.css", "text/css; charset=utf-8"},
            "/api/openapi.json", new String[] {"openapi.json", JSON_TYPE});

    private final Options options;
    private final BriefRequestParser parser;
    private final BriefService service;
    private final Renderer html = Format.HTML.renderer();
    private final Map<String, byte[]> files = new LinkedHashMap<>();
    private final Javalin app;

    private BriefServer(Options options, BriefService service) {
        this.options = options;
        this.parser = new BriefRequestParser(options.limits());
        this.service = service;
        PAGE_FILES.forEach((path, file) -> files.put(path, resource(file[0])));
        this.app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.jetty.host = options.host();
            config.jetty.port = options.port();
            // Our own limit is checked first with a clearer message; Jetty's is the backstop.
            config.http.maxRequestSize = options.limits().maxRequestBytes() + 1;
            config.http.prefer405over404 = true;
            config.routes.get("/health", this::health);
            config.routes.get("/api/methods", this::methods);
            config.routes.post("/api/briefs", this::briefs);
            PAGE_FILES.forEach((path, file) -> config.routes.get(path, ctx -> page(ctx, path, file[1])));
            config.routes.exception(ApiException.class, (e, ctx) -> error(ctx, e.status(), e.field(), e.getMessage(),
                    e.retryAfterSeconds()));
            config.routes.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), null,
                    e.getMessage() == null || e.getMessage().isBlank() ? "HTTP " + e.getStatus()
                            : e.getMessage().toLowerCase(Locale.ROOT), 0));
            config.routes.exception(Exception.class, (e, ctx) -> error(ctx, 500, null, "internal error", 0));
        });
    }

    /** Starts a server; {@link #port()} tells the port when 0 was asked for. */
    public static BriefServer start(Options options) {
        return start(options, new BriefService(options.limits(), new UrlFetcher(options.fetch())));
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
        service.close();
    }

    private void health(Context ctx) {
        json(ctx, 200, Map.of("status", "ok", "version", Newsum.version()));
    }

    private void methods(Context ctx) {
        String defaultName = Methods.defaultMethod().name();
        List<Map<String, Object>> list = Methods.all().stream().map(m -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("name", m.name());
            entry.put("description", m.description());
            entry.put("default", m.name().equals(defaultName));
            return entry;
        }).toList();
        json(ctx, 200, list);
    }

    private void briefs(Context ctx) throws ApiException {
        String format = ctx.queryParam("format") == null ? "json" : ctx.queryParam("format").toLowerCase(Locale.ROOT);
        if (!List.of("json", "markdown", "html").contains(format)) {
            throw ApiException.badRequest("format", "unknown format \"" + ctx.queryParam("format")
                    + "\"; use json, markdown or html");
        }
        BriefRequest request = parser.parse(body(ctx));
        Brief brief = service.brief(request);
        switch (format) {
            case "markdown" -> ctx.contentType("text/markdown; charset=utf-8")
                    .result(Format.MARKDOWN.renderer().render(brief, false));
            case "html" -> ctx.contentType("text/html; charset=utf-8").result(html.render(brief, false));
            // Exactly what `newsum summarize --format json` prints.
            default -> ctx.contentType(JSON_TYPE).result(Format.JSON.renderer().render(brief, false));
        }
    }

    /** The request body, refused with 413 as soon as it is known to be over the limit. */
    private byte[] body(Context ctx) throws ApiException {
        long max = options.limits().maxRequestBytes();
        long declared = ctx.req().getContentLengthLong();
        if (declared > max) {
            throw tooLarge(declared);
        }
        try (InputStream in = ctx.req().getInputStream()) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
            if (bytes.length > max) {
                throw tooLarge(-1);
            }
            if (bytes.length == 0) {
                throw ApiException.badRequest(null, "the request has no body: send a JSON object with \"articles\"");
            }
            return bytes;
        } catch (IOException e) {
            throw ApiException.badRequest(null, "cannot read the request body (" + e.getMessage() + ")");
        }
    }

    private ApiException tooLarge(long declared) {
        return ApiException.tooLarge(null, "the request is larger than the limit of "
                + options.limits().maxRequestBytes() / 1024 + " KB" + (declared > 0 ? " (" + declared / 1024
                + " KB)" : ""));
    }

    private void page(Context ctx, String path, String type) {
        ctx.contentType(type).header("Cache-Control", "no-cache").result(files.get(path));
    }

    private static void error(Context ctx, int status, String field, String message, int retryAfterSeconds) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", message);
        body.put("field", field);
        if (retryAfterSeconds > 0) {
            ctx.header("Retry-After", String.valueOf(retryAfterSeconds));
        }
        json(ctx, status, body);
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
