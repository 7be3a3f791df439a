package org.newsum.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsum.app.SummarizeCommandTest.run;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractionBenchTest {

    private static final String BODY = "The lighthouse keeper of Gull Point retired on Monday after forty years. "
            + "She said the lamp had never once failed during a storm, though the stairs had worn thin.";

    private static void gzip(Path file, String text) throws IOException {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void scoresAnInventedBenchmarkAndListsTheWorstPage(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("html"));
        gzip(dir.resolve("html/good.html.gz"), "<html><body><nav><a href=/>Home</a></nav><article><p>" + BODY
                + "</p></article></body></html>");
        gzip(dir.resolve("html/empty.html.gz"), "<html><body></body></html>");
        new ObjectMapper().writeValue(dir.resolve("ground-truth.json").toFile(), Map.of(
                "good", Map.of("articleBody", BODY, "url", "https://gull.example/keeper"),
                "empty", Map.of("articleBody", "A body the page does not have at all.", "url", "https://x.example/")));

        SummarizeCommandTest.Run r = run("bench", "extraction", "--data", dir.toString(), "--runs", "2",
                "--warm-up", "0", "--threads", "1", "--show-worst", "1", "--out", dir.resolve("out").toString());

        assertThat(r.code()).as(r.err()).isZero();
        // one perfect page and one with nothing extracted, which the benchmark leaves out of precision:
        // P = 1 (one page), R = 0.5 (two pages), F1 = 2/3
        assertThat(r.out()).contains("precision 1.0000", "recall 0.5000", "F1 0.6667", "1 pages with no text",
                "pages/s");
        assertThat(r.out().lines().filter(l -> l.startsWith("empty ")).count()).isEqualTo(1);
        assertThat(Files.readString(dir.resolve("out/good.txt"))).isEqualTo(BODY);
    }

    @Test
    void malformedGroundTruthOrAPageThatIsNotGzipIsOneLineNamingTheFile(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("ground-truth.json"), "{not json");
        SummarizeCommandTest.Run r = run("bench", "extraction", "--data", dir.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("newsum: " + dir + ": ground-truth.json: malformed JSON at line 1, column 2\n");

        Files.writeString(dir.resolve("ground-truth.json"), "{\"p1\": {\"articleBody\": \"x\"}}");
        Files.createDirectories(dir.resolve("html"));
        Files.writeString(dir.resolve("html/p1.html.gz"), "<html>not compressed</html>");
        r = run("bench", "extraction", "--data", dir.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("newsum: " + dir + ": html/p1.html.gz: not complete gzip data\n");
    }

    @Test
    void aFolderWithoutGroundTruthIsOneLine(@TempDir Path dir) {
        SummarizeCommandTest.Run r = run("bench", "extraction", "--data", dir.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("no ground-truth.json");
    }
}
