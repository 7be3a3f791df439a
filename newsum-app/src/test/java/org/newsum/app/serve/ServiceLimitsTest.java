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
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.newsum.Newsum;
import org.newsum.model.AddressPolicy;
import org.newsum.model.Brief;
import org.newsum.model.Cancellation;
import org.newsum.model.Source;
import org.newsum.model.FetchOptions;

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
    private final CountDownLatch together = new CountDownLatch(3);
    private final CountDownLatch pair = new CountDownLatch(2);
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger maxInFlight = new AtomicInteger();

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
        server = BriefServer.start(options, new BriefService(limits, options.fetch(), summarizer));
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
        return ServeFixtures.waitingSummarizer(started, release);
    }

    /** As {@link #blocking}, but deaf to interrupts: a summary between two of the pipeline's checks. */
    private BiFunction<Source, Newsum.Options, Brief> uninterruptible(CountDownLatch started) {
        return (source, options) -> {
            started.countDown();
            boolean interrupted = false;
            while (release.getCount() > 0) {
                try {
                    release.await();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
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
        start(limits(1 << 20, 50, 20_000, 1, 4, Duration.ofMillis(500)), uninterruptible(started));
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
    void aSummaryPastTheTimeLimitGivesItsWorkerBack() throws Exception {
        CountDownLatch stopped = new CountDownLatch(1);
        AtomicInteger calls = new AtomicInteger();
        // Made before the clock runs: the second request's summary must not race the short time limit.
        Brief ready = new Newsum().summarize(new Source("ready", List.of(org.newsum.model.Article.ofText("1", "a.txt",
                TEXT)), List.of(), List.of()), Newsum.Options.DEFAULT);
        // One worker, no queue. The first summary would run for ever, checking for a stop as the pipeline does.
        start(limits(1 << 20, 50, 20_000, 1, 0, Duration.ofMillis(300)), (source, options) -> {
            if (calls.incrementAndGet() > 1) {
                return ready;
            }
            try {
                while (true) {
                    Cancellation.check();
                    Thread.onSpinWait();
                }
            } finally {
                stopped.countDown();
            }
        });

        assertError(post(server, "/api/briefs", ONE_ARTICLE), 504, null);
        assertThat(stopped.await(20, TimeUnit.SECONDS)).as("the overrunning summary was stopped").isTrue();

        HttpResponse<String> next = post(server, "/api/briefs", ONE_ARTICLE);
        assertThat(next.statusCode()).as(next.body()).isEqualTo(200);
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
        site.createContext("/together", ex -> {
            // answers only once all three links of a request are being fetched at the same time
            together.countDown();
            try {
                together.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            respond(ex, 200, "text/html; charset=utf-8", "<article><p>" + TEXT.replace("\n\n", "</p><p>")
                    + "</p></article>");
        });
        site.createContext("/counted", ex -> {
            int now = inFlight.incrementAndGet();
            maxInFlight.accumulateAndGet(now, Math::max);
            try {
                pair.countDown();
                pair.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            inFlight.decrementAndGet();
            respond(ex, 200, "text/html; charset=utf-8", "<article><p>" + TEXT.replace("\n\n", "</p><p>")
                    + "</p></article>");
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

    /** A server whose fetches may take 15 s: time enough on a loaded machine for every fetch meant to succeed. */
    private BriefServer startFetching(AddressPolicy policy) {
        return startFetching(policy, Duration.ofSeconds(15));
    }

    private BriefServer startFetching(AddressPolicy policy, Duration fetchTimeout) {
        BriefServer.Options options = BriefServer.Options.loopback(0).withFetch(FetchOptions.DEFAULT
                .withPolicy(policy).withTimeout(fetchTimeout).withMaxBytes(1_000));
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
        // The page's text was read and kept: the summary may draw on either article.
        assertThat(article.path("words").asInt()).isGreaterThan(100);
        assertThat(JSON.readTree(response.body()).path("removed").findValuesAsText("scope")).doesNotContain("article");
    }

    private BriefServer startFetching(ServiceLimits limits, Duration fetchTimeout) {
        BriefServer.Options options = BriefServer.Options.loopback(0).withLimits(limits).withFetch(
                FetchOptions.DEFAULT.withPolicy(AddressPolicy.ANY).withTimeout(fetchTimeout));
        server = BriefServer.start(options);
        return server;
    }

    @Test
    void theLinksOfARequestAreFetchedAtTheSameTime() throws Exception {
        String base = startSite();
        startFetching(ServiceLimits.DEFAULT, Duration.ofSeconds(15));

        HttpResponse<String> response = post(server, "/api/briefs", Map.of("articles", List.of(
                Map.of("url", base + "/together?a"), Map.of("url", base + "/together?b"),
                Map.of("url", base + "/together?c"))));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    @Test
    void fetchesInFlightAreBounded() throws Exception {
        String base = startSite();
        startFetching(ServiceLimits.DEFAULT.withMaxFetches(2), Duration.ofSeconds(15));

        HttpResponse<String> response = post(server, "/api/briefs", Map.of("articles", List.of(
                Map.of("url", base + "/counted?a"), Map.of("url", base + "/counted?b"),
                Map.of("url", base + "/counted?c"), Map.of("url", base + "/counted?d"))));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(maxInFlight).hasValue(2);
    }

    @Test
    void stallingLinksEndAtTheRequestsDeadlineAndEachIsNamed() throws Exception {
        String base = startSite();
        // Each fetch alone would wait 15 s; the request has one second for all of them.
        startFetching(limits(1 << 20, 50, 20_000, 1, 4, Duration.ofSeconds(1)), Duration.ofSeconds(15));

        JsonNode error = assertError(post(server, "/api/briefs", Map.of("articles", List.of(
                Map.of("text", TEXT), Map.of("url", base + "/stall?1"), Map.of("url", base + "/stall?2"),
                Map.of("url", base + "/stall?3")))), 504, "articles[1].url");

        assertThat(error.path("error").asText()).startsWith("3 of 3 links could not be read");
        assertThat(error.path("errors").findValuesAsText("field")).containsExactly("articles[1].url",
                "articles[2].url", "articles[3].url");
        assertThat(error.path("errors").get(2).path("error").asText()).contains(base + "/stall?3");
    }

    @Test
    void aLinkThatStallsPastItsFetchTimeIs504() throws Exception {
        String base = startSite();
        // The site never answers before the test ends, so however short the fetch time, it runs out.
        startFetching(AddressPolicy.ANY, Duration.ofMillis(300));

        assertError(post(server, "/api/briefs", Map.of("articles", List.of(Map.of("text", TEXT),
                Map.of("url", base + "/stall")))), 504, "articles[1].url");
    }

    @Test
    void urlFailuresHaveTheirOwnStatus() throws Exception {
        String base = startSite();
        startFetching(AddressPolicy.ANY);

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
