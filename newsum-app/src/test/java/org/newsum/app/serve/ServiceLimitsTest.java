package org.newsum.app.serve;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.newsum.app.serve.ServeFixtures.JSON;
import static org.newsum.app.serve.ServeFixtures.post;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BiFunction;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.newsum.Newsum;
import org.newsum.ingest.AddressPolicy;
import org.newsum.ingest.UrlFetcher;
import org.newsum.model.Brief;
import org.newsum.model.Source;

/**
 * The service's limits and upstream failures, each on a server made for it: 413 for size, 503 with Retry-After
 * when busy, 504 past a time limit, 502/422/413/504 for URLs, 500 without a stack trace. Slow summaries are
 * stand-ins that wait on a latch, so nothing here depends on how fast the machine is.
 */
class ServiceLimitsTest {

    private static final String TEXT = ServeFixtures.article(ServeFixtures.FILES.get(0));
    private static final Map<String, Object> ONE_ARTICLE = Map.of("articles", List.of(Map.of("text", TEXT)));

    private BriefServer server;
    private HttpServer site;
    private ExecutorService siteThreads;
    private final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void stop() {
        release.countDown();
        if (server != null) {
            server.close();
        }
        if (site != null) {
            site.stop(0);
            siteThreads.shutdownNow();
        }
    }

    private BriefServer start(ServiceLimits limits) {
        server = BriefServer.start(BriefServer.Options.loopback(0).withLimits(limits));
        return server;
    }

    private BriefServer start(ServiceLimits limits, BiFunction<Source, Newsum.Options, Brief> summarizer) {
        BriefServer.Options options = BriefServer.Options.loopback(0).withLimits(limits);
        server = BriefServer.start(options, new BriefService(limits, new UrlFetcher(options.fetch()), summarizer));
        return server;
    }

    private static ServiceLimits limits(long requestBytes, int articles, int words, int concurrent, int queued,
                                        Duration timeout) {
        return new ServiceLimits(requestBytes, articles, words, concurrent, queued, timeout);
    }

    private static JsonNode assertError(HttpResponse<String> response, int status, String field) throws IOException {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.path("error").asText()).isNotBlank();
        assertThat(body.get("field").isNull() ? null : body.get("field").asText()).isEqualTo(field);
        assertThat(response.body()).doesNotContain("Exception", "\tat ");
        return body;
    }

    /** A summarizer that signals when it starts and then waits until the test ends. */
    private BiFunction<Source, Newsum.Options, Brief> blocking(CountDownLatch started) {
        return (source, options) -> {
            started.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new Newsum().summarize(source, options);
        };
    }

    @Test
    void aRequestOverTheSizeLimitIs413() throws Exception {
        start(limits(4_096, 50, 20_000, 1, 4, Duration.ofSeconds(30)));

        JsonNode error = assertError(post(server, "/api/briefs", Map.of("articles",
                List.of(Map.of("text", "word ".repeat(2_000))))), 413, null);
        assertThat(error.path("error").asText()).contains("limit of 4 KB");
    }

    @Test
    void tooManyArticlesOrWordsIs413() throws Exception {
        start(limits(1 << 20, 2, 50, 1, 4, Duration.ofSeconds(30)));

        assertError(post(server, "/api/briefs", Map.of("articles", List.of(Map.of("text", "a"), Map.of("text", "b"),
                Map.of("text", "c")))), 413, "articles");
        assertError(post(server, "/api/briefs", ONE_ARTICLE), 413, "articles[0].text");
        // Tags do not count as words.
        String html = "<html><body><div class=\"x y z\"><p>" + "word ".repeat(40) + "</p></div></body></html>";
        assertThat(BriefRequestParser.words(html, true)).isEqualTo(40);
        assertError(post(server, "/api/briefs", Map.of("articles", List.of(Map.of("html",
                "<p>" + "word ".repeat(60) + "</p>")))), 413, "articles[0].html");
    }

    @Test
    void aFullQueueIs503WithRetryAfter() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        start(limits(1 << 20, 50, 20_000, 1, 0, Duration.ofSeconds(60)), blocking(started));
        CompletableFuture<HttpResponse<String>> first = ServeFixtures.client().sendAsync(
                ServeFixtures.postRequest(server, "/api/briefs", JSON.writeValueAsString(ONE_ARTICLE)),
                HttpResponse.BodyHandlers.ofString());
        started.await();

        HttpResponse<String> second = post(server, "/api/briefs", ONE_ARTICLE);

        assertError(second, 503, null);
        assertThat(second.headers().firstValue("retry-after")).hasValue("2");
        release.countDown();
        assertThat(first.get().statusCode()).isEqualTo(200);
    }

    @Test
    void waitingInTheQueuePastTheTimeLimitIs503() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        start(limits(1 << 20, 50, 20_000, 1, 4, Duration.ofMillis(500)), blocking(started));
        CompletableFuture<HttpResponse<String>> first = ServeFixtures.client().sendAsync(
                ServeFixtures.postRequest(server, "/api/briefs", JSON.writeValueAsString(ONE_ARTICLE)),
                HttpResponse.BodyHandlers.ofString());
        started.await();

        HttpResponse<String> queued = post(server, "/api/briefs", ONE_ARTICLE);

        assertThat(assertError(queued, 503, null).path("error").asText()).contains("waited");
        assertThat(queued.headers().firstValue("retry-after")).isPresent();
        assertThat(assertError(first.get(), 504, null).path("error").asText()).contains("time limit");
    }

    @Test
    void aSummaryPastTheTimeLimitIs504() throws Exception {
        start(limits(1 << 20, 50, 20_000, 1, 4, Duration.ofMillis(300)), blocking(new CountDownLatch(1)));

        assertThat(assertError(post(server, "/api/briefs", ONE_ARTICLE), 504, null).path("error").asText())
                .contains("took longer than the time limit");
    }

    @Test
    void anInternalFailureIs500WithoutAStackTrace() throws Exception {
        start(ServiceLimits.DEFAULT, (source, options) -> {
            throw new IllegalStateException("secret internals");
        });

        HttpResponse<String> response = post(server, "/api/briefs", ONE_ARTICLE);

        assertThat(assertError(response, 500, null).path("error").asText()).isEqualTo("internal error");
        assertThat(response.body()).doesNotContain("secret", "IllegalState");
    }

    // --- URLs, against a local site of the test's own -------------------------------------------------------

    private String startSite() throws IOException {
        siteThreads = Executors.newCachedThreadPool();
        site = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        site.createContext("/story", ex -> respond(ex, 200, "text/html; charset=utf-8",
                "<html><head><title>Night rescue</title></head><body><article><p>"
                        + TEXT.replace("\n\n", "</p><p>") + "</p></article></body></html>"));
        site.createContext("/stall", ex -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            respond(ex, 200, "text/html", "<p>late</p>");
        });
        site.createContext("/gone", ex -> respond(ex, 404, "text/html", "<p>gone</p>"));
        site.createContext("/image", ex -> respond(ex, 200, "image/jpeg", "JFIF"));
        site.createContext("/huge", ex -> respond(ex, 200, "text/html", "<p>" + "word ".repeat(400) + "</p>"));
        site.createContext("/to-service", ex -> {
            ex.getResponseHeaders().set("Location", server.url() + "health");
            ex.sendResponseHeaders(302, -1);
            ex.close();
        });
        site.setExecutor(siteThreads);
        site.start();
        return "http://127.0.0.1:" + site.getAddress().getPort();
    }

    private static void respond(HttpExchange ex, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(UTF_8);
        ex.getResponseHeaders().set("Content-Type", type);
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    private BriefServer startFetching(AddressPolicy policy) {
        BriefServer.Options options = BriefServer.Options.loopback(0).withFetch(UrlFetcher.Options.DEFAULT
                .withPolicy(policy).withTimeout(Duration.ofMillis(500)).withMaxBytes(1_000));
        server = BriefServer.start(options);
        return server;
    }

    @Test
    void aFetchedUrlIsCleanedAndSummarizedLikeAFile() throws Exception {
        String base = startSite();
        startFetching(AddressPolicy.ANY);

        HttpResponse<String> response = post(server, "/api/briefs", Map.of("articles", List.of(
                Map.of("url", base + "/story"), Map.of("text", ServeFixtures.article(ServeFixtures.FILES.get(1))))));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode article = JSON.readTree(response.body()).path("articles").get(0);
        assertThat(article.path("source").asText()).isEqualTo(base + "/story");
        assertThat(article.path("url").asText()).isEqualTo(base + "/story");
        assertThat(article.path("title").asText()).isEqualTo("Night rescue");
        assertThat(response.body()).contains("Rescue teams brought 40 passengers");
    }

    @Test
    void urlFailuresHaveTheirOwnStatus() throws Exception {
        String base = startSite();
        startFetching(AddressPolicy.ANY);

        assertError(post(server, "/api/briefs", Map.of("articles", List.of(Map.of("text", TEXT),
                Map.of("url", base + "/stall")))), 504, "articles[1].url");
        assertError(post(server, "/api/briefs", Map.of("articles", List.of(Map.of("url", base + "/gone")))), 502,
                "articles[0].url");
        assertError(post(server, "/api/briefs", Map.of("articles", List.of(Map.of("url", base + "/image")))), 422,
                "articles[0].url");
        assertError(post(server, "/api/briefs", Map.of("articles", List.of(Map.of("url", base + "/huge")))), 413,
                "articles[0].url");
    }

    @Test
    void aRedirectToThisMachineIsRefusedWithTheGuardOn() throws Exception {
        String base = startSite();
        // The guard is on; only the test site's own address and port are let through, as a public site would be.
        startFetching(AddressPolicy.PUBLIC_ONLY.alsoAllowing(java.util.Set.of(
                new InetSocketAddress(InetAddress.getLoopbackAddress(), site.getAddress().getPort()))));

        JsonNode error = assertError(post(server, "/api/briefs", Map.of("articles", List.of(
                Map.of("url", base + "/to-service")))), 400, "articles[0].url");
        assertThat(error.path("error").asText()).contains("private address", "redirected to " + server.url());
    }
}
