package org.newsum.app.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsum.app.serve.ServeFixtures.JSON;
import static org.newsum.app.serve.ServeFixtures.clusterRequest;
import static org.newsum.app.serve.ServeFixtures.get;
import static org.newsum.app.serve.ServeFixtures.post;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.newsum.Newsum;
import org.newsum.app.NewsumCommand;
import org.newsum.model.Method;

import picocli.CommandLine;

/** The API's successful answers and its input errors (400, 413, 422), on one server with the default limits. */
class BriefServerTest {

    private static BriefServer server;

    @BeforeAll
    static void start() {
        server = BriefServer.start(BriefServer.Options.loopback(0));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static JsonNode json(HttpResponse<String> response) throws IOException {
        return JSON.readTree(response.body());
    }

    /** Asserts an error answer: its status, its field, a message, no stack trace. */
    private static JsonNode assertError(HttpResponse<String> response, int status, String field) throws IOException {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("content-type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/json"));
        JsonNode body = json(response);
        assertThat(body.path("error").asText()).isNotBlank();
        assertThat(body.has("field")).isTrue();
        assertThat(body.get("field").isNull() ? null : body.get("field").asText()).isEqualTo(field);
        assertThat(response.body()).doesNotContain("Exception", "\tat ", "at org.");
        return body;
    }

    @Test
    void theJsonBriefIsExactlyWhatSummarizePrints(@TempDir Path dir) throws Exception {
        Path cluster = ServeFixtures.writeCluster(dir.resolve("cable-car"));
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        CommandLine cli = NewsumCommand.commandLine(new java.io.PrintStream(out, true, StandardCharsets.UTF_8),
                new java.io.PrintStream(java.io.OutputStream.nullOutputStream()));
        assertThat(cli.execute("summarize", cluster.toString(), "--words", "80", "--format", "json")).isZero();

        HttpResponse<String> response = post(server, "/api/briefs", clusterRequest("cable-car", Map.of("words", 80)));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("content-type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/json"));
        assertThat(response.body()).isEqualTo(out.toString(StandardCharsets.UTF_8));
        JsonNode brief = json(response);
        assertThat(brief.path("summary").size()).isPositive();
        assertThat(brief.path("words").asInt()).isLessThanOrEqualTo(80);
        assertThat(brief.path("removed").toString()).contains("Share this article", "Skip to main content");
    }

    @Test
    void markdownAndHtmlCarryTheSameSentencesAndSources() throws Exception {
        Map<String, Object> request = clusterRequest("cable-car", Map.of("sentences", 3));
        JsonNode brief = json(post(server, "/api/briefs", request));
        HttpResponse<String> markdown = post(server, "/api/briefs?format=markdown", request);
        HttpResponse<String> html = post(server, "/api/briefs?format=html", request);

        assertThat(markdown.statusCode()).isEqualTo(200);
        assertThat(markdown.headers().firstValue("content-type").orElse("")).startsWith("text/markdown");
        assertThat(markdown.body()).startsWith("## Summary").contains("## Sources", "](#source-1)");
        assertThat(html.statusCode()).isEqualTo(200);
        assertThat(html.headers().firstValue("content-type").orElse("")).startsWith("text/html");
        assertThat(html.body()).startsWith("<!doctype html>").contains("<li id=\"source-1\"", "href=\"#source-");
        assertThat(brief.path("summary").size()).isEqualTo(3);
        for (JsonNode s : brief.path("summary")) {
            String text = s.path("text").asText();
            assertThat(markdown.body()).contains(text.substring(0, Math.min(30, text.length())).replace("\"", ""));
            assertThat(html.body()).contains(org.newsum.render.HtmlRenderer.escape(text));
        }
    }

    @Test
    void healthMethodsOpenApiAndThePageAreServed() throws Exception {
        JsonNode health = json(get(server, "/health"));
        assertThat(health.path("status").asText()).isEqualTo("ok");

        JsonNode methods = json(get(server, "/api/methods"));
        assertThat(methods.findValuesAsText("name"))
                .containsExactlyElementsOf(Newsum.methods().stream().map(Method::name).toList());
        assertThat(methods.get(0).path("default").asBoolean()).isTrue();
        assertThat(methods.get(1).path("default").asBoolean()).isFalse();

        JsonNode openapi = json(get(server, "/api/openapi.json"));
        assertThat(openapi.path("openapi").asText()).startsWith("3.");
        List<String> paths = new java.util.ArrayList<>();
        openapi.path("paths").fieldNames().forEachRemaining(paths::add);
        assertThat(paths).containsExactlyInAnyOrder("/api/briefs", "/api/stories", "/api/methods", "/health", "/api/openapi.json", "/");

        HttpResponse<String> page = get(server, "/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("content-type").orElse("")).startsWith("text/html");
        assertThat(page.body()).contains("<script src=\"/app.js\"", "<link rel=\"stylesheet\" href=\"/app.css\"");
        // Everything from the jar: no script, style or font from another host.
        assertThat(page.body()).doesNotContainPattern("(src|href)=\"(https?:)?//");
        assertThat(get(server, "/app.js").body()).contains("/api/briefs").doesNotContain("http://", "https://cdn");
        assertThat(get(server, "/app.css").statusCode()).isEqualTo(200);
    }

    @Test
    void unknownPathsAndMethodsAreJsonErrors() throws Exception {
        assertError(get(server, "/nothing-here"), 404, null);
        assertError(get(server, "/api/briefs"), 405, null);
    }

    @Test
    void malformedInputIs400WithTheFieldAtFault() throws Exception {
        String text = ServeFixtures.article(ServeFixtures.FILES.get(0));
        assertError(post(server, "/api/briefs", "{\"articles\": ["), 400, null);
        assertError(post(server, "/api/briefs", ""), 400, null);
        assertError(post(server, "/api/briefs", "[1, 2]"), 400, null);
        assertError(post(server, "/api/briefs", Map.of("budget", Map.of("words", 50))), 400, "articles");
        assertError(post(server, "/api/briefs", Map.of("articles", List.of())), 400, "articles");
        assertError(post(server, "/api/briefs", Map.of("articles", "text")), 400, "articles");
        assertError(post(server, "/api/briefs", Map.of("articles", List.of(text))), 400, "articles[0]");
        assertError(post(server, "/api/briefs", Map.of("articles", List.of(Map.of("text", text, "url",
                "https://example.org/")))), 400, "articles[0]");
        assertError(post(server, "/api/briefs", Map.of("articles", List.of(Map.of("title", "only a title")))),
                400, "articles[0]");
        assertError(post(server, "/api/briefs", Map.of("articles", List.of(Map.of("text", " ")))), 400,
                "articles[0].text");
        assertError(post(server, "/api/briefs", Map.of("articles", List.of(Map.of("text", 42)))), 400,
                "articles[0].text");
        assertError(post(server, "/api/briefs", Map.of("articles", List.of(Map.of("text", text, "titel", "x")))),
                400, "articles[0].titel");
        assertError(post(server, "/api/briefs", Map.of("articles", List.of(Map.of("text", text)), "budjet",
                Map.of("words", 5))), 400, "budjet");
        assertError(post(server, "/api/briefs", Map.of("articles", List.of(Map.of("text", text)), "budget",
                Map.of("words", 0))), 400, "budget.words");
        assertError(post(server, "/api/briefs", Map.of("articles", List.of(Map.of("text", text)), "budget",
                Map.of("words", "many"))), 400, "budget.words");
        assertError(post(server, "/api/briefs", Map.of("articles", List.of(Map.of("text", text)), "budget",
                Map.of("words", 2.5))), 400, "budget.words");
        assertError(post(server, "/api/briefs", Map.of("articles", List.of(Map.of("text", text)), "budget",
                Map.of("pages", 2))), 400, "budget.pages");
        assertError(post(server, "/api/briefs", Map.of("articles", List.of(Map.of("text", text)), "budget",
                Map.of("words", 50, "sentences", 2))), 400, "budget");
        JsonNode method = assertError(post(server, "/api/briefs", Map.of("articles", List.of(Map.of("text", text)),
                "method", "magic")), 400, "method");
        assertThat(method.path("error").asText()).contains("learned");
        assertError(post(server, "/api/briefs", Map.of("articles", List.of(Map.of("text", text)),
                "insights", "yes")), 400, "insights");
        assertError(post(server, "/api/briefs?format=pdf", Map.of("articles", List.of(Map.of("text", text)))), 400,
                "format");
        assertError(post(server, "/api/briefs", Map.of("articles", List.of(Map.of("url", "file:///etc/passwd")))),
                400, "articles[0].url");
    }

    @Test
    void aUrlOnThisMachineIsRefusedByDefault() throws Exception {
        JsonNode error = assertError(post(server, "/api/briefs", Map.of("articles",
                List.of(Map.of("url", server.url() + "health")))), 400, "articles[0].url");
        assertThat(error.path("error").asText()).contains("private address");
    }

    @Test
    void insightsAndTheOptionalFieldsAreAccepted() throws Exception {
        HttpResponse<String> response = post(server, "/api/briefs", Map.of("articles", List.of(
                Map.of("text", ServeFixtures.article(ServeFixtures.FILES.get(0)), "title", "Rescue", "source", "Courier"),
                Map.of("text", ServeFixtures.article(ServeFixtures.FILES.get(1)))),
                "budget", Map.of("chars", 300), "method", "centroid", "insights", true));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode brief = json(response);
        assertThat(brief.path("id").asText()).isEqualTo("brief");
        assertThat(brief.path("method").asText()).isEqualTo("centroid");
        assertThat(brief.path("articles").get(0).path("source").asText()).isEqualTo("Courier");
        assertThat(brief.path("articles").get(1).path("source").asText()).isEqualTo("article 2");
        assertThat(brief.path("insights").path("level").asText()).isEqualTo("brief");
    }

    @Test
    void insightsComeAtTheLevelAskedFor() throws Exception {
        List<Map<String, String>> articles = ServeFixtures.FILES.stream()
                .map(f -> Map.of("text", ServeFixtures.article(f))).toList();
        for (String level : List.of("none", "brief", "full")) {
            HttpResponse<String> response = post(server, "/api/briefs", Map.of("articles", articles, "insights", level));

            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            // as in summarize --format json, a brief without insights has no "insights" member
            assertThat(json(response).path("insights").path("level").asText()).isEqualTo(level.equals("none") ? "" : level);
        }
        JsonNode full = json(post(server, "/api/briefs", Map.of("articles", articles, "insights", "full")));
        assertThat(full.path("insights").path("entities").size()).isPositive();
        assertThat(full.path("insights").path("support").size()).isPositive();
    }

    @Test
    void nothingSummarizableIs422() throws Exception {
        JsonNode error = assertError(post(server, "/api/briefs", Map.of("articles", List.of(
                Map.of("text", "Share this article\n\nMost read\n\nSubscribe to our newsletter")))), 422, "articles");
        assertThat(error.path("error").asText()).startsWith("nothing to summarize");
    }
}
