package org.newsum.ingest;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.newsum.model.Article;
import org.newsum.model.NewsumException;
import org.newsum.model.Notice;
import org.newsum.model.Source;
import org.newsum.model.IngestLimits;
import org.newsum.model.SourceEntry;

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

    private List<SourceEntry> entries(JsonLinesReader r, Path file) throws NewsumException {
        try (Stream<SourceEntry> s = r.entries(file)) {
            return s.toList();
        }
    }

    /** The clusters of a dataset whose lines are all good. */
    private List<Source> read(Path file) throws NewsumException {
        List<SourceEntry> entries = entries(reader, file);
        assertThat(entries).extracting(SourceEntry::error).containsOnlyNulls();
        return entries.stream().map(SourceEntry::source).toList();
    }

    /** The one entry of a dataset of one line. */
    private SourceEntry only(JsonLinesReader r, String name, String text) throws Exception {
        List<SourceEntry> entries = entries(r, write(name, text));
        assertThat(entries).hasSize(1);
        return entries.get(0);
    }

    /** Enough words that a few control characters are a stray few, not binary data. */
    private static final String PROSE = "The harbour master said the boats would stay in port until the wind dropped"
            + " and the swell eased, which the forecast put at late on Sunday.";

    @Test
    void controlCharactersInDocumentsTitlesAndIdsAreRemovedWithANotice() throws Exception {
        String line = "{\"id\": \"gale\\u001b[2J\", \"documents\": [\"The gale\\u0007 closed the \\u001b[31mpier\\u0000 " + PROSE + "\","
                + " {\"text\": \"Boats stayed\\u009b in port. " + PROSE + "\", \"title\": \"Gale\\u001b]0;x\\u0007\"}]}";

        SourceEntry entry = only(reader, "gale.jsonl", line + "\n");

        Source source = entry.source();
        assertThat(source.id()).isEqualTo("gale[2J");
        assertThat(source.articles()).extracting(Article::text)
                .containsExactly("The gale closed the [31mpier " + PROSE, "Boats stayed in port. " + PROSE);
        assertThat(source.articles().get(1).title()).isEqualTo("Gale]0;x");
        assertThat(source.notices()).containsExactly(
                Notice.controlsRemoved(dir.resolve("gale.jsonl") + ":1: document 1", 3),
                Notice.controlsRemoved(dir.resolve("gale.jsonl") + ":1: document 2", 1));
        assertThat(source.notices().get(0).message()).isEqualTo(dir.resolve("gale.jsonl")
                + ":1: document 1: removed 3 control character(s), such as NUL, that are not part of a text");
    }

    @Test
    void aDocumentOfBinaryDataIsThatLinesErrorAndTheNextLineIsRead() throws Exception {
        StringBuilder noise = new StringBuilder();
        java.util.Random random = new java.util.Random(7);
        for (int i = 0; i < 2000; i++) {
            noise.append(String.format("\\u%04x", random.nextInt(256)));
        }
        Path file = write("noise.jsonl", "{\"id\": \"n\", \"documents\": [\"" + noise + "\"]}\n" + LINE_2 + "\n");

        List<SourceEntry> entries = entries(reader, file);

        assertThat(entries).hasSize(2);
        assertThat(entries.get(0).error()).startsWith(file + ":1: document 1: binary data (")
                .endsWith("control characters in the first 2000 characters), not text or HTML");
        assertThat(entries.get(1).source().id()).isEqualTo("fair-02");
    }

    @Test
    void aUtf16OrBinaryFileIsRefusedAsAWholeNotLineByLine() throws Exception {
        Path utf16 = dir.resolve("wide.jsonl");
        Files.write(utf16, (LINE_1 + "\n" + LINE_2 + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_16));
        Path utf16le = dir.resolve("wide-le.jsonl");
        Files.write(utf16le, (LINE_1 + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_16LE));
        byte[] random = new byte[4000];
        new java.util.Random(3).nextBytes(random);
        Path binary = Files.write(dir.resolve("noise.jsonl"), random);

        assertThatThrownBy(() -> entries(reader, utf16)).isInstanceOf(NewsumException.class)
                .hasMessage(utf16 + ": UTF-16 text, not JSON Lines (which must be UTF-8)");
        assertThatThrownBy(() -> entries(reader, utf16le)).isInstanceOf(NewsumException.class)
                .hasMessage(utf16le + ": UTF-16 text, not JSON Lines (which must be UTF-8)");
        assertThatThrownBy(() -> entries(reader, binary)).isInstanceOf(NewsumException.class)
                .hasMessageStartingWith(binary + ": binary data (").hasMessageEndingWith("), not JSON Lines (which must be UTF-8)");
    }

    @Test
    void readsOneClusterPerLine() throws Exception {
        Path file = write("data.jsonl", LINE_1 + "\n" + LINE_2 + "\n");

        List<Source> sources = read(file);

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

        List<Source> sources = read(file);

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

        List<SourceEntry> entries = entries(reader, file);

        assertThat(entries).extracting(SourceEntry::line).containsExactly(1, 2, 3);
        assertThat(entries.get(2).source()).isNull();
        assertThat(entries.get(2).id()).isNull();
        assertThat(entries.get(2).error()).startsWith(file + ":3: malformed JSON");
    }

    @Test
    void twoObjectsOnOneLineAreMalformed() throws Exception {
        String line = "{\"id\": \"a\", \"documents\": [\"First.\"]} {\"id\": \"b\", \"documents\": [\"Second.\"]}";

        assertThat(only(reader, "joined.jsonl", line + "\n").error())
                .contains("joined.jsonl:1:")
                .contains("malformed JSON");
    }

    @Test
    void missingDocumentsArrayNamesTheLine() throws Exception {
        Path file = write("nodocs.jsonl", LINE_1 + "\n{\"id\": \"x\", \"articles\": [\"Text.\"]}\n");

        SourceEntry second = entries(reader, file).get(1);

        assertThat(second.error()).isEqualTo(file + ":2: no \"documents\" array");
        assertThat(second.id()).isEqualTo("x");
    }

    @Test
    void documentsThatIsNotAnArrayIsAnError() throws Exception {
        assertThat(only(reader, "str.jsonl", "{\"documents\": \"Just a string.\"}").error())
                .contains("str.jsonl:1:")
                .contains("documents");
    }

    @Test
    void emptyDocumentsIsAnError() throws Exception {
        assertThat(only(reader, "empty.jsonl", "{\"id\": \"x\", \"documents\": []}").error())
                .contains("empty.jsonl:1:")
                .contains("\"documents\" is empty");
    }

    @Test
    void aLineThatIsNotAnObjectIsAnError() throws Exception {
        assertThat(only(reader, "array.jsonl", "[\"a\", \"b\"]").error())
                .contains("array.jsonl:1:")
                .contains("expected a JSON object");
    }

    @Test
    void aDocumentOfTheWrongShapeIsAnError() throws Exception {
        assertThat(only(reader, "num.jsonl", "{\"documents\": [42]}").error())
                .contains("num.jsonl:1:")
                .contains("a document must be a string or an object");
        assertThat(only(reader, "obj.jsonl", "{\"documents\": [{\"title\": \"No body\"}]}").error())
                .contains("obj.jsonl:1:");
    }

    @Test
    void fileWithOnlyBlankLinesIsAnError() throws Exception {
        Path file = write("blank.jsonl", "\n  \n");

        assertThatThrownBy(() -> read(file))
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

        assertThat(read(file)).extracting(Source::id).containsExactly("quake-01", "fair-02");
    }

    @Test
    void gzipExtensionIsCaseInsensitive() throws Exception {
        // SourceReader.isJsonLines accepts upper-case names, so the reader must decompress them too.
        Path file = dir.resolve("DATA.JSONL.GZ");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write((LINE_2 + "\n").getBytes(UTF_8));
        }

        assertThat(read(file)).extracting(Source::id).containsExactly("fair-02");
    }

    @Test
    void invalidUtf8IsThatLinesError() throws Exception {
        byte[] prefix = "{\"documents\": [\"Caf".getBytes(UTF_8);
        byte[] suffix = " opens.\"]}\n".getBytes(UTF_8);
        byte[] good = (LINE_2 + "\n").getBytes(UTF_8);
        byte[] bytes = new byte[prefix.length + 1 + suffix.length + good.length];
        System.arraycopy(prefix, 0, bytes, 0, prefix.length);
        bytes[prefix.length] = (byte) 0xE9;
        System.arraycopy(suffix, 0, bytes, prefix.length + 1, suffix.length);
        System.arraycopy(good, 0, bytes, prefix.length + 1 + suffix.length, good.length);
        Path file = Files.write(dir.resolve("latin1.jsonl"), bytes);

        List<SourceEntry> entries = entries(reader, file);

        assertThat(entries.get(0).error()).isEqualTo(file + ":1: not valid UTF-8 (JSON Lines must be UTF-8)");
        assertThat(entries.get(1).source().id()).isEqualTo("fair-02");
    }

    @Test
    void tooManyArticlesOnOneLineIsAnError() throws Exception {
        JsonLinesReader small = new JsonLinesReader(new IngestLimits(1024 * 1024, 2));

        assertThat(only(small, "big.jsonl", "{\"documents\": [\"One.\", \"Two.\", \"Three.\"]}").error())
                .contains("big.jsonl:1:")
                .contains("limit of 2");
    }

    @Test
    void lineOverTheSizeLimitIsAnError() throws Exception {
        JsonLinesReader small = new JsonLinesReader(new IngestLimits(32, 10));

        assertThat(only(small, "long.jsonl", LINE_2).error())
                .contains("long.jsonl:1:")
                .contains("limit");
    }

    @Test
    void readEntriesKeepsGoingPastBadLinesAndNamesThem() throws Exception {
        Path file = write("data.jsonl", LINE_1 + "\n\n{\"id\": \"x\", \"documents\": [\n" + LINE_2 + "\n{\"id\": 3}\n");

        List<SourceEntry> entries = entries(reader, file);

        assertThat(entries).extracting(SourceEntry::line).containsExactly(1, 3, 4, 5);
        assertThat(entries.get(0).source().id()).isEqualTo("quake-01");
        assertThat(entries.get(1).source()).isNull();
        assertThat(entries.get(1).error()).contains(":3: malformed JSON");
        assertThat(entries.get(2).source().id()).isEqualTo("fair-02");
        assertThat(entries.get(3).error()).contains(":5: no \"documents\" array");
    }

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    @Test
    void aByteOrderMarkBeforeTheFirstLineIsIgnored() throws Exception {
        Path file = Files.write(dir.resolve("bom.jsonl"), concat(BOM, (LINE_1 + "\n" + LINE_2 + "\n").getBytes(UTF_8)));

        assertThat(read(file)).extracting(Source::id).containsExactly("quake-01", "fair-02");
    }

    @Test
    void aByteOrderMarkInsideAGzipAndBeforeALaterLineIsIgnored() throws Exception {
        // cat a.jsonl b.jsonl of two files saved with BOMs puts one before a later line
        Path file = dir.resolve("bom.jsonl.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(concat(BOM, (LINE_1 + "\n").getBytes(UTF_8), BOM, (LINE_2 + "\r\n").getBytes(UTF_8)));
        }

        assertThat(read(file)).extracting(Source::id).containsExactly("quake-01", "fair-02");
    }

    @Test
    void gzipIsRecognizedByItsSignatureWhateverTheName() throws Exception {
        Path file = dir.resolve("data.jsonl");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write((LINE_2 + "\n").getBytes(UTF_8));
        }

        assertThat(read(file)).extracting(Source::id).containsExactly("fair-02");
    }

    @Test
    void aLineOverTheLimitIsSkippedWhileReadingAndTheNextLineIsRead() throws Exception {
        JsonLinesReader small = new JsonLinesReader(new IngestLimits(1024, 10));
        String huge = "{\"id\": \"huge\", \"documents\": [\"" + "word ".repeat(100_000) + "\"]}";
        Path file = write("long.jsonl", LINE_1 + "\n" + huge + "\n" + LINE_2 + "\n");

        List<SourceEntry> entries = entries(small, file);

        assertThat(entries).extracting(SourceEntry::line).containsExactly(1, 2, 3);
        assertThat(entries.get(1).error()).isEqualTo(file + ":2: line of 0.5 MB, longer than the limit of 0.0 MB (skipped)");
        assertThat(entries.get(2).source().id()).isEqualTo("fair-02");
    }

    @Test
    void aLineWithinTheLimitMayHoldAStringLongerThanJacksonsDefaultLimit() throws Exception {
        // Jackson refuses strings of more than 20 million characters unless told otherwise.
        JsonLinesReader roomy = new JsonLinesReader(new IngestLimits(24L * 1024 * 1024, 10));
        String line = "{\"id\": \"long\", \"documents\": [\"" + "a".repeat(21_000_000) + "\"]}";

        assertThat(only(roomy, "long.jsonl", line).source().articles().get(0).text()).hasSize(21_000_000);
    }

    @Test
    void aDecompressionBombIsRefusedBeforeAnyLine() throws Exception {
        Path file = dir.resolve("bomb.jsonl.gz");
        byte[] line = (LINE_2 + "\n").getBytes(UTF_8);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file), 1 << 16)) {
            byte[] block = new byte[line.length * 10_000];
            for (int i = 0; i < 10_000; i++) {
                System.arraycopy(line, 0, block, i * line.length, line.length);
            }
            for (long written = 0; written <= 80L * 1024 * 1024; written += block.length) {
                out.write(block);
            }
        }

        assertThatThrownBy(() -> reader.entries(file))
                .isInstanceOf(NewsumException.class)
                .hasMessageStartingWith(file + ": refused: it inflates more than 20 times")
                .hasMessageContaining("as a decompression bomb does");
    }

    private Path cutGzip() throws IOException {
        Path whole = dir.resolve("whole.jsonl.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(whole))) {
            for (int i = 0; i < 2000; i++) {
                out.write(("{\"id\": \"c" + i + "\", \"documents\": [\"Text number " + i * 7919 + ".\"]}\n")
                        .getBytes(UTF_8));
            }
        }
        byte[] bytes = Files.readAllBytes(whole);
        return Files.write(dir.resolve("cut.jsonl.gz"), java.util.Arrays.copyOf(bytes, bytes.length / 2));
    }

    @Test
    void aGzipCutShortGivesItsGoodLinesAndThenSaysWhereItBrokeOff() throws Exception {
        // A download cut short is common: the clusters before the cut are not lost to it.
        Path cut = cutGzip();

        List<SourceEntry> entries = entries(reader, cut);

        SourceEntry last = entries.get(entries.size() - 1);
        assertThat(entries.subList(0, entries.size() - 1)).hasSizeGreaterThan(100)
                .allMatch(e -> e.source() != null || e.error().startsWith(cut + ":" + e.line() + ": "));
        assertThat(last.error()).isEqualTo(cut + ": cannot read past line " + (last.line() - 1)
                + " (the gzip data ends too soon: the file is cut short)");
    }

    @Test
    void dataThatIsNotGzipFromItsStartIsRefusedAsAWhole() throws Exception {
        Path fake = Files.write(dir.resolve("fake.jsonl.gz"), new byte[] {0x1F, (byte) 0x8B, 0x08, 0, 9, 9, 9, 9, 9, 9,
                'n', 'o', 't', ' ', 'd', 'e', 'f', 'l', 'a', 't', 'e'});

        assertThatThrownBy(() -> reader.entries(fake))
                .isInstanceOf(NewsumException.class)
                .hasMessageStartingWith(fake + ": cannot read (");
    }

    @Test
    void aStreamThatFailsLaterEndsWithAnEntrySayingSo() throws Exception {
        Path cut = cutGzip();

        List<SourceEntry> entries;
        try (Stream<SourceEntry> s = reader.entries(new java.util.zip.GZIPInputStream(Files.newInputStream(cut)),
                "cut.jsonl.gz")) {
            entries = s.toList();
        }

        SourceEntry last = entries.get(entries.size() - 1);
        assertThat(entries.subList(0, entries.size() - 1)).hasSizeGreaterThan(100)
                .allMatch(e -> e.source() != null || e.error().startsWith("cut.jsonl.gz:" + e.line() + ": "));
        assertThat(last.error()).isEqualTo("cut.jsonl.gz: cannot read past line " + (last.line() - 1)
                + " (the gzip data ends too soon: the file is cut short)");
    }

    @Test
    void anArchiveNamedJsonlIsRefusedAsWhatItIs() throws Exception {
        Path file = dir.resolve("data.jsonl");
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("data.jsonl"));
            zip.write((LINE_1 + "\n").getBytes(UTF_8));
        }

        assertThatThrownBy(() -> reader.entries(file))
                .isInstanceOf(NewsumException.class)
                .hasMessage(file + ": a ZIP archive, not JSON Lines");
    }

    @Test
    void entriesAreReadLazily() throws Exception {
        Path file = write("lazy.jsonl", LINE_1 + "\n" + LINE_2 + "\n{broken\n");

        try (Stream<SourceEntry> s = reader.entries(file)) {
            assertThat(s.limit(1).toList()).extracting(SourceEntry::id).containsExactly("quake-01");
        }
    }

    @Test
    void aFailedLineKeepsItsIdWhenItHasOne() throws Exception {
        SourceEntry e = only(reader, "wrong.jsonl", "{\"id\": 17, \"documents\": [true]}");

        assertThat(e.id()).isEqualTo("17");
        assertThat(e.source()).isNull();
        assertThat(e.error()).contains("wrong.jsonl:1: a document must be a string or an object");
    }
}
