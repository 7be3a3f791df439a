package org.newsum.ingest;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.newsum.model.Article;
import org.newsum.model.NewsumException;
import org.newsum.model.Notice;
import org.newsum.model.Source;
import org.newsum.model.IngestLimits;

class SourceReaderTest {

    private static final InputStream NO_STDIN = InputStream.nullInputStream();

    @TempDir
    Path dir;

    private final SourceReader reader = new SourceReader(IngestLimits.DEFAULT);

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, UTF_8);
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    private Source readOne(SourceReader r, String... inputs) throws NewsumException {
        List<Source> sources = r.read(List.of(inputs), NO_STDIN);
        assertThat(sources).hasSize(1);
        return sources.get(0);
    }

    /** The notices' messages, for the tests of what a person reads. */
    private static List<String> messages(Source source) {
        return source.notices().stream().map(Notice::message).toList();
    }

    @Test
    void readsAFolderSortedByNameOneArticlePerFile() throws Exception {
        write("b-council.txt", "The council met on Monday to discuss the harbour wall.");
        write("a-mayor.txt", "The mayor said the harbour wall would be repaired by June.");
        write("c-page.html", "<html><body><p>Engineers inspected the harbour wall on Tuesday.</p></body></html>");

        Source source = readOne(reader, dir.toString());

        assertThat(source.articles()).extracting(Article::id).containsExactly("1", "2", "3");
        assertThat(source.articles()).extracting(Article::source)
                .containsExactly("a-mayor.txt", "b-council.txt", "c-page.html");
        assertThat(source.articles()).extracting(Article::format)
                .containsExactly(Article.Format.TEXT, Article.Format.TEXT, Article.Format.HTML);
        assertThat(source.articles().get(0).text()).isEqualTo("The mayor said the harbour wall would be repaired by June.");
        assertThat(source.references()).isEmpty();
        assertThat(source.id()).isEqualTo(dir.getFileName().toString());
    }

    @Test
    void skipsHiddenFilesAndOtherExtensionsWithANotice() throws Exception {
        write("story.txt", "Ferry services resumed on Sunday after the storm.");
        write("other.txt", "The storm closed the port for three days, officials said.");
        write(".hidden.txt", "This draft should never be read.");
        write("notes.docx", "not an article");

        Source source = readOne(reader, dir.toString());

        assertThat(source.articles()).extracting(Article::source).containsExactly("other.txt", "story.txt");
        assertThat(messages(source)).anySatisfy(n -> assertThat(n).contains("skipped 1 file").contains("notes.docx"));
        assertThat(String.join("\n", messages(source))).doesNotContain(".hidden.txt");
    }

    @Test
    void splitsAFileAtSeparatorsIntoSeveralArticles() throws Exception {
        write("bundle.txt", "First report on the flood in Riverton.\n|||||\nSecond report on the flood."
                + " ||||| Third report, from the county.");

        Source source = readOne(reader, dir.resolve("bundle.txt").toString());

        assertThat(source.articles()).extracting(Article::text).containsExactly(
                "First report on the flood in Riverton.", "Second report on the flood.", "Third report, from the county.");
        assertThat(source.articles()).extracting(Article::id).containsExactly("1", "2", "3");
        assertThat(source.articles()).extracting(Article::source).containsOnly("bundle.txt");
        assertThat(messages(source)).anySatisfy(n -> assertThat(n).contains("bundle.txt").contains("3 articles"));
        assertThat(messages(source)).noneSatisfy(n -> assertThat(n).contains("single-document"));
    }

    @Test
    void idsContinueAcrossFilesAndSeparators() throws Exception {
        write("a.txt", "One story about the vote. ||||| Another story about the vote.");
        write("b.txt", "A third story about the vote.");

        Source source = readOne(reader, dir.toString());

        assertThat(source.articles()).extracting(Article::id).containsExactly("1", "2", "3");
        assertThat(source.articles()).extracting(Article::source).containsExactly("a.txt", "a.txt", "b.txt");
    }

    @Test
    void missingPathIsAnErrorNamingThePath() {
        String missing = dir.resolve("no-such-folder").toString();

        assertThatThrownBy(() -> reader.read(List.of(missing), NO_STDIN))
                .isInstanceOf(NewsumException.class)
                .hasMessageContaining(missing)
                .hasMessageContaining("no such file or folder");
    }

    @Test
    void noInputsIsAnError() {
        assertThatThrownBy(() -> reader.read(List.of(), NO_STDIN))
                .isInstanceOf(NewsumException.class)
                .hasMessageContaining("no input");
    }

    @Test
    void emptyFolderIsAnError() {
        assertThatThrownBy(() -> reader.read(List.of(dir.toString()), NO_STDIN))
                .isInstanceOf(NewsumException.class)
                .hasMessageContaining(dir.toString())
                .hasMessageContaining("no .txt or .html files");
    }

    @Test
    void anEmptyFileNamedOnItsOwnIsAnErrorNamingTheFile() throws Exception {
        write("good.txt", "The library reopened on Saturday after repairs.");
        Path empty = write("empty.txt", "");

        assertThatThrownBy(() -> reader.read(List.of(dir.resolve("good.txt").toString(), empty.toString()), NO_STDIN))
                .isInstanceOf(NewsumException.class)
                .hasMessage(empty + ": empty file");
    }

    @Test
    void anEmptyOrBinaryFileInAFolderIsSkippedWithANoticeNamingItAndTheOthersAreRead() throws Exception {
        write("a-good.txt", "The library reopened on Saturday after repairs.");
        Path empty = write("b-empty.txt", "");
        Path binary = write("c-noise.txt", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D});

        Source source = readOne(reader, dir.toString());

        assertThat(source.articles()).extracting(Article::source).containsExactly("a-good.txt");
        assertThat(source.notices()).extracting(Notice::kind).contains(Notice.Kind.SKIPPED_UNREADABLE_FILES);
        assertThat(messages(source)).contains(dir + ": skipped 2 file(s) that cannot be read as articles: "
                + empty + ": empty file; " + binary + ": a PNG image, not text or HTML");
    }

    @Test
    void aFolderWhoseFilesAllFailIsAnErrorNamingTheFolderAndTheFirstProblem() throws Exception {
        Path empty = write("a-empty.txt", "");
        write("b-blank.txt", " \n\t\n");

        assertThatThrownBy(() -> reader.read(List.of(dir.toString()), NO_STDIN))
                .isInstanceOf(NewsumException.class)
                .hasMessage(dir + ": no file in this folder can be read as an article (" + empty
                        + ": empty file; and 1 more)");
    }

    @Test
    void whitespaceOnlyFileIsEmpty() throws Exception {
        Path blank = write("blank.txt", "  \n\n\t \n");

        assertThatThrownBy(() -> reader.read(List.of(blank.toString()), NO_STDIN))
                .isInstanceOf(NewsumException.class)
                .hasMessageContaining("blank.txt")
                .hasMessageContaining("empty file");
    }

    @Test
    void binaryFileIsAnErrorNamingTheFile() throws Exception {
        byte[] fakePng = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R',
                0, 0, 0, 0x10, 0, 0, 0, 0x10, 0x08, 0x06};
        Path image = write("photo.txt", fakePng);

        assertThatThrownBy(() -> reader.read(List.of(image.toString()), NO_STDIN))
                .isInstanceOf(NewsumException.class)
                .hasMessageContaining(image.toString())
                .hasMessageContaining("a PNG image");
    }

    @Test
    void aStrayNulInAPageIsRemovedWithANotice() throws Exception {
        byte[] page = ("<html><body><p>The night ferry will not run for three weeks.</p>\u0000"
                + "<p>Engineers will replace the worn ramp on the north pier.</p></body></html>")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Path file = write("ferry.html", page);

        Source source = readOne(reader, file.toString());

        assertThat(source.articles().get(0).text()).doesNotContain("\u0000").contains("north pier");
        assertThat(messages(source)).anyMatch(n -> n.startsWith(file + ": removed 1 control character"));
    }

    @Test
    void aPdfNamedTxtIsRefusedAsAPdf() throws Exception {
        Path file = write("report.txt", "%PDF-1.4\n1 0 obj << /Length 44 >> stream\nBT /F1 12 Tf 72 720 Td (Hello) Tj ET\n"
                .getBytes(java.nio.charset.StandardCharsets.US_ASCII));

        assertThatThrownBy(() -> reader.read(List.of(file.toString()), NO_STDIN))
                .isInstanceOf(NewsumException.class)
                .hasMessage(file + ": a PDF document, not text or HTML");
    }

    @Test
    void windows1252FileIsDecodedWithANotice() throws Exception {
        byte[] bytes = concat("The owner of the ".getBytes(UTF_8), new byte[] {(byte) 0x93},
                "Caf".getBytes(UTF_8), new byte[] {(byte) 0xE9}, " Lumi".getBytes(UTF_8), new byte[] {(byte) 0xE8},
                "re".getBytes(UTF_8), new byte[] {(byte) 0x94}, " said it would stay open.".getBytes(UTF_8));
        Path file = write("legacy.txt", bytes);

        Source source = readOne(reader, file.toString());

        assertThat(source.articles()).singleElement().extracting(Article::text)
                .isEqualTo("The owner of the \u201cCaf\u00e9 Lumi\u00e8re\u201d said it would stay open.");
        assertThat(messages(source)).anySatisfy(n -> assertThat(n).contains("legacy.txt").contains("Windows-1252"));
    }

    @Test
    void utf8FileGivesNoEncodingNotice() throws Exception {
        Path file = write("modern.txt", "The caf\u00e9 on Elm Street \u2014 a local favourite \u2014 closed.");

        Source source = readOne(reader, file.toString());

        assertThat(source.articles().get(0).text()).isEqualTo("The caf\u00e9 on Elm Street \u2014 a local favourite \u2014 closed.");
        assertThat(messages(source)).noneSatisfy(n -> assertThat(n).contains("UTF-8"));
    }

    @Test
    void utf8ByteOrderMarkIsDropped() throws Exception {
        byte[] bytes = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                "\u00c9lise Martin won the regional chess final.".getBytes(UTF_8));
        Path file = write("bom.txt", bytes);

        Source source = readOne(reader, file.toString());

        assertThat(source.articles().get(0).text()).isEqualTo("\u00c9lise Martin won the regional chess final.");
        assertThat(messages(source)).noneSatisfy(n -> assertThat(n).contains("Windows-1252"));
    }

    @Test
    void fileOverTheSizeLimitIsAnError() throws Exception {
        SourceReader small = new SourceReader(new IngestLimits(64, 10));
        Path big = write("long.txt", "The tide rose higher than forecast. ".repeat(5));

        assertThatThrownBy(() -> small.read(List.of(big.toString()), NO_STDIN))
                .isInstanceOf(NewsumException.class)
                .hasMessageContaining(big.toString())
                .hasMessageContaining("over the limit");
    }

    @Test
    void moreArticlesThanTheLimitIsAnError() throws Exception {
        SourceReader small = new SourceReader(new IngestLimits(1024 * 1024, 2));
        write("1.txt", "Schools closed early because of the heat.");
        write("2.txt", "Parents collected children at noon.");
        write("3.txt", "The heat is expected to ease by Thursday.");

        assertThatThrownBy(() -> small.read(List.of(dir.toString()), NO_STDIN))
                .isInstanceOf(NewsumException.class)
                .hasMessageContaining("3 files")
                .hasMessageContaining("limit of 2");
    }

    @Test
    void tooManyFilesAreRefusedBeforeAnyIsRead() throws Exception {
        SourceReader small = new SourceReader(new IngestLimits(1024 * 1024, 2));
        write("1.txt", new byte[] {'%', 'P', 'D', 'F', '-', '1', '.', '4'}); // reading it would fail
        write("2.txt", "Parents collected children at noon.");
        write("3.txt", "The heat is expected to ease by Thursday.");

        assertThatThrownBy(() -> small.read(List.of(dir.toString()), NO_STDIN))
                .isInstanceOf(NewsumException.class)
                .hasMessage(dir + ": 3 files, more than the limit of 2 articles");
    }

    @Test
    void separatedPartsCountTowardsTheArticleLimit() throws Exception {
        SourceReader small = new SourceReader(new IngestLimits(1024 * 1024, 2));
        Path file = write("many.txt", "One. ||||| Two. ||||| Three.");

        assertThatThrownBy(() -> small.read(List.of(file.toString()), NO_STDIN))
                .isInstanceOf(NewsumException.class)
                .hasMessageContaining("limit of 2");
    }

    @Test
    void singleFileGivesOneArticleAndASingleDocumentNotice() throws Exception {
        Path file = write("lighthouse.txt", "The old lighthouse will be turned into a museum, the trust said.");

        Source source = readOne(reader, file.toString());

        assertThat(source.id()).isEqualTo("lighthouse");
        assertThat(source.articles()).singleElement().satisfies(a -> {
            assertThat(a.id()).isEqualTo("1");
            assertThat(a.source()).isEqualTo("lighthouse.txt");
            assertThat(a.format()).isEqualTo(Article.Format.TEXT);
        });
        // one article is for cleaning to note, once, whatever the input (ClusterCleanerTest)
        assertThat(source.notices()).isEmpty();
    }

    @Test
    void severalFilesFormOneCluster() throws Exception {
        Path a = write("a.txt", "Bus fares rise next month.");
        Path b = write("b.txt", "Commuters criticized the higher bus fares.");

        Source source = readOne(reader, a.toString(), b.toString());

        assertThat(source.id()).isEqualTo("cluster");
        assertThat(source.articles()).extracting(Article::source).containsExactly("a.txt", "b.txt");
    }

    @Test
    void htmlContentInATxtFileIsReadAsHtml() throws Exception {
        Path file = write("saved.txt", "<!DOCTYPE html><html><body><p>The zoo welcomed twin otters.</p></body></html>");

        Source source = readOne(reader, file.toString());

        assertThat(source.articles().get(0).format()).isEqualTo(Article.Format.HTML);
    }

    @Test
    void readsStandardInput() throws Exception {
        InputStream stdin = new ByteArrayInputStream(
                "Snow closed the mountain pass overnight. ||||| The pass reopened at dawn.".getBytes(UTF_8));

        List<Source> sources = reader.read(List.of("-"), stdin);

        assertThat(sources).singleElement().satisfies(s -> {
            assertThat(s.id()).isEqualTo("cluster");
            assertThat(s.articles()).extracting(Article::source).containsOnly("stdin");
            assertThat(s.articles()).extracting(Article::text)
                    .containsExactly("Snow closed the mountain pass overnight.", "The pass reopened at dawn.");
        });
    }

    @Test
    void emptyStandardInputIsAnError() {
        assertThatThrownBy(() -> reader.read(List.of("-"), new ByteArrayInputStream(new byte[0])))
                .isInstanceOf(NewsumException.class)
                .hasMessageContaining("standard input")
                .hasMessageContaining("empty");
    }

    @Test
    void standardInputOverTheLimitIsAnError() {
        SourceReader small = new SourceReader(new IngestLimits(16, 10));
        InputStream stdin = new ByteArrayInputStream("A storm is coming to the coast tonight.".getBytes(UTF_8));

        assertThatThrownBy(() -> small.read(List.of("-"), stdin))
                .isInstanceOf(NewsumException.class)
                .hasMessageContaining("standard input")
                .hasMessageContaining("limit");
    }

    @Test
    void jsonOnStandardInputIsOneCluster() throws Exception {
        InputStream stdin = new ByteArrayInputStream(
                "{\"id\": \"storm\", \"documents\": [\"Hail hit the town.\", \"Roofs were damaged.\"]}\n"
                        .getBytes(UTF_8));

        List<Source> sources = reader.read(List.of("-"), stdin);

        assertThat(sources).singleElement().satisfies(s -> {
            assertThat(s.id()).isEqualTo("storm");
            assertThat(s.articles()).hasSize(2);
        });
    }

    @Test
    void jsonOnStandardInputCannotBeMixedWithFiles() throws Exception {
        Path file = write("extra.txt", "A separate report about the hail storm.");
        InputStream stdin = new ByteArrayInputStream(
                "{\"id\": \"storm\", \"documents\": [\"Hail hit the town.\"]}\n".getBytes(UTF_8));

        assertThatThrownBy(() -> reader.read(List.of(file.toString(), "-"), stdin))
                .isInstanceOf(NewsumException.class)
                .hasMessageContaining("standard input");
    }

    @Test
    void readsJsonLinesDatasets() throws Exception {
        Path data = write("data.jsonl", "{\"id\": \"x\", \"documents\": [\"One.\"]}\n"
                + "{\"id\": \"y\", \"documents\": [\"Two.\"]}\n");

        List<Source> sources = reader.read(List.of(data.toString()), NO_STDIN);

        assertThat(sources).extracting(Source::id).containsExactly("x", "y");
    }

    @Test
    void mixingJsonLinesWithTextFilesIsAnError() throws Exception {
        Path data = write("data.jsonl", "{\"documents\": [\"One.\"]}\n");
        Path text = write("story.txt", "A story about the river.");

        assertThatThrownBy(() -> reader.read(List.of(data.toString(), text.toString()), NO_STDIN))
                .isInstanceOf(NewsumException.class)
                .hasMessageContaining("cannot mix")
                .hasMessageContaining("data.jsonl");
    }

    @Test
    void recognizesJsonLinesByExtension() {
        assertThat(SourceReader.isJsonLines("news.jsonl")).isTrue();
        assertThat(SourceReader.isJsonLines("NEWS.JSONL.GZ")).isTrue();
        assertThat(SourceReader.isJsonLines("news.json")).isFalse();
        assertThat(SourceReader.isJsonLines("news.txt")).isFalse();
    }

    @Test
    void splitArticlesKeepsATextWithoutSeparatorsWhole() {
        assertThat(SourceReader.splitArticles("  Just one story.  ")).containsExactly("Just one story.");
        assertThat(SourceReader.splitArticles("A|||||B")).containsExactly("A", "B");
    }

    @Test
    void limitsMustBePositive() {
        assertThatThrownBy(() -> new IngestLimits(0, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new IngestLimits(5, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    private static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        byte[] out = new byte[n];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }

    @Test
    void aSymbolicLinkLoopGivenDirectlySaysSo() throws Exception {
        Path a = dir.resolve("a.txt");
        Path b = dir.resolve("b.txt");
        Files.createSymbolicLink(a, b);
        Files.createSymbolicLink(b, a);

        assertThatThrownBy(() -> reader.read(List.of(a.toString()), NO_STDIN))
                .isInstanceOf(NewsumException.class)
                .hasMessage(a + ": a symbolic link loop");
    }

    @Test
    void aBrokenSymbolicLinkGivenDirectlyNamesItsTarget() throws Exception {
        Path link = Files.createSymbolicLink(dir.resolve("story.txt"), dir.resolve("moved-away.txt"));

        assertThatThrownBy(() -> reader.read(List.of(link.toString()), NO_STDIN))
                .isInstanceOf(NewsumException.class)
                .hasMessage(link + ": a broken symbolic link to " + dir.resolve("moved-away.txt"));
    }

    @Test
    void brokenLinksLoopsAndPipesInAFolderAreSkippedWithANoticeWithoutBlocking() throws Exception {
        write("1.txt", "The ferry to the islands will not run for three weeks.");
        Files.createSymbolicLink(dir.resolve("2.txt"), dir.resolve("gone.txt"));
        Files.createSymbolicLink(dir.resolve("3.txt"), dir.resolve("4.txt"));
        Files.createSymbolicLink(dir.resolve("4.txt"), dir.resolve("3.txt"));
        Files.createDirectory(dir.resolve("older"));
        boolean fifo = mkfifo(dir.resolve("5.txt"));

        Source source = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(20),
                () -> readOne(reader, dir.toString()));

        assertThat(source.articles()).extracting(Article::source).containsExactly("1.txt");
        String notices = String.join("\n", messages(source));
        assertThat(notices).contains(dir + ": skipped " + (fifo ? 4 : 3) + " entries that cannot be read as articles: "
                + "2.txt (a broken symbolic link to " + dir.resolve("gone.txt") + "), 3.txt (a symbolic link loop), "
                + "4.txt (a symbolic link loop)" + (fifo ? ", 5.txt (a named pipe)" : ""));
        assertThat(notices).contains(dir + ": skipped 1 subfolder(s), which are not read, e.g. older");
    }

    private static boolean mkfifo(Path path) throws InterruptedException {
        try {
            return new ProcessBuilder("mkfifo", path.toString()).start().waitFor() == 0;
        } catch (IOException e) {
            return false; // no mkfifo here: the rest of the test still runs
        }
    }

    @Test
    void aFileInsideAFileSaysWhatIsWrong() throws Exception {
        Path file = write("a.txt", "Bus fares rise next month.");

        assertThatThrownBy(() -> reader.read(List.of(file + "/b.txt"), NO_STDIN))
                .isInstanceOf(NewsumException.class)
                .hasMessage(file + "/b.txt: not a directory");
    }
}
