package org.newsum.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsum.app.SummarizeCommandTest.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoriesCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The example stream of the repository: invented articles of three stories, a duplicate and an error page. */
    private static Path example() {
        Path p = Path.of("../examples/stream.jsonl");
        return Files.exists(p) ? p : Path.of("examples/stream.jsonl");
    }

    private static List<JsonNode> lines(String out) throws IOException {
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : out.split("\n")) {
            if (!line.isBlank()) {
                nodes.add(JSON.readTree(line));
            }
        }
        return nodes;
    }

    private static List<String> articles(JsonNode story) {
        List<String> ids = new ArrayList<>();
        story.get("articles").forEach(a -> ids.add(a.asText()));
        return ids;
    }

    @Test
    void writesOneLinePerStoryWithEnoughArticlesAndSources() throws IOException {
        SummarizeCommandTest.Run r = run("stories", example().toString());
        assertThat(r.code()).as(r.err()).isZero();
        List<JsonNode> stories = lines(r.out());
        assertThat(stories).extracting(StoriesCommandTest::articles).containsExactlyInAnyOrder(
                List.of("e1", "e2", "e3", "e8", "e10"), List.of("e4", "e5"), List.of("e6", "e7"));
        JsonNode ferry = stories.stream().filter(s -> articles(s).contains("e1")).findFirst().orElseThrow();
        assertThat(ferry.get("title").asText()).isEqualTo("Ferry strike halts crossings at Port Calloway");
        assertThat(ferry.get("first").asText()).isEqualTo("2031-04-02");
        assertThat(ferry.get("last").asText()).isEqualTo("2031-04-04");
        assertThat(ferry.get("duplicates").get(0).asText()).isEqualTo("e10");
        assertThat(r.err()).contains("1 duplicates, 1 not news, 0 failed");
        assertThat(run("stories", example().toString(), "--min-sources", "3").out()).isBlank();
    }

    @Test
    void aBadLineIsNamedAndTheRestIsClustered(@TempDir Path dir) throws IOException {
        Path stream = dir.resolve("s.jsonl");
        List<String> content = new ArrayList<>(Files.readAllLines(example()));
        content.add(2, "{\"id\": \"broken\", \"text\": ");
        content.add(4, "{\"id\": \"nolink\", \"url\": \"https://example.org/a\"}");
        Files.write(stream, content);
        SummarizeCommandTest.Run r = run("stories", stream.toString());
        assertThat(r.code()).isEqualTo(ExitCodes.SOME_FAILED);
        assertThat(r.err()).contains("s.jsonl:3: malformed JSON").contains("s.jsonl:5: an article needs a \"text\"");
        assertThat(lines(r.out())).hasSize(3);
    }

    @Test
    void aFrontPagePutsTheBiggestStoryFirstWithItsBrief() {
        SummarizeCommandTest.Run md = run("stories", example().toString(), "--format", "markdown", "--brief");
        assertThat(md.code()).as(md.err()).isZero();
        assertThat(md.out()).startsWith("# Stories\n\n## Ferry strike halts crossings at Port Calloway");
        assertThat(md.out()).contains("### Summary").contains("Harbor Daily, Island Courier");
        SummarizeCommandTest.Run html = run("stories", example().toString(), "--format", "html");
        assertThat(html.out()).contains("<article class=\"story\" id=\"s1\">").endsWith("</html>\n");
    }

    @Test
    void theBriefIsTheJsonOfSummarize() throws IOException {
        SummarizeCommandTest.Run r = run("stories", example().toString(), "--brief", "--min-articles", "3");
        JsonNode story = lines(r.out()).get(0);
        JsonNode brief = story.get("brief");
        assertThat(brief.get("summary").size()).isPositive();
        assertThat(brief.has("articles")).isTrue();
        assertThat(brief.get("id").asText()).isEqualTo(story.get("story").asText());
    }

    @Test
    void theStateContinuesYesterdaysStoriesInTheNextRun(@TempDir Path dir) throws IOException {
        Path state = dir.resolve("state");
        SummarizeCommandTest.Run first = run("stories", example().toString(), "--state", state.toString());
        assertThat(first.code()).as(first.err()).isZero();
        Path next = dir.resolve("next.jsonl");
        Files.writeString(next, "{\"id\": \"e12\", \"source\": \"Farm Wire\", \"date\": \"2031-04-05\", \"text\": "
                + "\"The Tallow Valley growers cooperative said on Friday that the regional council approved emergency "
                + "relief for apricot orchards hit by frost. Benedikt Ruhl said the relief would cover a fraction of "
                + "the losses from the blossoms killed in a single night.\"}\n", StandardCharsets.UTF_8);
        SummarizeCommandTest.Run second = run("stories", next.toString(), "--state", state.toString());
        assertThat(second.code()).as(second.err()).isZero();
        assertThat(lines(second.out())).extracting(StoriesCommandTest::articles).contains(List.of("e4", "e5", "e12"));
        // The same run without the state has no story to join.
        assertThat(run("stories", next.toString()).out()).isBlank();
        // A JDBC URL works as well as a folder.
        String url = "jdbc:h2:file:" + dir.resolve("db").toAbsolutePath();
        assertThat(run("stories", example().toString(), "--state", url).code()).isZero();
        assertThat(lines(run("stories", next.toString(), "--state", url).out()))
                .extracting(StoriesCommandTest::articles).contains(List.of("e4", "e5", "e12"));
    }

    @Test
    void aFolderIsReadInNameOrderWhateverTheOrderFilesWereWritten(@TempDir Path dir) throws IOException {
        List<String> texts = new ArrayList<>();
        for (String line : Files.readAllLines(example())) {
            texts.add(JSON.readTree(line).get("text").asText());
        }
        Path a = Files.createDirectories(dir.resolve("a"));
        Path b = Files.createDirectories(dir.resolve("b"));
        for (int i = 0; i < texts.size(); i++) {
            Files.writeString(a.resolve(String.format("%02d.txt", i)), texts.get(i));
        }
        for (int i = texts.size() - 1; i >= 0; i--) {
            Files.writeString(b.resolve(String.format("%02d.txt", i)), texts.get(i));
        }
        SummarizeCommandTest.Run ra = run("stories", a.toString(), "--min-sources", "1");
        SummarizeCommandTest.Run rb = run("stories", b.toString(), "--min-sources", "1");
        assertThat(ra.code()).as(ra.err()).isZero();
        assertThat(lines(ra.out())).hasSize(3);
        assertThat(ra.out().replace("/b/", "/a/").replace("\"b/", "\"a/")).isEqualTo(rb.out().replace("\"b", "\"a"));
    }

    @Test
    void evalStoriesScoresAgainstTheGoldLabels(@TempDir Path dir) throws IOException {
        Path stream = dir.resolve("gold.jsonl");
        List<String> lines = new ArrayList<>();
        String[] gold = {"ferry", "ferry", "ferry", "frost", "frost", "recall", "recall", "ferry", "junk", "ferry"};
        int i = 0;
        for (String line : Files.readAllLines(example())) {
            lines.add(line.substring(0, line.length() - 1) + ", \"story\": \"" + gold[i++] + "\"}");
        }
        Files.write(stream, lines);
        SummarizeCommandTest.Run r = run("eval", "stories", "--data", stream.toString(), "--out",
                dir.resolve("out.jsonl").toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("articles 10  gold stories 4  predicted stories 4 (1 held in none: 1 duplicates, "
                + "1 not news)").contains("B3 P 1.0000 R 1.0000 F1 1.0000");
        assertThat(Files.readAllLines(dir.resolve("out.jsonl"))).hasSize(3);
    }
}
