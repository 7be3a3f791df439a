package org.newsum.app.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsum.app.serve.ServeFixtures.JSON;
import static org.newsum.app.serve.ServeFixtures.post;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.newsum.app.NewsumCommand;

import picocli.CommandLine;

/** {@code POST /api/stories}: the same stories as {@code newsum stories}, bad lines reported, limits kept. */
class StoriesServerTest {

    private static BriefServer server;

    @BeforeAll
    static void start() {
        server = BriefServer.start(BriefServer.Options.loopback(0));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static Path example() {
        Path p = Path.of("../examples/stream.jsonl");
        return Files.exists(p) ? p : Path.of("examples/stream.jsonl");
    }

    /** What {@code newsum stories --format jsonl} prints for the example stream, one JSON tree a story. */
    private static List<JsonNode> cliStories() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CommandLine cli = NewsumCommand.commandLine(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(OutputStream.nullOutputStream()));
        assertThat(cli.execute("stories", example().toString(), "--threads", "1")).isZero();
        List<JsonNode> stories = new ArrayList<>();
        for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
            if (!line.isBlank()) {
                stories.add(JSON.readTree(line));
            }
        }
        return stories;
    }

    private static List<JsonNode> stories(JsonNode answer) {
        List<JsonNode> list = new ArrayList<>();
        answer.path("stories").forEach(list::add);
        return list;
    }

    @Test
    void jsonLinesGiveTheStoriesOfTheCommandBiggestFirst() throws Exception {
        HttpResponse<String> response = post(server, "/api/stories", Files.readString(example()));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode answer = JSON.readTree(response.body());
        List<JsonNode> stories = stories(answer);
        assertThat(stories).isNotEmpty().containsExactlyInAnyOrderElementsOf(cliStories());
        for (int i = 1; i < stories.size(); i++) {
            assertThat(stories.get(i).path("articles").size())
                    .isLessThanOrEqualTo(stories.get(i - 1).path("articles").size());
        }
        assertThat(answer.path("errors").size()).isZero();
        assertThat(stories.get(0).has("brief")).isFalse();
    }

    @Test
    void aJsonArrayIsTheSameStream() throws Exception {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : Files.readAllLines(example())) {
            if (!line.isBlank()) {
                lines.add(JSON.readTree(line));
            }
        }
        HttpResponse<String> asArray = post(server, "/api/stories", JSON.writeValueAsString(lines));
        HttpResponse<String> asLines = post(server, "/api/stories", Files.readString(example()));

        assertThat(asArray.statusCode()).as(asArray.body()).isEqualTo(200);
        assertThat(asArray.body()).isEqualTo(asLines.body());
    }

    @Test
    void badLinesAreReportedAndTheOthersGrouped() throws Exception {
        String body = "{\"id\": \"broken\", \"text\": \n" + Files.readString(example())
                + "{\"id\": \"nolink\", \"url\": \"http://10.0.0.1/x\"}\n";

        HttpResponse<String> response = post(server, "/api/stories", body);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode answer = JSON.readTree(response.body());
        assertThat(stories(answer)).containsExactlyInAnyOrderElementsOf(cliStories());
        assertThat(answer.path("errors").size()).isEqualTo(2);
        assertThat(answer.path("errors").get(0).path("field").asText()).isEqualTo("articles[0]");
    }

    @Test
    void optionsAreReadAndBriefsGiven() throws Exception {
        HttpResponse<String> response = post(server, "/api/stories?min-sources=1&min-articles=3&window=3d&brief=true",
                Files.readString(example()));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        for (JsonNode story : stories(JSON.readTree(response.body()))) {
            assertThat(story.path("articles").size()).isGreaterThanOrEqualTo(3);
            assertThat(story.path("brief").path("summary").size()).isPositive();
        }
    }

    @Test
    void badOptionsAndStreamsGetJsonErrors() throws Exception {
        String stream = Files.readString(example());
        assertError(post(server, "/api/stories?window=soon", stream), 400, "window");
        assertError(post(server, "/api/stories?min-articles=0", stream), 400, "min-articles");
        assertError(post(server, "/api/stories?brief=maybe", stream), 400, "brief");
        assertError(post(server, "/api/stories", "not json at all\n{\"id\": 3"), 400, "articles");
        assertError(post(server, "/api/stories", "[{\"id\": \"a\""), 400, null);
    }

    @Test
    void aStreamOverTheLimitsIsRefused() throws Exception {
        ServiceLimits small = new ServiceLimits(4_000, 50, 30, 1, 4, Duration.ofSeconds(30));
        try (BriefServer tight = BriefServer.start(BriefServer.Options.loopback(0).withLimits(small))) {
            assertError(post(tight, "/api/stories", "x".repeat(5_000)), 413, null);
            JsonNode answer = JSON.readTree(post(tight, "/api/stories",
                    "{\"id\": \"long\", \"text\": \"" + "word ".repeat(40) + "\"}\n"
                            + "{\"id\": \"short\", \"text\": \"A short invented note about a kite fair.\"}\n").body());
            assertThat(answer.path("errors").toString()).contains("long", "more than 30 words");
        }
    }

    private static void assertError(HttpResponse<String> response, int status, String field) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.path("error").asText()).isNotBlank();
        assertThat(body.get("field").isNull() ? null : body.get("field").asText()).isEqualTo(field);
        assertThat(response.body()).doesNotContain("Exception", "\tat ");
    }
}
