package org.newsum.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractCommandTest {

    static final String PAGE = """
            <!DOCTYPE html>
            <html><head>
            <meta charset="windows-1252">
            <title>Quay caf\u00e9 to close | Harbour Times</title>
            <meta name="author" content="Ren\u00e9e Holm">
            <meta property="article:published_time" content="2026-05-02T07:30:00Z">
            <link rel="canonical" href="https://harbour.example/news/cafe">
            </head><body>
            <nav><a href="/">Home</a> <a href="/news">News</a></nav>
            <article><h1>Quay caf\u00e9 to close after sixty years</h1>
            <p>Share this article</p>
            <p>The owners of the \u201cBlue Kettle\u201d caf\u00e9 on the quay said on Friday that they would close for good at
            the end of the month \u2013 after sixty years of serving tea and fried fish to ferry passengers.</p>
            <p>Regulars said the na\u00efve charm of the place could not be replaced, and a petition to save it had
            gathered more than two thousand names by Saturday evening.</p>
            </article><footer><p>\u00a9 2026 Harbour Times. All rights reserved.</p></footer></body></html>
            """;

    private static Path write(Path dir, String name, String text, Charset charset) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, text.getBytes(charset));
        return file;
    }

    @Test
    void printsTheArticleWithItsMetadata(@TempDir Path dir) throws IOException {
        Path page = write(dir, "cafe.html", PAGE, Charset.forName("windows-1252"));

        SummarizeCommandTest.Run r = SummarizeCommandTest.run("extract", page.toString());

        assertThat(r.code()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).startsWith("""
                Title: Quay caf\u00e9 to close after sixty years
                Authors: Ren\u00e9e Holm
                Date: 2026-05-02T07:30:00Z
                URL: https://harbour.example/news/cafe
                Language: en
                Words: 66

                The owners of the \u201cBlue Kettle\u201d caf\u00e9 on the quay""");
        assertThat(r.out()).contains("the na\u00efve charm").doesNotContain("Share this", "All rights reserved", "Home");
    }

    @Test
    void jsonHasEveryFieldAndTheRemovedLines(@TempDir Path dir) throws IOException {
        Path page = write(dir, "cafe.html", PAGE, Charset.forName("windows-1252"));

        SummarizeCommandTest.Run r = SummarizeCommandTest.run("extract", page.toString(), "--format", "json");

        assertThat(r.code()).isZero();
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertThat(root.get("title").asText()).isEqualTo("Quay caf\u00e9 to close after sixty years");
        assertThat(root.get("authors").get(0).asText()).isEqualTo("Ren\u00e9e Holm");
        assertThat(root.get("authors").size()).isEqualTo(1);
        assertThat(root.get("language").asText()).isEqualTo("en");
        assertThat(root.get("words").asInt()).isEqualTo(66);
        assertThat(root.get("text").asText()).startsWith("The owners of the");
        // the share bar goes with the page's other furniture in the HTML passes, before the line filter, and is listed
        assertThat(root.get("text").asText()).doesNotContain("Share this");
        assertThat(root.get("removed").isArray()).isTrue();
        assertThat(root.get("removed").toString()).contains(
                "{\"article\":\"1\",\"scope\":\"block\",\"line\":null,\"code\":\"R107\",\"message\":\"share or social prompt\",\"text\":\"Share this article\"}",
                "{\"article\":\"1\",\"scope\":\"block\",\"line\":null,\"code\":\"R101\",\"message\":\"navigation\",\"text\":\"Home News\"}",
                "{\"article\":\"1\",\"scope\":\"block\",\"line\":null,\"code\":\"R124\",\"message\":\"headline\","
                        + "\"text\":\"Quay caf\u00e9 to close after sixty years\"}");
        assertThat(root.has("notices")).isTrue();
    }

    @Test
    void aPlainTextFileIsFilteredToo(@TempDir Path dir) throws IOException {
        Path text = write(dir, "notes.txt", "By Sam Writer\n\n" + "The quay caf\u00e9 will close at the end of May,"
                + " its owners said, after sixty years in the same building by the ferry ramp.\nMost Popular\n",
                StandardCharsets.UTF_8);

        SummarizeCommandTest.Run r = SummarizeCommandTest.run("extract", text.toString());

        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Authors: Sam Writer").doesNotContain("Most Popular").doesNotContain("Title:");
    }

    @Test
    void aPageWithoutAnArticleIsAnErrorThatSaysWhatThePageIs(@TempDir Path dir) throws IOException {
        Path page = write(dir, "gone.html", "<html><head><title>Not found</title></head><body><h1>404</h1>"
                + "<p>Sorry, the page you requested could not be found.</p><p><a href=\"/\">Home</a></p></body></html>",
                StandardCharsets.UTF_8);

        SummarizeCommandTest.Run r = SummarizeCommandTest.run("extract", page.toString());

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo("newsum: " + page + ": no article (page not found)\n");
    }

    @Test
    void aMissingFileIsOneLineOnStderr(@TempDir Path dir) {
        String missing = dir.resolve("nope.html").toString();

        SummarizeCommandTest.Run r = SummarizeCommandTest.run("extract", missing);

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo("newsum: " + missing + ": no such file or folder\n");
    }

    @Test
    void aBinaryFileIsRefused(@TempDir Path dir) throws IOException {
        Path binary = dir.resolve("photo.html");
        Files.write(binary, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 0, 1, 2});

        SummarizeCommandTest.Run r = SummarizeCommandTest.run("extract", binary.toString());

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith("newsum: " + binary + ": a PNG image, not text or HTML");
    }

    @Test
    void aDatasetIsNotAPage(@TempDir Path dir) throws IOException {
        Path data = write(dir, "d.jsonl", "{\"documents\": [\"x\"]}\n", StandardCharsets.UTF_8);

        SummarizeCommandTest.Run r = SummarizeCommandTest.run("extract", data.toString());

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("extract reads one page");
    }

    @Test
    void fetchesAUrlHonouringTheServersCharset() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        // The page's meta tag is removed: the charset comes from the Content-Type header alone.
        byte[] body = PAGE.replace("<meta charset=\"windows-1252\">", "").getBytes(Charset.forName("windows-1252"));
        server.createContext("/cafe", ex -> {
            ex.getResponseHeaders().add("Content-Type", "text/html; charset=windows-1252");
            ex.sendResponseHeaders(200, body.length);
            ex.getResponseBody().write(body);
            ex.close();
        });
        server.createContext("/gone", ex -> {
            ex.sendResponseHeaders(404, -1);
            ex.close();
        });
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort();

            SummarizeCommandTest.Run ok = SummarizeCommandTest.run("extract", base + "/cafe", "--format", "json");
            SummarizeCommandTest.Run gone = SummarizeCommandTest.run("extract", base + "/gone");

            assertThat(ok.code()).isZero();
            JsonNode root = new ObjectMapper().readTree(ok.out());
            assertThat(root.get("source").asText()).isEqualTo(base + "/cafe");
            assertThat(root.get("url").asText()).isEqualTo("https://harbour.example/news/cafe");
            assertThat(root.get("text").asText()).contains("\u201cBlue Kettle\u201d caf\u00e9", "na\u00efve");
            assertThat(gone.code()).isEqualTo(1);
            assertThat(gone.out()).isEmpty();
            assertThat(gone.err()).isEqualTo("newsum: " + base + "/gone: the server answered HTTP 404\n");
        } finally {
            server.stop(0);
        }
    }
}
