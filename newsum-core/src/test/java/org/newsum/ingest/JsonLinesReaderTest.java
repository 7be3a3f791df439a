package org.newsum.ingest;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.newsum.model.Article;
import org.newsum.model.NewsumException;
import org.newsum.model.Source;

class JsonLinesReaderTest {

    private static final String LINE_1 = "{\"id\": \"quake-01\", \"documents\": [\"A small earthquake shook the valley"
            + " on Sunday.\", \"No injuries were reported after the tremor.\"], \"summaries\": [\"A minor quake hit"
            + " the valley; nobody was hurt.\"]}";
    private static final String LINE_2 = "{\"id\": \"fair-02\", \"documents\": [\"The county fair opened on"
            + " Friday.\"], \"summaries\": [\"The fair opened.\", \"County fair begins.\"]}";

    @TempDir
    Path dir;

    private final JsonLinesReader reader = new JsonLinesReader(IngestLimits.DEFAULT);

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, UTF_8);
    }

    @Test
    void readsOneClusterPerLine() throws Exception {
        Path file = write("data.jsonl", LINE_1 + "\n" + LINE_2 + "\n");

        List<Source> sources = reader.read(file);

        assertThat(sources).extracting(Source::id).containsExactly("quake-01", "fair-02");
        Source quake = sources.get(0);
        assertThat(quake.articles()).extracting(Article::id).containsExactly("1", "2");
        assertThat(quake.articles()).extracting(Article::source).containsExactly("quake-01#1", "quake-01#2");
        assertThat(quake.articles()).extracting(Article::text).containsExactly(
                "A small earthquake shook the valley on Sunday.", "No injuries were reported after the tremor.");
        assertThat(quake.articles()).extracting(Article::format).containsOnly(Article.Format.TEXT);
        assertThat(quake.references()).containsExactly("A minor quake hit the valley; nobody was hurt.");
        assertThat(sources.get(1).references()).containsExactly("The fair opened.", "County fair begins.");
    }

    @Test
    void splitsADocumentStringAtSeparators() throws Exception {
        Source source = reader.parseLine("{\"id\": \"m\", \"documents\": [\"Rain flooded the market. ||||| Traders"
                + " moved their stalls uphill.\", \"The market reopened on Tuesday.\"]}", "test:1", "line-1");

        assertThat(source.articles()).extracting(Article::text).containsExactly(
                "Rain flooded the market.", "Traders moved their stalls uphill.", "The market reopened on Tuesday.");
        assertThat(source.articles()).extracting(Article::id).containsExactly("1", "2", "3");
    }

    @Test
    void readsObjectDocumentsWithTextOrHtmlAndMetadata() throws Exception {
        Source source = reader.parseLine("{\"id\": \"obj\", \"documents\": ["
                + "{\"text\": \"The dam was completed ahead of schedule.\", \"title\": \"Dam finished\","
                + " \"url\": \"https://news.example/dam\", \"source\": \"Valley Herald\", \"date\": \"2026-04-02\"},"
                + "{\"html\": \"<p>Engineers praised the dam.</p>\", \"title\": \"Praise for dam\"}]}",
                "test:1", "line-1");

        assertThat(source.articles()).hasSize(2);
        Article text = source.articles().get(0);
        assertThat(text.format()).isEqualTo(Article.Format.TEXT);
        assertThat(text.text()).isEqualTo("The dam was completed ahead of schedule.");
        assertThat(text.title()).isEqualTo("Dam finished");
        assertThat(text.url()).isEqualTo("https://news.example/dam");
        assertThat(text.source()).isEqualTo("Valley Herald");
        assertThat(text.date()).isEqualTo("2026-04-02");
        Article html = source.articles().get(1);
        assertThat(html.format()).isEqualTo(Article.Format.HTML);
        assertThat(html.text()).isEqualTo("<p>Engineers praised the dam.</p>");
        assertThat(html.title()).isEqualTo("Praise for dam");
        assertThat(html.url()).isNull();
        assertThat(html.source()).isEqualTo("obj#2");
    }

    @Test
    void skipsBlankLinesButKeepsLineNumbers() throws Exception {
        Path file = write("gaps.jsonl", "\n" + LINE_1 + "\n   \n{\"documents\": [\"Untitled cluster text.\"]}\n\n");

        List<Source> sources = reader.read(file);

        assertThat(sources).extracting(Source::id).containsExactly("quake-01", "line-4");
    }

    @Test
    void acceptsASingleSummaryString() throws Exception {
        Source source = reader.parseLine("{\"documents\": [\"Text.\"], \"summary\": \"Short.\"}", "t:1", "line-1");

        assertThat(source.id()).isEqualTo("line-1");
        assertThat(source.references()).containsExactly("Short.");
    }

    @Test
    void malformedJsonNamesTheLine() throws Exception {
        Path file = write("bad.jsonl", LINE_1 + "\n" + LINE_2 + "\n{\"id\": \"broken\", \"documents\": [\"Text\"\n");

        assertThatThrownBy(() -> reader.read(file))
                .isInstanceOf(NewsumException.class)
                .hasMessageContaining(file + ":3:")
                .hasMessageContaining("malformed JSON");
    }

    @Test
    void twoObjectsOnOneLineAreMalformed() {
        String line = "{\"id\": \"a\", \"documents\": [\"First.\"]} {\"id\": \"b\", \"documents\": [\"Second.\"]}";

        assertThatThrownBy(() -> reader.parse(line + "\n", "joined.jsonl"))
                .isInstanceOf(NewsumException.class)
                .hasMessageContaining("joined.jsonl:1:")
                .hasMessageContaining("malformed JSON");
    }

    @Test
    void missingDocumentsArrayNamesTheLine() throws Exception {
        Path file = write("nodocs.jsonl", LINE_1 + "\n{\"id\": \"x\", \"articles\": [\"Text.\"]}\n");

        assertThatThrownBy(() -> reader.read(file))
                .isInstanceOf(NewsumException.class)
                .hasMessageContaining(file + ":2:")
                .hasMessageContaining("no \"documents\" array");
    }

    @Test
    void documentsThatIsNotAnArrayIsAnError() {
        assertThatThrownBy(() -> reader.parse("{\"documents\": \"Just a string.\"}", "str.jsonl"))
                .isInstanceOf(NewsumException.class)
                .hasMessageContaining("str.jsonl:1:")
                .hasMessageContaining("documents");
    }

    @Test
    void emptyDocumentsIsAnError() {
        assertThatThrownBy(() -> reader.parse("{\"id\": \"x\", \"documents\": []}", "empty.jsonl"))
                .isInstanceOf(NewsumException.class)
                .hasMessageContaining("empty.jsonl:1:")
                .hasMessageContaining("\"documents\" is empty");
    }

    @Test
    void aLineThatIsNotAnObjectIsAnError() {
        assertThatThrownBy(() -> reader.parse("[\"a\", \"b\"]", "array.jsonl"))
                .isInstanceOf(NewsumException.class)
                .hasMessageContaining("array.jsonl:1:")
                .hasMessageContaining("expected a JSON object");
    }

    @Test
    void aDocumentOfTheWrongShapeIsAnError() {
        assertThatThrownBy(() -> reader.parse("{\"documents\": [42]}", "num.jsonl"))
                .isInstanceOf(NewsumException.class)
                .hasMessageContaining("num.jsonl:1:")
                .hasMessageContaining("a document must be a string or an object");
        assertThatThrownBy(() -> reader.parse("{\"documents\": [{\"title\": \"No body\"}]}", "obj.jsonl"))
                .isInstanceOf(NewsumException.class)
                .hasMessageContaining("obj.jsonl:1:");
    }

    @Test
    void fileWithOnlyBlankLinesIsAnError() throws Exception {
        Path file = write("blank.jsonl", "\n  \n");

        assertThatThrownBy(() -> reader.read(file))
                .isInstanceOf(NewsumException.class)
                .hasMessageContaining("blank.jsonl")
                .hasMessageContaining("no JSON lines");
    }

    @Test
    void decompressesGzippedFiles() throws Exception {
        Path file = dir.resolve("data.jsonl.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write((LINE_1 + "\n" + LINE_2 + "\n").getBytes(UTF_8));
        }

        assertThat(reader.read(file)).extracting(Source::id).containsExactly("quake-01", "fair-02");
    }

    @Test
    void gzipExtensionIsCaseInsensitive() throws Exception {
        // SourceReader.isJsonLines accepts upper-case names, so the reader must decompress them too.
        Path file = dir.resolve("DATA.JSONL.GZ");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write((LINE_2 + "\n").getBytes(UTF_8));
        }

        assertThat(reader.read(file)).extracting(Source::id).containsExactly("fair-02");
    }

    @Test
    void invalidUtf8IsAnError() throws Exception {
        byte[] prefix = "{\"documents\": [\"Caf".getBytes(UTF_8);
        byte[] suffix = " opens.\"]}\n".getBytes(UTF_8);
        byte[] bytes = new byte[prefix.length + 1 + suffix.length];
        System.arraycopy(prefix, 0, bytes, 0, prefix.length);
        bytes[prefix.length] = (byte) 0xE9;
        System.arraycopy(suffix, 0, bytes, prefix.length + 1, suffix.length);
        Path file = Files.write(dir.resolve("latin1.jsonl"), bytes);

        assertThatThrownBy(() -> reader.read(file))
                .isInstanceOf(NewsumException.class)
                .hasMessageContaining("latin1.jsonl")
                .hasMessageContaining("not valid UTF-8");
    }

    @Test
    void tooManyArticlesOnOneLineIsAnError() {
        JsonLinesReader small = new JsonLinesReader(new IngestLimits(1024 * 1024, 2));

        assertThatThrownBy(() -> small.parse("{\"documents\": [\"One.\", \"Two.\", \"Three.\"]}", "big.jsonl"))
                .isInstanceOf(NewsumException.class)
                .hasMessageContaining("big.jsonl:1:")
                .hasMessageContaining("limit of 2");
    }

    @Test
    void lineOverTheSizeLimitIsAnError() {
        JsonLinesReader small = new JsonLinesReader(new IngestLimits(32, 10));

        assertThatThrownBy(() -> small.parse(LINE_2, "long.jsonl"))
                .isInstanceOf(NewsumException.class)
                .hasMessageContaining("long.jsonl:1:")
                .hasMessageContaining("limit");
    }

    @Test
    void readEntriesKeepsGoingPastBadLinesAndNamesThem() throws Exception {
        Path file = write("data.jsonl", LINE_1 + "\n\n{\"id\": \"x\", \"documents\": [\n" + LINE_2 + "\n{\"id\": 3}\n");

        List<JsonLinesReader.Entry> entries = reader.readEntries(file);

        assertThat(entries).extracting(JsonLinesReader.Entry::line).containsExactly(1, 3, 4, 5);
        assertThat(entries.get(0).source().id()).isEqualTo("quake-01");
        assertThat(entries.get(1).source()).isNull();
        assertThat(entries.get(1).error()).contains(":3: malformed JSON");
        assertThat(entries.get(2).source().id()).isEqualTo("fair-02");
        assertThat(entries.get(3).error()).contains(":5: no \"documents\" array");
    }
}
