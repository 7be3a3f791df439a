package org.newsum.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import java.util.zip.ZipException;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.newsum.model.Article;
import org.newsum.model.NewsumException;
import org.newsum.model.Notice;
import org.newsum.model.Source;
import org.newsum.model.IngestLimits;
import org.newsum.model.SourceEntry;

/**
 * Reads JSON Lines datasets, one cluster per line:
 * {@code {"id": "...", "documents": [...], "summaries": [...]}}. A document is a string (which may
 * hold several articles joined by {@value SourceReader#SEPARATOR}) or an object with
 * {@code text} or {@code html} and optional {@code title}, {@code url}, {@code source}, {@code date} and
 * {@code byline} (or {@code author}).
 *
 * <p>A dataset is read one line at a time, so memory does not grow with its size: every non-blank line gives
 * one {@link SourceEntry}, its cluster or why it could not be read (malformed JSON, a wrong shape, invalid UTF-8, a
 * line over the size limit, which is skipped without being kept). A byte-order mark before a line is ignored.
 * Gzip data (by its signature, whatever the name) is decompressed, and refused when it inflates like a
 * decompression bomb ({@link InflationGuard}).
 */
public final class JsonLinesReader {

    private final IngestLimits limits;
    private final ObjectMapper json;
    private final boolean articleLines;

    public JsonLinesReader(IngestLimits limits) {
        this(limits, false);
    }

    /**
     * A reader that, when {@code articleLines}, also takes a line that is one article rather than a cluster (a news
     * stream: {@code {"id", "text"|"html", "title"?, "source"?, "date"?, "url"?}}): it gives a source of that one
     * article, whose id is the line's id and whose source, when the line names none, is that id too. Other fields
     * (such as a gold {@code "story"} label) are not read.
     */
    public JsonLinesReader(IngestLimits limits, boolean articleLines) {
        this.limits = limits;
        this.articleLines = articleLines;
        // Jackson refuses strings over 20 million characters by default; a line within the limit may hold one.
        int longest = (int) Math.min(Integer.MAX_VALUE - 8, limits.maxFileBytes());
        JsonFactory factory = JsonFactory.builder().streamReadConstraints(StreamReadConstraints.builder()
                .maxStringLength(Math.max(longest, StreamReadConstraints.DEFAULT_MAX_STRING_LEN)).build()).build();
        // Trailing tokens fail, so two objects joined on one line are an error rather than a lost cluster.
        this.json = new ObjectMapper(factory).enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    /**
     * The dataset's entries, read lazily as the stream is consumed; close the stream to release the file. Problems
     * with the file as a whole (missing, not gzip, not JSON Lines, no lines, a decompression bomb) are a
     * {@link NewsumException} here; a problem found later (the gzip data cut short, a bomb after a good start)
     * ends the stream with one last entry saying so.
     */
    public Stream<SourceEntry> entries(Path file) throws NewsumException {
        String name = file.toString();
        if (Files.isDirectory(file)) {
            throw new NewsumException(name + ": is a folder, not a JSON Lines file");
        }
        boolean gzip;
        try {
            try (InputStream probe = Files.newInputStream(file)) {
                byte[] magic = probe.readNBytes(2);
                gzip = magic.length == 2 && (magic[0] & 0xFF) == 0x1F && (magic[1] & 0xFF) == 0x8B;
            }
            if (gzip) {
                try (InputStream probe = Files.newInputStream(file)) {
                    InflationGuard.check(probe);
                }
            }
        } catch (InflationGuard.InflationException e) {
            throw new NewsumException(name + ": refused: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new NewsumException(name + ": cannot read (" + reason(e) + ")", e);
        }
        InputStream in;
        try {
            InputStream raw = Files.newInputStream(file);
            in = gzip ? InflationGuard.gunzip(raw) : raw;
        } catch (IOException e) {
            throw new NewsumException(name + ": cannot read (" + reason(e) + ")", e);
        }
        return entries(in, name);
    }

    /**
     * The entries of JSON Lines read from {@code in} (e.g. standard input, already decompressed), lazily; the stream
     * closes {@code in} when it is closed. {@code name} names the input in errors.
     */
    public Stream<SourceEntry> entries(InputStream in, String name) throws NewsumException {
        LineSpliterator lines = new LineSpliterator(new PushbackInputStream(in, BinarySignatures.HEAD_BYTES), name);
        try {
            lines.start();
        } catch (NewsumException e) {
            lines.close();
            throw e;
        }
        return StreamSupport.stream(lines, false).onClose(lines::close);
    }

    /** Parses one JSON line; {@code where} names it in errors, {@code fallbackId} is used when it has no id. */
    public Source parseLine(String line, String where, String fallbackId) throws NewsumException {
        if (line.length() > limits.maxFileBytes()) {
            throw new NewsumException(where + ": line longer than the limit of "
                    + SourceReader.megabytes(limits.maxFileBytes()));
        }
        return source(tree(line, where), where, fallbackId);
    }

    private JsonNode tree(String line, String where) throws NewsumException {
        try {
            return json.readTree(line);
        } catch (JsonProcessingException e) {
            String detail = e.getOriginalMessage().replaceAll("\\s*\\(start marker at \\[Source.*", "")
                    .replaceAll("\\s*\\n.*", "").strip();
            String column = e.getLocation() == null ? "" : " at column " + e.getLocation().getColumnNr();
            throw new NewsumException(where + ": malformed JSON" + column + " (" + detail + ")", e);
        }
    }

    private static String id(JsonNode node) {
        return node != null && node.isObject() && node.hasNonNull("id") && node.get("id").isValueNode()
                ? TextDecoder.printable(node.get("id").asText()) : null;
    }

    private Source source(JsonNode node, String where, String fallbackId) throws NewsumException {
        if (node == null || !node.isObject()) {
            throw new NewsumException(where + ": expected a JSON object with \"documents\"");
        }
        JsonNode docs = node.get("documents");
        if (articleLines && docs == null) {
            return article(node, where, fallbackId);
        }
        if (docs == null || !docs.isArray()) {
            throw new NewsumException(where + ": no \"documents\" array");
        }
        if (node.hasNonNull("id") && !node.get("id").isValueNode()) {
            throw new NewsumException(where + ": \"id\" must be a string or a number");
        }
        String id = node.hasNonNull("id") ? TextDecoder.printable(node.get("id").asText()) : fallbackId;
        List<Article> articles = new ArrayList<>();
        List<Notice> notices = new ArrayList<>();
        int document = 0;
        for (JsonNode doc : docs) {
            addDocument(articles, doc, id, where, ++document, notices);
            if (articles.size() > limits.maxArticles()) {
                throw new NewsumException(where + ": more than the limit of " + limits.maxArticles() + " articles");
            }
        }
        if (articles.isEmpty()) {
            throw new NewsumException(where + ": \"documents\" is empty");
        }
        return new Source(id, articles, references(node.get("summaries"), node.get("summary")), notices);
    }

    /** The source of a line that is one article of a stream. */
    private Source article(JsonNode node, String where, String fallbackId) throws NewsumException {
        if (node.hasNonNull("id") && !node.get("id").isValueNode()) {
            throw new NewsumException(where + ": \"id\" must be a string or a number");
        }
        String id = node.hasNonNull("id") ? TextDecoder.printable(node.get("id").asText()) : fallbackId;
        if (!isText(node, "text") && !isText(node, "html")) {
            throw new NewsumException(where + ": an article needs a \"text\" or \"html\" string"
                    + (node.hasNonNull("url") ? " (pages of a stream are not fetched)" : ""));
        }
        List<Notice> notices = new ArrayList<>();
        boolean html = !isText(node, "text");
        String body = checked(node.get(html ? "html" : "text").asText(), where, notices);
        Article article = new Article(id, TextDecoder.printable(text(node, "source", id)),
                TextDecoder.printable(text(node, "url", null)), TextDecoder.printable(text(node, "title", null)),
                org.newsum.model.Byline.names(TextDecoder.printable(text(node, "byline", text(node, "author", null)))),
                TextDecoder.printable(text(node, "date", null)), html ? Article.Format.HTML : Article.Format.TEXT, body);
        return new Source(id, List.of(article), List.of(), notices);
    }

    /**
     * Adds one document's articles. Its text is checked as a file's is ({@link TextDecoder#ofString}): binary data
     * fails the line, control characters are removed with a notice, so that none reaches a terminal.
     */
    private static void addDocument(List<Article> articles, JsonNode doc, String clusterId, String where, int document,
                                    List<Notice> notices) throws NewsumException {
        String which = where + ": document " + document;
        if (doc.isTextual()) {
            for (String part : SourceReader.splitArticles(checked(doc.asText(), which, notices))) {
                String id = String.valueOf(articles.size() + 1);
                articles.add(Article.ofText(id, clusterId + "#" + id, part));
            }
        } else if (doc.isObject() && (isText(doc, "text") || isText(doc, "html"))) {
            String id = String.valueOf(articles.size() + 1);
            boolean html = !isText(doc, "text");
            String body = checked(doc.get(html ? "html" : "text").asText(), which, notices);
            articles.add(new Article(id, TextDecoder.printable(text(doc, "source", clusterId + "#" + id)),
                    TextDecoder.printable(text(doc, "url", null)), TextDecoder.printable(text(doc, "title", null)),
                    org.newsum.model.Byline.names(TextDecoder.printable(text(doc, "byline", text(doc, "author", null)))),
                    TextDecoder.printable(text(doc, "date", null)),
                    html ? Article.Format.HTML : Article.Format.TEXT, body));
        } else {
            throw new NewsumException(where + ": a document must be a string or an object with a \"text\" or "
                    + "\"html\" string");
        }
    }

    private static String checked(String text, String where, List<Notice> notices) throws NewsumException {
        TextDecoder.Decoded decoded = TextDecoder.ofString(text, where);
        notices.addAll(decoded.notices(where));
        return decoded.text();
    }

    private static boolean isText(JsonNode node, String field) {
        return node.hasNonNull(field) && node.get(field).isTextual();
    }

    private static String text(JsonNode node, String field, String fallback) {
        return node.hasNonNull(field) && node.get(field).isValueNode() ? node.get(field).asText() : fallback;
    }

    private static List<String> references(JsonNode summaries, JsonNode summary) {
        List<String> refs = new ArrayList<>();
        if (summaries != null && summaries.isArray()) {
            summaries.forEach(s -> {
                if (s.isValueNode() && !s.isNull()) {
                    refs.add(s.asText());
                }
            });
        } else if (summaries != null && summaries.isTextual()) {
            refs.add(summaries.asText());
        }
        if (summary != null && summary.isTextual()) {
            refs.add(summary.asText());
        }
        return refs;
    }

    /** An I/O problem in words: what {@link NewsumException#reason} says, and what gzip's errors mean. */
    private static String reason(IOException e) {
        if (e instanceof ZipException) {
            return "not valid gzip data: " + e.getMessage();
        }
        if (e instanceof java.io.EOFException) {
            return "the gzip data ends too soon: the file is cut short";
        }
        return NewsumException.reason(e);
    }

    /** Turns the lines of one input into entries, one per non-blank line, never throwing past its start. */
    private final class LineSpliterator extends Spliterators.AbstractSpliterator<SourceEntry> {

        // Not a BufferedInputStream: it reads on until its buffer is full, so a failure late in a chunk would
        // lose the good lines read before it.
        private final PushbackInputStream in;
        private final BoundedLineReader lines;
        private final String name;
        private int number;
        private SourceEntry first;
        private boolean done;

        LineSpliterator(PushbackInputStream in, String name) {
            super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
            this.in = in;
            this.lines = new BoundedLineReader(in, limits.maxFileBytes());
            this.name = name;
        }

        /** Checks what the input is and reads up to its first entry, so that an empty or binary input fails here. */
        void start() throws NewsumException {
            try {
                byte[] head = in.readNBytes(BinarySignatures.HEAD_BYTES);
                in.unread(head);
                Optional<String> format = BinarySignatures.identify(head, head.length);
                if (format.isPresent()) {
                    throw new NewsumException(name + ": " + format.get() + ", not JSON Lines");
                }
                // Refused as a whole: otherwise every "line" of it would be an error of its own.
                Optional<String> notText = TextDecoder.notUtf8Text(head);
                if (notText.isPresent()) {
                    throw new NewsumException(name + ": " + notText.get() + ", not JSON Lines (which must be UTF-8)");
                }
                first = next();
            } catch (IOException e) {
                throw new NewsumException(name + ": cannot read (" + reason(e) + ")", e);
            }
            if (first == null) {
                throw new NewsumException(name + ": no JSON lines (empty file)");
            }
        }

        @Override
        public boolean tryAdvance(Consumer<? super SourceEntry> action) {
            if (first != null) {
                action.accept(first);
                first = null;
                return true;
            }
            if (done) {
                return false;
            }
            SourceEntry entry;
            try {
                entry = next();
            } catch (IOException e) {
                done = true;
                String why = e instanceof InflationGuard.InflationException ? "refused after line " + number + ": "
                        + e.getMessage() : "cannot read past line " + number + " (" + reason(e) + ")";
                entry = new SourceEntry(number + 1, null, null, name + ": " + why);
            }
            if (entry == null) {
                done = true;
                return false;
            }
            action.accept(entry);
            return true;
        }

        /** The entry of the next non-blank line, or {@code null} at the end. */
        private SourceEntry next() throws IOException {
            BoundedLineReader.Line line;
            while ((line = lines.next()) != null) {
                number++;
                String where = name + ":" + number;
                if (line.tooLong()) {
                    return new SourceEntry(number, null, null, where + ": line of " + SourceReader.megabytes(line.length())
                            + ", longer than the limit of " + SourceReader.megabytes(limits.maxFileBytes())
                            + " (skipped)");
                }
                String text = decode(line.bytes());
                if (text == null) {
                    return new SourceEntry(number, null, null, where + ": not valid UTF-8 (JSON Lines must be UTF-8)");
                }
                if (text.isBlank()) {
                    continue;
                }
                return entry(text, where);
            }
            return null;
        }

        private SourceEntry entry(String text, String where) {
            JsonNode node = null;
            try {
                node = tree(text, where);
                return new SourceEntry(number, source(node, where, "line-" + number), null);
            } catch (NewsumException e) {
                return new SourceEntry(number, id(node), null, e.getMessage());
            } catch (RuntimeException | StackOverflowError e) {
                // Whatever the JSON held, it is this line's problem and must not end the dataset.
                return new SourceEntry(number, id(node), null, where + ": cannot read the line (" + e + ")");
            }
        }

        /** The line as text without a leading byte-order mark, or {@code null} if it is not UTF-8. */
        private static String decode(byte[] bytes) {
            int from = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                    && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
            try {
                return StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes, from, bytes.length - from)).toString();
            } catch (CharacterCodingException e) {
                return null;
            }
        }

        void close() {
            try {
                lines.close();
            } catch (IOException e) {
                // Nothing was written through it, so a failure to close loses nothing.
            }
        }
    }
}
