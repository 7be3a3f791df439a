package org.newsum.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

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
    void aFileNameWithALineBreakStaysOnItsLineOfTheSourceList(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("01_valley\n# times.txt"), ARTICLE_1);
        Files.writeString(dir.resolve("02_river\u001B[31mwire.txt"), ARTICLE_2);

        Run markdown = run("summarize", dir.toString(), "--format", "markdown");
        Run html = run("summarize", dir.toString(), "--format", "html");

        String sources = markdown.out().substring(markdown.out().indexOf("## Sources\n\n") + 12).strip();
        assertThat(sources.lines()).hasSize(2).allMatch(l -> l.matches("\\d\\. .*"));
        assertThat(sources).contains("01\\_valley \\# times.txt");
        assertThat(markdown.out()).doesNotContain("\n# times").doesNotContain("\u001B");
        assertThat(html.out()).contains("02_river [31mwire.txt").doesNotContain("\u001B");
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
        assertThat(r.err()).contains("--insights", "'some'");
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
        assertOneLineError(run("summarize", files.resolve("a.txt").toString(), files.resolve("b.txt").toString()),
                "b.txt: empty file");

        Path binary = Files.createDirectory(dir.resolve("binary"));
        Files.write(binary.resolve("b.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
        assertOneLineError(run("summarize", binary.toString()), "b.txt: a PNG image, not text or HTML)");
    }

    @Test
    void aBadFileInAFolderIsSkippedWithANoteAndTheClusterIsSummarized(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.txt"), ARTICLE_1);
        Files.writeString(dir.resolve("b.txt"), "");
        Files.writeString(dir.resolve("c.txt"), ARTICLE_2);

        Run r = run("summarize", dir.toString());

        assertThat(r.code()).isZero();
        assertThat(r.out()).isNotBlank();
        assertThat(r.err()).contains("newsum: note: " + dir + ": skipped 1 file(s) that cannot be read as articles: "
                + dir.resolve("b.txt") + ": empty file\n");
    }

    @Test
    void malformedJsonLineIsNamedByNumberAndTheOtherLinesGoOn(@TempDir Path dir) throws IOException {
        Path data = dir.resolve("data.jsonl");
        Files.writeString(data, new ObjectMapper().writeValueAsString(java.util.Map.of("id", "x", "documents",
                java.util.List.of(ARTICLE_1, ARTICLE_2))) + "\n{\"id\":\"y\",\"documents\":[\"broken\"\n");

        Run r = run("summarize", data.toString());

        assertThat(r.code()).isEqualTo(3);
        assertThat(r.out()).startsWith("== x\n").contains("Halden").endsWith("== line-2\n\n");
        assertThat(r.err()).contains("newsum: " + data + ":2: malformed JSON", "1 of 2 clusters failed");
    }

    /** A dataset of the given lines, one cluster per good line. */
    static Path dataset(Path dir, String... lines) throws IOException {
        return Files.writeString(dir.resolve("batch.jsonl"), String.join("\n", lines) + "\n");
    }

    static String cluster(String id) throws IOException {
        return new ObjectMapper().writeValueAsString(java.util.Map.of("id", id, "documents",
                java.util.List.of(ARTICLE_1, ARTICLE_2)));
    }

    @Test
    void everyLineOfADatasetGetsExactlyOneOutputAndNoGoodClusterIsLost(@TempDir Path dir) throws IOException {
        Path data = dataset(dir, cluster("first"), "{\"id\": \"cut\", \"documents\": [", "{\"id\": \"nodocs\"}",
                "{\"documents\": 5}", "[]", "", cluster("last"));

        Run r = run("summarize", data.toString(), "--format", "json");

        assertThat(r.code()).isEqualTo(3);
        List<JsonNode> lines = r.out().lines().map(SummarizeCommandTest::json).toList();
        assertThat(lines).hasSize(6);
        assertThat(lines.get(0).get("id").asText()).isEqualTo("first");
        assertThat(lines.get(0).get("summary").size()).isPositive();
        assertThat(lines.get(1).get("line").asInt()).isEqualTo(2);
        assertThat(lines.get(1).has("id")).isFalse();
        assertThat(lines.get(1).get("error").asText()).startsWith(data + ":2: malformed JSON");
        assertThat(lines.get(2).get("id").asText()).isEqualTo("nodocs");
        assertThat(lines.get(2).get("error").asText()).isEqualTo(data + ":3: no \"documents\" array");
        assertThat(lines.get(3).get("line").asInt()).isEqualTo(4);
        assertThat(lines.get(4).get("error").asText()).startsWith(data + ":5: expected a JSON object");
        assertThat(lines.get(5).get("id").asText()).isEqualTo("last");
        assertThat(lines.get(5).get("summary").size()).isPositive();
        assertThat(r.err().lines().filter(l -> l.contains(data + ":"))).hasSize(4);
        assertThat(r.err()).contains("newsum: 4 of 6 clusters failed");
    }

    private static JsonNode json(String line) {
        try {
            return new ObjectMapper().readTree(line);
        } catch (IOException e) {
            throw new AssertionError(line, e);
        }
    }

    @Test
    void anUnexpectedExceptionInOneClusterIsThatClustersError(@TempDir Path dir) throws IOException {
        Path data = dataset(dir, cluster("before"), cluster("boom"), cluster("deep"), cluster("after"));
        org.newsum.Newsum newsum = new org.newsum.Newsum();
        SummarizeCommand command = new SummarizeCommand(java.io.InputStream.nullInputStream(), (source, options) -> {
            if (source.id().equals("boom")) {
                throw new IllegalStateException("a bug this cluster ran into");
            }
            if (source.id().equals("deep")) {
                throw new StackOverflowError();
            }
            return newsum.summarize(source, options);
        });
        java.io.StringWriter out = new java.io.StringWriter();
        java.io.StringWriter err = new java.io.StringWriter();
        int code = new picocli.CommandLine(command).setOut(new java.io.PrintWriter(out))
                .setErr(new java.io.PrintWriter(err)).execute(data.toString(), "--format", "JSON");

        assertThat(code).isEqualTo(3);
        List<JsonNode> lines = out.toString().lines().map(SummarizeCommandTest::json).toList();
        assertThat(lines).extracting(l -> l.get("id").asText()).containsExactly("before", "boom", "deep", "after");
        assertThat(lines.get(1).get("error").asText())
                .startsWith("internal error (java.lang.IllegalStateException: a bug this cluster ran into at "
                        + "SummarizeCommandTest.");
        assertThat(lines.get(2).get("error").asText()).startsWith("internal error (java.lang.StackOverflowError");
        assertThat(lines.get(3).get("summary").size()).isPositive();
        assertThat(err.toString()).contains("newsum: boom: internal error (").doesNotContain("\tat ");
    }

    @Test
    void aDatasetWhoseEveryLineFailsExitsWithOne(@TempDir Path dir) throws IOException {
        Run r = run("summarize", dataset(dir, "{", "[]").toString(), "--format", "json");

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out().lines()).hasSize(2);
    }

    @Test
    void otherFormatsGiveEachFailedLineItsPlace(@TempDir Path dir) throws IOException {
        Path data = dataset(dir, cluster("good"), "{oops");

        assertThat(run("summarize", data.toString(), "--format", "markdown").out())
                .startsWith("# good\n").contains("\n# line-2\n\n_No summary: ");
        assertThat(run("summarize", data.toString(), "--format", "html").out())
                .startsWith("<!-- good -->\n<!doctype html>").contains("<!-- line-2: no summary: ");
    }

    @Test
    void aByteOrderMarkBeforeTheFirstLineIsNotAnError(@TempDir Path dir) throws IOException {
        Path data = dir.resolve("bom.jsonl");
        Files.write(data, ("\uFEFF" + cluster("first") + "\n" + cluster("second") + "\n").getBytes(StandardCharsets.UTF_8));

        Run r = run("summarize", data.toString(), "--format", "json");

        assertThat(r.code()).isZero();
        assertThat(r.out().lines().map(l -> json(l).get("id").asText())).containsExactly("first", "second");
    }

    @Test
    void jsonOnStandardInputMayStartWithAByteOrderMark() throws IOException {
        java.io.InputStream stdin = new java.io.ByteArrayInputStream(("\uFEFF" + cluster("piped") + "\n")
                .getBytes(StandardCharsets.UTF_8));
        java.io.StringWriter out = new java.io.StringWriter();
        int code = new picocli.CommandLine(new SummarizeCommand(stdin)).setOut(new java.io.PrintWriter(out))
                .setErr(new java.io.PrintWriter(new java.io.StringWriter())).execute("-", "--format", "JSON");

        assertThat(code).isZero();
        assertThat(json(out.toString().strip()).get("id").asText()).isEqualTo("piped");
    }

    @Test
    void anIdOrFileNameWithALineBreakCannotStartASectionOrASecondErrorLine(@TempDir Path dir) throws IOException {
        ObjectMapper json = new ObjectMapper();
        Path data = dir.resolve("two\nlines.jsonl");
        Files.writeString(data, json.writeValueAsString(java.util.Map.of("id", "a\n# forged\n== forged",
                "documents", java.util.List.of(ARTICLE_1, ARTICLE_2))) + "\n{broken\n");

        Run markdown = run("summarize", data.toString(), "--format", "markdown");
        Run text = run("summarize", data.toString());

        assertThat(markdown.code()).isEqualTo(3);
        assertThat(markdown.out().lines().filter(l -> l.startsWith("# "))).hasSize(2);
        assertThat(text.out().lines().filter(l -> l.startsWith("== "))).hasSize(2)
                .first().isEqualTo("== a # forged == forged");
        // One line for the broken line, one for the count.
        assertThat(text.err().lines()).hasSize(2).first().asString().startsWith("newsum: " + dir + "/two lines.jsonl:2: ");
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
        assertThat(r.code()).isEqualTo(3);
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

    @Test
    void aFileWhoseNameStartsWithADashIsNamedWithTheWayToGiveIt() throws IOException {
        // Relative to the working directory, where picocli reads it as an option.
        Path dashed = Path.of("-newsum-test-" + ProcessHandle.current().pid() + ".txt");
        Files.writeString(dashed, ARTICLE_1);
        try {
            Run r = run("summarize", dashed.toString());
            assertThat(r.code()).isEqualTo(2);
            assertThat(r.out()).isEmpty();
            assertThat(r.err()).isEqualTo("newsum: '" + dashed + "' is read as an option; for the file of that name "
                    + "write ./" + dashed + " or put -- before it; see 'newsum summarize --help'\n");
            assertThat(run("summarize", "--", dashed.toString()).code()).isZero();
        } finally {
            Files.deleteIfExists(dashed);
        }
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
