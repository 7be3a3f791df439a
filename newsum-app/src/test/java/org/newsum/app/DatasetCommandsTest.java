package org.newsum.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsum.app.SummarizeCommandTest.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsum.eval.Rouge;
import org.newsum.eval.RougeAverage;
import org.newsum.eval.RougeOptions;
import org.newsum.eval.Score;

class DatasetCommandsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Three invented clusters with references, and one malformed line. */
    static Path dataset(Path dir) throws IOException {
        String doc1 = "The city council of Marrow approved a new tram line on Tuesday after a long debate.\n"
                + "The line will link the harbour with the university by 2029.\n"
                + "Shop owners along the route asked for help during the building work.";
        String doc2 = "Marrow will build a tram line from the harbour to the university, the council decided on Tuesday.\n"
                + "The project will cost about 300 million euros.\n"
                + "Opponents said buses would be cheaper.";
        String doc3 = "A heat wave pushed temperatures above 40 degrees in Sella on Sunday.\n"
                + "Hospitals reported dozens of people treated for heat stroke.\n"
                + "The city opened cool rooms in libraries and schools.";
        String doc4 = "Sella recorded its hottest day on Sunday as temperatures passed 40 degrees.\n"
                + "Doctors urged older people to stay indoors.\n"
                + "Water use in the city rose by a third.";
        StringBuilder lines = new StringBuilder();
        lines.append(JSON.writeValueAsString(Map.of("id", "tram", "documents", List.of(doc1, doc2),
                "summaries", List.of("Marrow approved a tram line from the harbour to the university on Tuesday. "
                        + "It will cost 300 million euros.")))).append('\n');
        lines.append(JSON.writeValueAsString(Map.of("id", "heat", "documents", List.of(doc3 + "\n|||||\n" + doc4),
                "summaries", List.of("Temperatures in Sella passed 40 degrees on Sunday. Dozens were treated for heat "
                        + "stroke.", "A heat wave hit Sella on Sunday.")))).append('\n');
        lines.append("{\"id\": \"broken\", \"documents\": [\n");
        Path data = dir.resolve("data.jsonl");
        Files.writeString(data, lines);
        return data;
    }

    @Test
    void evalPrintsTheTableCountsAndWritesWhatRougeReproduces(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("out");
        SummarizeCommandTest.Run r = run("eval", "--data", dataset(dir).toString(), "--words", "30", "--out",
                out.toString(), "--threads", "2");
        assertThat(r.code()).isEqualTo(3); // one line of the dataset failed
        assertThat(r.out()).contains("method learned", "ROUGE-1", "ROUGE-2", "ROUGE-L", "ROUGE-SU4",
                "clusters: 2 scored, 1 failed", "clusters/s");
        assertThat(r.err()).contains("line-3").contains("malformed JSON");
        assertThat(out.resolve("system/tram")).exists();
        assertThat(out.resolve("reference/heat.B")).exists();
        JsonNode scores = JSON.readTree(out.resolve("scores.json").toFile());
        assertThat(scores.get("clusters")).hasSize(3);
        assertThat(scores.get("clusters").get(2).get("error").asText()).contains("malformed JSON");

        // newsum rouge on what eval wrote gives eval's averages
        SummarizeCommandTest.Run rouge = run("rouge", out.resolve("system").toString(), out.resolve("reference").toString(),
                "--per-id");
        assertThat(rouge.code()).isZero();
        double evalR1 = scores.get("average").get("ROUGE-1").get("f").asDouble();
        String r1Line = rouge.out().lines().filter(l -> l.startsWith("ROUGE-1 ")).findFirst().orElseThrow();
        assertThat(Double.parseDouble(r1Line.trim().split("\\s+")[3])).isCloseTo(evalR1,
                org.assertj.core.data.Offset.offset(1e-5));
        assertThat(rouge.out()).contains("tram ROUGE-1 R:", "2 summaries scored");
    }

    @Test
    void evalWithNothingScoredPrintsNoTableAndNamesEachLine(@TempDir Path dir) throws IOException {
        Path data = Files.writeString(dir.resolve("bad.jsonl"), "{\n[]\n{\"id\": \"n\", \"documents\": 3}\n");

        SummarizeCommandTest.Run r = run("eval", "--data", data.toString(), "--method", "lead");

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().lines().toList()).hasSize(4).last().asString()
                .isEqualTo("newsum: " + data + ": no cluster could be scored (3 failed, each named above)");
    }

    @Test
    void evalRefusesAnOutFolderItCannotWriteBeforeTheRun(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("taken"), "a file, not a folder");

        SummarizeCommandTest.Run r = run("eval", "--data", dataset(dir).toString(), "--method", "lead", "--out",
                file.toString());

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo("newsum: " + file + ": cannot write (not a directory)\n");
    }

    @Test
    void evalOutGivesEveryClusterItsOwnFileInsideTheFolder(@TempDir Path dir) throws IOException {
        StringBuilder lines = new StringBuilder();
        for (String id : List.of("..", "", "a/b", "a_b", ".", "c")) {
            lines.append(JSON.writeValueAsString(Map.of("id", id, "documents", List.of("The ferry to the islands "
                    + "will run twice a day from Monday, the harbour office said on Friday."), "summaries",
                    List.of("The ferry will run twice a day.")))).append('\n');
        }
        Path data = Files.writeString(dir.resolve("ids.jsonl"), lines);
        Path out = dir.resolve("out");

        assertThat(run("eval", "--data", data.toString(), "--method", "lead", "--out", out.toString()).code()).isZero();

        try (var files = Files.list(out.resolve("system"))) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted())
                    .containsExactly("_", "_.", "_..", "a_b", "a_b~2", "c");
        }
        assertThat(EvalCommand.fileName("x", new java.util.HashSet<>(List.of("x", "x~2")))).isEqualTo("x~3");
    }

    @Test
    void benchNamesUnreadableLinesOnceAndRefusesADatasetWithNoneReadable(@TempDir Path dir) throws IOException {
        SummarizeCommandTest.Run some = run("bench", "--data", dataset(dir).toString(), "--words", "30", "--methods",
                "lead,centroid", "--warm-up", "0", "--runs", "1");
        assertThat(some.code()).isZero();
        assertThat(some.err().lines().filter(l -> l.contains(":3: malformed JSON"))).hasSize(1);

        Path bad = Files.writeString(dir.resolve("bad.jsonl"), "{\nnull\n");
        SummarizeCommandTest.Run none = run("bench", "--data", bad.toString(), "--methods", "lead", "--warm-up", "0",
                "--runs", "1");
        assertThat(none.code()).isEqualTo(1);
        assertThat(none.out()).isEmpty();
        assertThat(none.err().lines().toList()).hasSize(3).last().asString()
                .isEqualTo("newsum: " + bad + ": no cluster could be read (2 lines, each named above)");
    }

    @Test
    void trainNamesTheLinesItCannotUseAndChecksWhereTheModelGoesFirst(@TempDir Path dir) throws IOException {
        Path data = dataset(dir);
        SummarizeCommandTest.Run noFolder = run("train", "--data", data.toString(), "--out",
                dir.resolve("no/such/model.json").toString());
        assertThat(noFolder.code()).isEqualTo(1);
        assertThat(noFolder.err()).isEqualTo("newsum: " + dir.resolve("no/such/model.json") + ": cannot write (no such "
                + "folder " + dir.resolve("no/such") + ")\n");
        assertThat(run("train", "--data", data.toString(), "--out", dir.toString()).err())
                .isEqualTo("newsum: " + dir + ": is a folder; give the model's file name\n");

        SummarizeCommandTest.Run r = run("train", "--data", data.toString(), "--out", dir.resolve("m.json").toString(),
                "--threads", "1");
        assertThat(r.err()).contains(data + ":3: malformed JSON").contains("(not used)");
    }

    @Test
    void trainWritesTheStoryFrequenciesTableOfTheDatasetsArticles(@TempDir Path dir) throws IOException {
        // Six invented articles that all name the tram, five the harbour, one the bakery.
        List<String> docs = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            docs.add("The new tram of Marrow carried " + (1000 + i) + " riders on its opening day, the operator said."
                    + (i < 5 ? " Its line runs from the harbour to the university." : " A bakery gave out free bread.")
                    + " Officials called the first week a success and promised more trams next spring.");
        }
        Path data = Files.writeString(dir.resolve("trams.jsonl"), JSON.writeValueAsString(java.util.Map.of("id", "t",
                "documents", docs, "summaries", List.of("A tram opened."))) + "\n");
        Path table = dir.resolve("df.tsv.gz");
        SummarizeCommandTest.Run r = run("train", "--story-frequencies", "--data", data.toString(), "--out",
                table.toString());
        assertThat(r.code()).isZero();
        org.newsum.story.BackgroundFrequencies read;
        try (java.io.InputStream in = Files.newInputStream(table)) {
            read = org.newsum.story.BackgroundFrequencies.read(in);
        }
        assertThat(read.articles()).isEqualTo(6);
        assertThat(read.df()).containsEntry("tram", 6).containsEntry("harbour", 5).doesNotContainKey("bakeri")
                .doesNotContainKey("bakery");
        assertThat(r.out()).contains("6 news articles of 6 read");
    }

    @Test
    void oracleAndBaselinesRunAndBenchComparesMethods(@TempDir Path dir) throws IOException {
        Path data = dataset(dir);
        assertThat(run("eval", "--data", data.toString(), "--method", "oracle", "--words", "30").out())
                .contains("method oracle");
        SummarizeCommandTest.Run bench = run("bench", "--data", data.toString(), "--words", "30",
                "--methods", "centroid,lead,first3,oracle", "--warm-up", "0", "--runs", "2");
        assertThat(bench.code()).isZero();
        List<String> rows = bench.out().lines().toList();
        assertThat(rows.get(1)).contains("method", "R-1", "R-2", "R-L", "R-SU4", "clusters/s", "failed");
        assertThat(rows).anyMatch(l -> l.startsWith("centroid")).anyMatch(l -> l.startsWith("lead"))
                .anyMatch(l -> l.startsWith("first3")).anyMatch(l -> l.startsWith("oracle"));
        assertThat(rows.stream().filter(l -> l.startsWith("oracle")).findFirst().orElseThrow()).endsWith(" 1");
    }

    @Test
    void benchTimesTheInsightPassWhenAskedAndScoresTheSame(@TempDir Path dir) throws IOException {
        Path data = dataset(dir);
        SummarizeCommandTest.Run plain = run("bench", "--data", data.toString(), "--words", "30",
                "--methods", "lead", "--warm-up", "0", "--runs", "1");
        SummarizeCommandTest.Run full = run("bench", "--data", data.toString(), "--words", "30",
                "--methods", "lead", "--warm-up", "0", "--runs", "1", "--insights", "full");
        assertThat(full.code()).isZero();
        assertThat(plain.out().lines().findFirst().orElseThrow()).endsWith("insights none");
        assertThat(full.out().lines().findFirst().orElseThrow()).endsWith("insights full");
        // insights never change the summary, so ROUGE is the same
        String plainRow = plain.out().lines().filter(l -> l.startsWith("lead")).findFirst().orElseThrow();
        String fullRow = full.out().lines().filter(l -> l.startsWith("lead")).findFirst().orElseThrow();
        assertThat(fullRow.substring(0, 55)).isEqualTo(plainRow.substring(0, 55));
        assertThat(run("bench", "--data", data.toString(), "--insights", "lots").code()).isEqualTo(2);
    }

    @Test
    void scaleBenchPoolsArticlesIntoOneClusterAndReportsTimeAndHeap(@TempDir Path dir) throws IOException {
        Path data = dataset(dir);
        SummarizeCommandTest.Run r = run("bench", "scale", "--data", data.toString(), "--articles", "3", "--runs", "2",
                "--words", "40");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("3 articles", "run 1:", "run 2:", "median", "of 2 runs", "peak heap used");

        SummarizeCommandTest.Run tooMany = run("bench", "scale", "--data", data.toString(), "--articles", "50");
        assertThat(tooMany.code()).isEqualTo(1);
        assertThat(tooMany.err()).startsWith("newsum: only 4 articles");
        assertThat(run("bench", "--data", data.toString(), "--runs", "0").code()).isEqualTo(2);
    }

    @Test
    void rougeNamesASummaryTooLongToScoreAndScoresTheOthers(@TempDir Path dir) throws IOException {
        Path sys = Files.createDirectories(dir.resolve("sys"));
        Path ref = Files.createDirectories(dir.resolve("ref"));
        String endless = String.join(" ", java.util.Collections.nCopies(9_000, "gull")) + "\n";
        Files.writeString(sys.resolve("long"), endless);
        Files.writeString(ref.resolve("long.A"), endless);
        Files.writeString(sys.resolve("short"), "The gulls left the pier.\n");
        Files.writeString(ref.resolve("short.A"), "Gulls left the pier at dawn.\n");

        SummarizeCommandTest.Run r = run("rouge", sys.toString(), ref.toString());

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains("1 summaries scored, 1 too long to score");
        assertThat(r.err()).startsWith("newsum: " + sys.resolve("long") + ": a reference sentence of 9,000 words")
                .doesNotContain("\tat ", "Exception", "out of memory");
        assertThat(r.err().strip().lines()).hasSize(1);
    }

    @Test
    void rougeAndEvalPrintTheScriptsOwnAverageWhenAsked(@TempDir Path dir) throws IOException {
        Path sys = Files.createDirectories(dir.resolve("sys"));
        Path ref = Files.createDirectories(dir.resolve("ref"));
        String[][] pairs = {
                {"s1", "The tram line was approved on Tuesday.", "The council approved the tram line on Tuesday."},
                {"s2", "Heat hit Sella and hospitals were busy.", "A heat wave hit Sella; hospitals treated dozens."},
                {"s10", "Bus fares rise in May.", "Fares for buses and trams go up in May by ten cents."}};
        List<RougeAverage.Scored> expected = new java.util.ArrayList<>();
        Rouge rouge = new Rouge(RougeOptions.STANDARD);
        for (String[] p : pairs) {
            Files.writeString(sys.resolve(p[0]), p[1] + "\n");
            Files.writeString(ref.resolve(p[0] + ".A"), p[2] + "\n");
            expected.add(new RougeAverage.Scored(p[0], rouge.score(List.of(p[1]), List.of(List.of(p[2])))));
        }
        Score official = RougeAverage.of(expected, RougeOptions.STANDARD.withAverage(RougeOptions.Average.OFFICIAL))
                .get("ROUGE-2");
        Score mean = RougeAverage.of(expected, RougeOptions.STANDARD).get("ROUGE-2");
        assertThat(official.r()).isNotEqualTo(RougeAverage.round5(mean.r()));

        SummarizeCommandTest.Run r = run("rouge", sys.toString(), ref.toString(), "--average", "official");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains(String.format(java.util.Locale.ROOT, "%-10s %8.5f %8.5f %8.5f",
                "ROUGE-2", official.r(), official.p(), official.f()));
        SummarizeCommandTest.Run plain = run("rouge", sys.toString(), ref.toString());
        assertThat(plain.out()).contains(String.format(java.util.Locale.ROOT, "%-10s %8.5f",
                "ROUGE-2", RougeAverage.round5(mean.r())));
        assertThat(run("rouge", sys.toString(), ref.toString(), "--average", "median").code()).isEqualTo(2);

        SummarizeCommandTest.Run eval = run("eval", "--data", dataset(dir).toString(), "--words", "30",
                "--average", "official");
        assertThat(eval.code()).as(eval.err()).isEqualTo(3); // one line of the dataset fails
        assertThat(eval.out().lines().findFirst().orElseThrow()).endsWith("official average (bootstrap mean as the "
                + "script prints it)");
    }

    @Test
    void rougeNamesSystemsWithoutReferences(@TempDir Path dir) throws IOException {
        Path sys = Files.createDirectories(dir.resolve("sys"));
        Path ref = Files.createDirectories(dir.resolve("ref"));
        Files.writeString(sys.resolve("d1"), "The tram line was approved.\n");
        Files.writeString(sys.resolve("d2"), "Nothing to compare.\n");
        Files.writeString(ref.resolve("d1.A"), "The council approved the tram line.\n");
        Files.writeString(ref.resolve("d1.B"), "A tram line was approved on Tuesday.\n");
        SummarizeCommandTest.Run r = run("rouge", sys.toString(), ref.toString(), "-l", "100");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains("ROUGE-SU4", "1 summaries scored, 1 without references: d2");
        assertThat(r.err()).contains("d2: no reference");
    }

    @Test
    void rougeReadsLinesAsTheScriptDoes(@TempDir Path dir) throws IOException {
        // CRLF lines, a \r inside a line, a blank-only line and a two-byte é: the script splits at \n only and
        // counts every byte. Expected numbers: perl 5.36 running ROUGE-1.5.5.pl's own scoring subroutines (-m).
        Path sys = Files.createDirectories(dir.resolve("sys"));
        Path ref = Files.createDirectories(dir.resolve("ref"));
        Files.write(sys.resolve("d1"), "alpha bravo\r\ncharlie delta\recho foxtrot\r\n  \r\ngolf café hotel\r\n"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Files.writeString(ref.resolve("d1.A"), "echo foxtrot charlie delta\r\ngolf hotel alpha bravo india\r\n");
        // no limit: "charlie delta\recho foxtrot" is one sentence for ROUGE-L, so its LCS is 2 tokens, not 4
        assertThat(run("rouge", sys.toString(), ref.toString(), "--per-id").out()).contains(
                "d1 ROUGE-1 R:0.88889 P:0.88889 F:0.88889", "d1 ROUGE-L R:0.66667 P:0.66667 F:0.66667");
        assertThat(run("rouge", sys.toString(), ref.toString(), "--per-id", "-b", "40").out()).contains(
                "d1 ROUGE-1 R:0.57143 P:0.66667 F:0.61539", "d1 ROUGE-2 R:0.33333 P:0.40000 F:0.36363",
                "d1 ROUGE-L R:0.22222 P:0.33333 F:0.26666", "d1 ROUGE-SU4 R:0.19231 P:0.25000 F:0.21739");
        assertThat(run("rouge", sys.toString(), ref.toString(), "--per-id", "-b", "45").out()).contains(
                "d1 ROUGE-1 R:0.62500 P:0.71429 F:0.66667", "d1 ROUGE-L R:0.33333 P:0.42857 F:0.37500");
        assertThat(run("rouge", sys.toString(), ref.toString(), "--per-id", "-l", "6").out()).contains(
                "d1 ROUGE-1 R:0.66667 P:0.66667 F:0.66667", "d1 ROUGE-L R:0.33333 P:0.33333 F:0.33333");
        // a Latin-1 é is one byte: -b 10 leaves "caf" and "alpha" whole
        Files.write(sys.resolve("d1"), new byte[] {'c', 'a', 'f', (byte) 0xE9, ' ', 'a', 'l', 'p', 'h', 'a', '\n'});
        Files.writeString(ref.resolve("d1.A"), "alpha caf bravo\n");
        assertThat(run("rouge", sys.toString(), ref.toString(), "--per-id", "-b", "10").out()).contains(
                "d1 ROUGE-1 R:1.00000 P:1.00000 F:1.00000", "d1 ROUGE-L R:0.50000 P:0.50000 F:0.50000");
    }

    @Test
    void badArgumentsAreOneLine(@TempDir Path dir) {
        assertThat(run("eval", "--data", dir.resolve("missing.jsonl").toString()).err())
                .startsWith("newsum: ").contains("missing.jsonl");
        assertThat(run("eval", "--data", "x.jsonl", "--method", "nope").code()).isEqualTo(2);
        assertThat(run("bench").code()).isEqualTo(2);
    }
}
