package org.newsum.app.serve;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static org.assertj.core.api.Assertions.assertThat;
import static org.newsum.app.serve.ServeFixtures.JSON;
import static org.newsum.app.serve.ServeFixtures.clusterRequest;
import static org.newsum.app.serve.ServeFixtures.host;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.newsum.model.AddressPolicy;
import org.newsum.model.FetchOptions;
import org.newsum.model.Notice;
import org.newsum.model.Reason;

/**
 * {@code openapi.json} says what the service really answers: every answer below, success and error, from a
 * real server, is checked against the document served at {@code /api/openapi.json}.
 */
class OpenApiContractTest {

    /** An invented page with a byline, furniture blocks around the story, and a share line in it. */
    private static final String PAGE = "<!doctype html><html><head><title>Lantern festival returns</title>"
            + "<meta name=\"author\" content=\"Mira Okafor\"></head><body>"
            + "<nav><ul><li><a href=\"/\">Home</a></li><li><a href=\"/news\">News</a></li><li><a href=\"/sport\">"
            + "Sport</a></li><li><a href=\"/weather\">Weather</a></li></ul></nav>"
            + "<article><h1>Lantern festival returns to the old harbour</h1>"
            + "<p>The lantern festival returned to the old harbour of Velmor on Saturday after a three-year pause, "
            + "drawing an estimated 12,000 visitors to the quayside.</p>"
            + "<p>Organisers said 400 paper lanterns were launched from the breakwater as the tide turned, a "
            + "tradition that local records trace back to the fishing guilds.</p>"
            + "<p>Share this article</p>"
            + "<p>\"We wanted the town to see the harbour full of light again,\" said festival director Ilse Marr, "
            + "who has led the event since it began.</p>"
            + "<p>The harbour authority closed the quay to traffic from noon, and extra ferries ran until "
            + "midnight.</p></article>"
            + "<footer><p>Copyright Velmor Courier. All rights reserved.</p><p>Contact us | Privacy | Terms</p>"
            + "</footer></body></html>";

    private final List<BriefServer> servers = new ArrayList<>();
    private final CountDownLatch release = new CountDownLatch(1);
    private OpenApiValidator validator;
    private final List<String> problems = new ArrayList<>();
    private final List<String> seen = new ArrayList<>();

    @AfterEach
    void stop() {
        release.countDown();
        servers.forEach(BriefServer::close);
    }

    private BriefServer start(BriefServer.Options options) {
        BriefServer s = BriefServer.start(options);
        servers.add(s);
        return s;
    }

    private void check(String path, String method, HttpResponse<String> r) throws Exception {
        String type = r.headers().firstValue("content-type").orElse(null);
        JsonNode json = type != null && type.startsWith("application/json") ? JSON.readTree(r.body()) : null;
        problems.addAll(validator.check(path, method, r.statusCode(), type, r.body(), json));
        seen.add(method + " " + path + " " + r.statusCode());
    }

    private void check(String path, String method, ServeFixtures.RawResponse r) throws Exception {
        String type = r.header("content-type");
        JsonNode json = type != null && type.startsWith("application/json") ? JSON.readTree(r.body()) : null;
        problems.addAll(validator.check(path, method, r.status(), type, r.body(), json));
        seen.add(method + " " + path + " " + r.status());
    }

    private static HttpResponse<String> send(BriefServer s, String method, String path, String type, String body)
            throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(s.url() + path.substring(1)))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (type != null) {
            b.header("Content-Type", type);
        }
        return ServeFixtures.client().send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void everyAnswerIsAsDocumented() throws Exception {
        BriefServer server = start(BriefServer.Options.loopback(0).withFetch(FetchOptions.DEFAULT
                .withPolicy(AddressPolicy.ANY)));
        validator = new OpenApiValidator(JSON.readTree(ServeFixtures.get(server, "/api/openapi.json").body()));
        String json = "application/json";

        check("/health", "GET", ServeFixtures.get(server, "/health"));
        check("/api/methods", "GET", ServeFixtures.get(server, "/api/methods"));
        check("/api/openapi.json", "GET", ServeFixtures.get(server, "/api/openapi.json"));
        check("/", "GET", ServeFixtures.get(server, "/"));

        // Stories, with briefs and with a bad line, and a stream with nothing to read.
        java.nio.file.Path stream = java.nio.file.Path.of("../examples/stream.jsonl");
        String lines = java.nio.file.Files.readString(java.nio.file.Files.exists(stream) ? stream
                : java.nio.file.Path.of("examples/stream.jsonl"));
        HttpResponse<String> stories = send(server, "POST", "/api/stories?brief=true", json, "{\"id\": 1\n" + lines);
        assertThat(stories.statusCode()).as(stories.body()).isEqualTo(200);
        check("/api/stories", "POST", stories);
        check("/api/stories", "POST", send(server, "POST", "/api/stories", json, "nothing"));

        // Briefs with every part: HTML with byline and furniture blocks, text with share lines, full insights.
        Map<String, Object> cluster = clusterRequest("cable-car", Map.of("words", 90));
        List<Object> articles = new ArrayList<>((List<?>) cluster.get("articles"));
        articles.add(Map.of("html", PAGE, "source", "Velmor Courier"));
        for (String level : List.of("full", "brief", "none")) {
            Map<String, Object> request = new java.util.LinkedHashMap<>(cluster);
            request.put("articles", articles);
            request.put("insights", level);
            HttpResponse<String> brief = send(server, "POST", "/api/briefs", json, JSON.writeValueAsString(request));
            assertThat(brief.statusCode()).as(brief.body()).isEqualTo(200);
            check("/api/briefs", "POST", brief);
            if (level.equals("full")) {
                JsonNode b = JSON.readTree(brief.body());
                assertThat(b.path("removed").findValuesAsText("scope")).contains("line", "block");
                assertThat(b.path("removed").findValuesAsText("code")).contains("R107"); // "Share this article"
                assertThat(b.path("articles").findValues("authors").toString()).contains("Mira Okafor");
                assertThat(b.path("insights").path("quotes").size()).isPositive();
            }
        }
        String small = JSON.writeValueAsString(Map.of("articles", List.of(Map.of("html", PAGE))));
        HttpResponse<String> single = send(server, "POST", "/api/briefs", json, small);
        check("/api/briefs", "POST", single);
        assertThat(JSON.readTree(single.body()).path("notices").findValuesAsText("code")).containsExactly("N201");
        check("/api/briefs", "POST", send(server, "POST", "/api/briefs?format=markdown", json, small));
        check("/api/briefs", "POST", send(server, "POST", "/api/briefs?format=html", json, small));

        // Errors.
        check("/api/briefs", "POST", send(server, "POST", "/api/briefs", json, "{\"articles\": ["));
        check("/api/briefs", "POST", send(server, "POST", "/api/briefs", "text/plain", small));
        check("/api/briefs", "POST", send(server, "POST", "/api/briefs", json, JSON.writeValueAsString(
                Map.of("articles", List.of(Map.of("text", "Share this article\n\nMost read"))))));
        check("/api/briefs", "GET", send(server, "GET", "/api/briefs", null, null));
        check("/health", "DELETE", send(server, "DELETE", "/health", null, null));
        check("/nothing-here", "GET", ServeFixtures.get(server, "/nothing-here"));
        int closed;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = s.getLocalPort();
        }
        check("/api/briefs", "POST", send(server, "POST", "/api/briefs", json, JSON.writeValueAsString(Map.of(
                "articles", List.of(Map.of("url", "http://127.0.0.1:" + closed + "/a"),
                        Map.of("url", "http://127.0.0.1:" + closed + "/b"))))));
        check("/api/briefs", "POST", ServeFixtures.raw(server, "POST /api/briefs HTTP/1.1\r\nHost: " + host(server)
                + "\r\nOrigin: http://attacker.example\r\nContent-Type: application/json\r\nContent-Length: 2\r\n"
                + "Connection: close\r\n\r\n{}"));
        check("/health", "GET", ServeFixtures.raw(server, "GET /health HTTP/1.1\r\nHost: attacker.example\r\nConnection: close\r\n\r\n"));
        check("/health", "GET", ServeFixtures.raw(server, "GET /health HTTP/1.1\r\nHost: " + host(server)
                + "\r\nX-Padding: " + "p".repeat(10_000) + "\r\n\r\n"));

        // Limits, on servers made for them.
        BriefServer small413 = start(BriefServer.Options.loopback(0).withLimits(new ServiceLimits(1_000, 50, 20_000, 1,
                4, Duration.ofSeconds(30)).withReadTimeout(Duration.ofMillis(300))));
        check("/api/briefs", "POST", send(small413, "POST", "/api/briefs", json, JSON.writeValueAsString(Map.of(
                "articles", List.of(Map.of("text", "word ".repeat(400)))))));
        try (Socket slow = new Socket(InetAddress.getLoopbackAddress(), small413.port())) {
            slow.getOutputStream().write(("POST /api/briefs HTTP/1.1\r\nHost: " + host(small413) + "\r\nContent-Type: "
                    + "application/json\r\nContent-Length: 500\r\n\r\n{").getBytes(ISO_8859_1));
            check("/api/briefs", "POST", ServeFixtures.parse(new String(slow.getInputStream().readAllBytes(),
                    ISO_8859_1)));
        }
        CountDownLatch started = new CountDownLatch(1);
        ServiceLimits one = new ServiceLimits(1 << 20, 50, 20_000, 1, 0, Duration.ofMillis(500));
        BriefServer.Options busyOptions = BriefServer.Options.loopback(0).withLimits(one);
        BriefServer busy = BriefServer.start(busyOptions, new BriefService(one, busyOptions.fetch(),
                ServeFixtures.waitingSummarizer(started, release)));
        servers.add(busy);
        CompletableFuture<HttpResponse<String>> first = ServeFixtures.client().sendAsync(
                ServeFixtures.postRequest(busy, "/api/briefs", small), HttpResponse.BodyHandlers.ofString());
        started.await();
        check("/api/briefs", "POST", send(busy, "POST", "/api/briefs", json, small));
        check("/api/briefs", "POST", first.get());

        assertThat(seen).contains("POST /api/briefs 200", "POST /api/briefs 400", "POST /api/briefs 403",
                "POST /api/briefs 408", "POST /api/briefs 413", "POST /api/briefs 415", "POST /api/briefs 422",
                "POST /api/briefs 502", "POST /api/briefs 503", "POST /api/briefs 504", "GET /api/briefs 405",
                "DELETE /health 405", "GET /nothing-here 404", "GET /health 421", "GET /health 431");
        assertThat(problems).isEmpty();
    }

    @Test
    void theDocumentListsExactlyTheCataloguesCodes() throws Exception {
        JsonNode doc = JSON.readTree(OpenApiContractTest.class.getResourceAsStream("/web/openapi.json"));
        List<String> reasons = new ArrayList<>();
        List<String> notices = new ArrayList<>();
        doc.findParents("removed").forEach(p -> p.path("removed").path("items").path("properties").path("code")
                .path("enum").forEach(c -> reasons.add(c.asText())));
        doc.findParents("notices").forEach(p -> p.path("notices").path("items").path("properties").path("code")
                .path("enum").forEach(c -> notices.add(c.asText())));
        assertThat(reasons).containsExactlyElementsOf(Stream.of(Reason.values()).map(Reason::code).toList());
        assertThat(notices).containsExactlyElementsOf(Stream.of(Notice.Kind.values()).map(Notice.Kind::code).toList());
        List<String> unattributed = new ArrayList<>();
        doc.findParents("quotes").forEach(p -> p.path("quotes").path("items").path("properties").path("reason")
                .path("properties").path("code").path("enum").forEach(c -> unattributed.add(c.asText())));
        assertThat(unattributed).containsExactlyElementsOf(
                Stream.of(org.newsum.model.Unattributed.values()).map(org.newsum.model.Unattributed::code).toList());
    }

    @Test
    void theValidatorFindsWhatTheDocumentDoesNotSay() throws Exception {
        BriefServer server = start(BriefServer.Options.loopback(0));
        validator = new OpenApiValidator(JSON.readTree(ServeFixtures.get(server, "/api/openapi.json").body()));

        assertThat(validator.check("/health", "GET", 200, "application/json", "",
                JSON.readTree("{\"status\": \"ok\", \"version\": \"1\", \"uptime\": 5}"))).singleElement()
                .asString().contains("$.uptime: not documented");
        assertThat(validator.check("/health", "GET", 200, "application/json", "",
                JSON.readTree("{\"status\": \"fine\", \"version\": 1}"))).hasSize(2);
        assertThat(validator.check("/api/briefs", "POST", 200, "text/plain", "x", null)).singleElement()
                .asString().contains("content type text/plain not documented");
        assertThat(validator.check("/nothing-here", "GET", 200, "application/json", "", JSON.readTree("{}")))
                .singleElement().asString().contains("status not documented");
    }
}
