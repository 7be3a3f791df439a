package org.newsum.app.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsum.app.serve.ServeFixtures.JSON;
import static org.newsum.app.serve.ServeFixtures.host;
import static org.newsum.app.serve.ServeFixtures.raw;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * HTTP at its edges, on raw connections: Jetty's own errors as the documented JSON, methods in any case, HEAD,
 * 405 with Allow, bodies of the wrong type or encoding, and the cross-site and DNS-rebinding checks.
 */
class HttpEdgesTest {

    private static final String SMALL_BRIEF = "{\"articles\": [{\"text\": \"The ferry to Holm Island resumed "
            + "sailings on Monday after a week of storms. The operator said every crossing was full.\"}]}";

    private static BriefServer server;

    @BeforeAll
    static void start() {
        server = BriefServer.start(BriefServer.Options.loopback(0));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** Asserts the documented error form: JSON with "error" and "field", nothing of Java or Jetty in it. */
    private static JsonNode assertJsonError(ServeFixtures.RawResponse r, int status) throws IOException {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        assertThat(r.header("content-type")).startsWith("application/json");
        JsonNode body = JSON.readTree(r.body());
        assertThat(body.path("error").asText()).isNotBlank();
        assertThat(body.has("field")).isTrue();
        assertThat(r.body()).doesNotContain("<html", "Exception", "java.", "jetty", "Jetty", "jackson", "Jackson");
        return body;
    }

    private static String post(String path, String headers, String body) {
        return "POST " + path + " HTTP/1.1\r\nHost: " + host(server) + "\r\n" + headers
                + "Content-Length: " + body.getBytes(StandardCharsets.UTF_8).length + "\r\nConnection: close\r\n\r\n"
                + body;
    }

    @Test
    void jettysOwnErrorsAreTheDocumentedJson() throws Exception {
        String host = "Host: " + host(server) + "\r\n";
        assertJsonError(raw(server, "GET /health HTTP/1.1\r\n" + host + "X-Padding: " + "p".repeat(10_000)
                + "\r\n\r\n"), 431);
        assertJsonError(raw(server, "GET /" + "u".repeat(10_000) + " HTTP/1.1\r\n" + host + "\r\n"), 414);
        assertJsonError(raw(server, "POST /api/briefs HTTP/1.1\r\n" + host + "Content-Type: application/json\r\n"
                + "Content-Length: twelve\r\n\r\n{}"), 400);
        assertJsonError(raw(server, "POST /api/briefs HTTP/1.1\r\n" + host + "Content-Type: application/json\r\n"
                + "Content-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n"), 400);
        assertJsonError(raw(server, "GET /%2e%2e/health HTTP/1.1\r\n" + host + "Connection: close\r\n\r\n"), 400);
        assertJsonError(raw(server, "GET /health HTTP/1.7\r\n" + host + "\r\n"), 505);
    }

    @Test
    void malformedJsonIsDescribedWithoutTheParsersNames() throws Exception {
        for (String bad : List.of("{\"articles\": [", "{\"articles\": [}", "{'articles': 1}", "{\"a\": 1} trailing",
                "\"\\ud800\"", "{\"articles\": [{\"text\": \"x\u0001\"}]}", "nul")) {
            JsonNode error = assertJsonError(raw(server, post("/api/briefs", "Content-Type: application/json\r\n",
                    bad)), 400);
            assertThat(error.path("error").asText()).as(bad).doesNotContain("Source:", "REDACTED", "Feature", "`",
                    "[truncated", "token 'null'");
        }
    }

    @Test
    void methodNamesAreReadInAnyCase() throws Exception {
        ServeFixtures.RawResponse r = raw(server, "get /health HTTP/1.1\r\nHost: " + host(server)
                + "\r\nConnection: close\r\n\r\n");

        assertThat(r.status()).isEqualTo(200);
        assertThat(JSON.readTree(r.body()).path("status").asText()).isEqualTo("ok");
    }

    @Test
    void headAnswersAsGetWouldWithoutTheBody() throws Exception {
        for (String path : List.of("/health", "/api/methods", "/", "/app.js")) {
            HttpResponse<String> get = ServeFixtures.get(server, path);
            ServeFixtures.RawResponse head = raw(server, "HEAD " + path + " HTTP/1.1\r\nHost: " + host(server)
                    + "\r\nConnection: close\r\n\r\n");

            assertThat(head.status()).as(path).isEqualTo(200);
            assertThat(head.header("content-type")).as(path).isEqualTo(get.headers().firstValue("content-type")
                    .orElseThrow());
            assertThat(head.header("content-length")).as(path).isEqualTo(String.valueOf(
                    get.body().getBytes(StandardCharsets.UTF_8).length));
            assertThat(head.body()).as(path).isEmpty();
        }
    }

    @Test
    void thePageIsServedToABrowserThatAcceptsGzip() throws Exception {
        for (String path : List.of("/", "/app.js", "/app.css", "/health")) {
            ServeFixtures.RawResponse r = raw(server, "GET " + path + " HTTP/1.1\r\nHost: " + host(server)
                    + "\r\nAccept-Encoding: gzip, deflate, br\r\nConnection: close\r\n\r\n");
            assertThat(r.status()).as(path).isEqualTo(200);
        }
    }

    @Test
    void aWrongMethodIs405WithAllow() throws Exception {
        ServeFixtures.RawResponse delete = raw(server, "DELETE /health HTTP/1.1\r\nHost: " + host(server)
                + "\r\nConnection: close\r\n\r\n");
        assertJsonError(delete, 405);
        assertThat(delete.header("allow")).isEqualTo("GET, HEAD");

        ServeFixtures.RawResponse get = raw(server, "GET /api/briefs HTTP/1.1\r\nHost: " + host(server)
                + "\r\nConnection: close\r\n\r\n");
        assertJsonError(get, 405);
        assertThat(get.header("allow")).isEqualTo("POST");
    }

    @Test
    void aBodyOfAnotherTypeOrCompressedIs415() throws Exception {
        assertJsonError(raw(server, post("/api/briefs", "Content-Type: text/plain\r\n", SMALL_BRIEF)), 415);
        assertJsonError(raw(server, post("/api/briefs", "", SMALL_BRIEF)), 415);
        assertJsonError(raw(server, post("/api/briefs", "Content-Type: application/x-www-form-urlencoded\r\n",
                "articles=1")), 415);
        assertJsonError(raw(server, post("/api/briefs", "Content-Type: application/json; charset=iso-8859-1\r\n",
                SMALL_BRIEF)), 415);
        ServeFixtures.RawResponse gzip = raw(server, post("/api/briefs", "Content-Type: application/json\r\n"
                + "Content-Encoding: gzip\r\n", "\u001f\u008b\u0008 not really gzip"));
        assertThat(assertJsonError(gzip, 415).path("error").asText()).contains("gzip");
    }

    @Test
    void aRequestFromAnotherSitesPageIsRefused() throws Exception {
        String json = "Content-Type: application/json\r\n";
        assertJsonError(raw(server, post("/api/briefs", json + "Origin: http://attacker.example\r\n", SMALL_BRIEF)),
                403);
        assertJsonError(raw(server, post("/api/briefs", json + "Origin: null\r\n", SMALL_BRIEF)), 403);
        assertJsonError(raw(server, post("/api/briefs", json + "Sec-Fetch-Site: cross-site\r\n", SMALL_BRIEF)), 403);

        ServeFixtures.RawResponse own = raw(server, post("/api/briefs", json + "Origin: http://" + host(server)
                + "\r\nSec-Fetch-Site: same-origin\r\n", SMALL_BRIEF));
        assertThat(own.status()).as(own.body()).isEqualTo(200);
    }

    @Test
    void aRequestForAnotherHostIsRefused() throws Exception {
        for (String other : List.of("attacker.example", "attacker.example:" + server.port(), "127.0.0.1:1",
                "localhost.attacker.example:" + server.port())) {
            assertJsonError(raw(server, "GET /health HTTP/1.1\r\nHost: " + other + "\r\nConnection: close\r\n\r\n"),
                    421);
        }
        for (String own : List.of(host(server), "localhost:" + server.port(), "LOCALHOST:" + server.port())) {
            assertThat(raw(server, "GET /health HTTP/1.1\r\nHost: " + own + "\r\nConnection: close\r\n\r\n").status())
                    .as(own).isEqualTo(200);
        }
    }

    @Test
    void thePageComesWithItsSecurityHeaders() throws Exception {
        HttpResponse<String> page = ServeFixtures.get(server, "/");

        assertThat(page.headers().firstValue("content-security-policy").orElse(""))
                .contains("default-src 'none'", "script-src 'self'", "frame-ancestors 'none'")
                .doesNotContain("unsafe-inline", "unsafe-eval");
        assertThat(page.headers().firstValue("x-content-type-options")).hasValue("nosniff");
        assertThat(page.headers().firstValue("x-frame-options")).hasValue("DENY");
        assertThat(page.headers().firstValue("referrer-policy")).hasValue("no-referrer");

        // A brief as HTML has only its own style: the articles' text cannot run a script on this origin.
        HttpResponse<String> html = ServeFixtures.client().send(HttpRequest.newBuilder(
                URI.create(server.url() + "api/briefs?format=html")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(SMALL_BRIEF)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(html.statusCode()).isEqualTo(200);
        assertThat(html.headers().allValues("content-security-policy")).hasSize(1);
        assertThat(html.headers().firstValue("content-security-policy").orElse(""))
                .contains("default-src 'none'").doesNotContain("script-src");
    }
}
