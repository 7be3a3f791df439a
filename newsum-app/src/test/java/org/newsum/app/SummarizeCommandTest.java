package org.newsum.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsum.model.Budget;

class SummarizeCommandTest {

    /** The result of one run of the command. */
    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        var cli = NewsumCommand.commandLine(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        int code = cli.execute(args);
        cli.getOut().flush(); // as main does
        cli.getErr().flush();
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static final String ARTICLE_1 = String.join("\n",
            "Dam repairs delay river cruises",
            "",
            "Skip to main content",
            "",
            "Repairs to the Halden dam will keep river cruise boats in port until the end of May, the waterways agency said on Tuesday.",
            "",
            "The agency found cracks in two of the dam's four sluice gates during an inspection in March.",
            "",
            "Tour operators said about 12,000 bookings would have to be moved or refunded.",
            "",
            "“We would rather lose a season than take a risk,” agency director Mona Falk said.",
            "",
            "Most Popular");
    static final String ARTICLE_2 = String.join("\n",
            "Cruise season on hold at Halden",
            "",
            "By Per Lund",
            "",
            "River cruise boats will stay in port until the end of May while the Halden dam is repaired, the waterways agency said on Tuesday.",
            "",
            "Inspectors found cracks in two of the dam's four sluice gates in March.",
            "",
            "Hotels in the valley expect cancellations to cost them millions in lost revenue this spring.",
            "",
            "Share this article");

    static Path cluster(Path dir) throws IOException {
        Files.writeString(dir.resolve("01_valley-times.txt"), ARTICLE_1);
        Files.writeString(dir.resolve("02_river-wire.txt"), ARTICLE_2);
        return dir;
    }

    @Test
    void summarizesAFolderWithinTheBudget(@TempDir Path dir) throws IOException {
        Run r = run("summarize", cluster(dir).toString(), "--words", "45");
        assertThat(r.code()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(Budget.countWords(r.out())).isLessThanOrEqualTo(45).isPositive();
        assertThat(r.out()).doesNotContain("Skip to", "Most Popular", "Per Lund", "Share this");
    }

    @Test
    void everyBudgetUnitIsExact(@TempDir Path dir) throws IOException {
        cluster(dir);
        for (int n = 5; n <= 80; n += 5) {
            assertThat(Budget.countWords(run("summarize", dir.toString(), "--words", "" + n).out())).isLessThanOrEqualTo(n);
            String chars = run("summarize", dir.toString(), "--chars", "" + (n * 4)).out();
            assertThat(String.join(" ", chars.strip().split("\n")).length()).isLessThanOrEqualTo(n * 4);
        }
        assertThat(run("summarize", dir.toString(), "--sentences", "2").out().strip().split("\n")).hasSize(2);
    }

    @Test
    void jsonNamesSourcesAndWhatWasDropped(@TempDir Path dir) throws IOException {
        Run r = run("summarize", cluster(dir).toString(), "--format", "json", "--words", "60");
        assertThat(r.code()).isZero();
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertThat(root.get("summary").size()).isPositive();
        JsonNode first = root.get("summary").get(0);
        // the sentence's own article first, then the other that carries it; both fixture articles report the lead
        assertThat(first.get("sources")).extracting(JsonNode::asText).containsExactlyInAnyOrder("1", "2");
        assertThat(root.get("removed").toString()).contains("navigation", "byline", "Skip to main content");
    }

    @Test
    void markdownHasCitationsAndSources(@TempDir Path dir) throws IOException {
        Run r = run("summarize", cluster(dir).toString(), "--format", "markdown");
        assertThat(r.out()).contains("## Summary", "[1](#source-1)", "## Sources", "Dam repairs delay river cruises");
    }

    @Test
    void insightsAreBriefInMarkdownByDefaultAndCanBeTurnedOffOrUp(@TempDir Path dir) throws IOException {
        cluster(dir);
        Run brief = run("summarize", dir.toString(), "--format", "markdown");
        assertThat(brief.out()).contains("## Key quotes", "Mona Falk", "## Who and where")
                .doesNotContain("## Support");
        assertThat(brief.out().indexOf("## Key quotes")).isLessThan(brief.out().indexOf("## Sources"));
        assertThat(run("summarize", dir.toString(), "--format", "markdown", "--insights", "none").out())
                .doesNotContain("Key quotes", "Who and where");
        assertThat(run("summarize", dir.toString(), "--format", "markdown", "--insights", "full").out())
                .contains("## Key quotes", "## Support");
    }

    @Test
    void htmlIsOnePageWithTheSameSummaryAndInsights(@TempDir Path dir) throws IOException {
        cluster(dir);
        Run markdown = run("summarize", dir.toString(), "--format", "markdown", "--sentences", "2");
        Run html = run("summarize", dir.toString(), "--format", "html", "--sentences", "2");

        assertThat(html.code()).isZero();
        assertThat(html.out()).startsWith("<!doctype html>").contains("<h2>Key quotes</h2>", "Mona Falk",
                "<h2>Who and where</h2>", "<h2>Sources</h2>");
        String firstSentence = markdown.out().lines().filter(l -> !l.isBlank() && !l.startsWith("#")).findFirst()
                .orElseThrow().replaceAll(" \\[\\d+\\]\\(#source-\\d+\\)", "");
        assertThat(html.out()).contains(org.newsum.render.HtmlRenderer.escape(firstSentence.replace("\\", "")));
    }

    @Test
    void textStaysOneSentencePerLineUnlessInsightsAreAskedFor(@TempDir Path dir) throws IOException {
        cluster(dir);
        assertThat(run("summarize", dir.toString(), "--sentences", "2").out().strip().split("\n")).hasSize(2);
        Run full = run("summarize", dir.toString(), "--sentences", "2", "--insights", "FULL");
        assertThat(full.code()).isZero();
        assertThat(full.out()).contains("\nKey quotes\n", "Mona Falk", "\nWho and where\n", "\nSupport\n");
    }

    @Test
    void jsonCarriesEveryInsight(@TempDir Path dir) throws IOException {
        Run r = run("summarize", cluster(dir).toString(), "--format", "json", "--insights", "brief");
        JsonNode insights = new ObjectMapper().readTree(r.out()).get("insights");
        assertThat(insights.get("level").asText()).isEqualTo("brief");
        assertThat(insights.get("support").size()).isPositive();
        assertThat(insights.get("quotes").get(0).get("speaker").asText()).isEqualTo("Mona Falk");
        assertThat(insights.has("figures")).isTrue();
        assertThat(insights.get("entities").toString()).contains("Halden");
    }

    @Test
    void anUnknownInsightLevelIsABadOption(@TempDir Path dir) throws IOException {
        Run r = run("summarize", cluster(dir).toString(), "--insights", "some");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("unknown insight level 'some'");
    }

    @Test
    void explainListsRemovedLines(@TempDir Path dir) throws IOException {
        Run r = run("summarize", cluster(dir).toString(), "--explain");
        assertThat(r.out()).contains("Removed:", "[navigation] Skip to main content", "[byline] By Per Lund");
    }

    @Test
    void aFolderOfOneArticleStillWorks(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("only.txt"), ARTICLE_1);
        Run r = run("summarize", dir.toString(), "--sentences", "2");
        assertThat(r.code()).isZero();
        assertThat(r.out().strip().split("\n")).hasSize(2);
    }

    @Test
    void missingPathIsOneClearLine() {
        Run r = run("summarize", "/no/such/folder");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo("newsum: /no/such/folder: no such file or folder\n");
    }

    @Test
    void emptyFolderEmptyFileAndBinaryFileAreRefused(@TempDir Path dir) throws IOException {
        Path empty = Files.createDirectory(dir.resolve("empty"));
        assertOneLineError(run("summarize", empty.toString()), "no .txt or .html files");

        Path files = Files.createDirectory(dir.resolve("files"));
        Files.writeString(files.resolve("a.txt"), ARTICLE_1);
        Files.writeString(files.resolve("b.txt"), "");
        assertOneLineError(run("summarize", files.toString()), "b.txt: empty file");

        Path binary = Files.createDirectory(dir.resolve("binary"));
        Files.writeString(binary.resolve("a.txt"), ARTICLE_1);
        Files.write(binary.resolve("b.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
        assertOneLineError(run("summarize", binary.toString()), "b.txt: a PNG image, not text or HTML");
    }

    @Test
    void malformedJsonLineIsNamedByNumber(@TempDir Path dir) throws IOException {
        Path data = dir.resolve("data.jsonl");
        Files.writeString(data, "{\"id\":\"x\",\"documents\":[\"" + "A short article about the dam repairs at Halden. It was written for a test." + "\"]}\n"
                + "{\"id\":\"y\",\"documents\":[\"broken\"\n");
        assertOneLineError(run("summarize", data.toString()), "data.jsonl:2: malformed JSON");
    }

    @Test
    void jsonLinesBatchGivesEveryClusterAnOutputOrAnError(@TempDir Path dir) throws IOException {
        ObjectMapper json = new ObjectMapper();
        Path data = dir.resolve("batch.jsonl");
        Files.writeString(data, json.writeValueAsString(java.util.Map.of("id", "good",
                "documents", java.util.List.of(ARTICLE_1 + "\n|||||\n" + ARTICLE_2))) + "\n"
                + json.writeValueAsString(java.util.Map.of("id", "junk",
                "documents", java.util.List.of("Skip to main content\nLoad more", ""))) + "\n");
        Run r = run("summarize", data.toString(), "--format", "json");
        assertThat(r.code()).isEqualTo(1);
        String[] lines = r.out().strip().split("\n");
        assertThat(lines).hasSize(2);
        assertThat(json.readTree(lines[0]).get("id").asText()).isEqualTo("good");
        assertThat(json.readTree(lines[0]).get("articles").size()).isEqualTo(2);
        assertThat(json.readTree(lines[1]).get("error").asText()).startsWith("nothing to summarize");
        assertThat(r.err()).contains("junk: nothing to summarize");
    }

    @Test
    void badOptionsExitWithTwo(@TempDir Path dir) throws IOException {
        cluster(dir);
        assertThat(run("summarize", dir.toString(), "--method", "nope").code()).isEqualTo(2);
        assertThat(run("summarize", dir.toString(), "--words", "10", "--sentences", "2").code()).isEqualTo(2);
        assertThat(run("summarize", dir.toString(), "--words", "0").code()).isEqualTo(2);
    }

    @Test
    void helpAndVersion() {
        Run help = run("--help");
        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("summarize");
        Run version = run("--version");
        assertThat(version.out()).startsWith("newsum ");
    }

    private static void assertOneLineError(Run r, String expected) {
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains(expected).endsWith("\n");
        assertThat(r.err().strip()).doesNotContain("\n");
    }

    @Test
    void aClusterNotInEnglishIsSummarizedWithANotice(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("1.txt"), "Die Hafenbehörde teilte am Montag mit, dass die Nachtfähre zu den Inseln"
                + " drei Wochen lang nicht fahren wird. Ingenieure ersetzen in dieser Zeit die abgenutzte Stahlrampe am"
                + " Nordpier. Die Reederei will bereits gekaufte Fahrkarten vollständig erstatten.");
        Files.writeString(dir.resolve("2.txt"), "Wegen Bauarbeiten am Nordpier fällt die Nachtfähre drei Wochen lang aus,"
                + " wie die Hafenbehörde am Montag bekannt gab. Fahrgäste sollen stattdessen das langsamere Morgenschiff"
                + " nehmen. Der Bürgermeister nannte die Reparatur dringend notwendig.");

        Run r = run("summarize", dir.toString(), "--words", "40");

        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Nachtfähre");
        assertThat(r.err()).contains("newsum: note: the articles are in German (de)");
    }
}
