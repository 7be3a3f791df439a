package org.newsum.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.newsum.model.Article;
import org.newsum.model.NewsumException;
import org.newsum.model.Source;

/**
 * Reads JSON Lines datasets, one cluster per line:
 * {@code {"id": "...", "documents": [...], "summaries": [...]}}. A document is a string (which may
 * hold several articles joined by {@value SourceReader#SEPARATOR}) or an object with
 * {@code text} or {@code html} and optional {@code title}, {@code url}, {@code source}, {@code date} and
 * {@code byline} (or {@code author}).
 * Files ending in {@code .gz} are decompressed.
 */
public final class JsonLinesReader {

    // Trailing tokens fail, so two objects joined on one line are an error rather than a lost cluster.
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private final IngestLimits limits;

    public JsonLinesReader(IngestLimits limits) {
        this.limits = limits;
    }

    /** One line of a dataset: its cluster, or why it could not be read. */
    public record Entry(int line, Source source, String error) {
    }

    /**
     * Reads every line of a dataset without stopping at a bad one: each non-blank line gives an entry
     * with its cluster or its error, so a batch can record failures instead of dropping them. Problems
     * with the file itself (missing, not UTF-8, not gzip) still fail the whole read.
     */
    public List<Entry> readEntries(Path file) throws NewsumException {
        List<Entry> entries = new ArrayList<>();
        try (InputStream raw = Files.newInputStream(file);
             InputStream in = isGzip(file) ? new GZIPInputStream(raw, 1 << 16) : raw;
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                     .onMalformedInput(CodingErrorAction.REPORT)
                     .onUnmappableCharacter(CodingErrorAction.REPORT)), 1 << 16)) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    entries.add(new Entry(number, parseLine(line, file + ":" + number, "line-" + number), null));
                } catch (NewsumException e) {
                    entries.add(new Entry(number, null, e.getMessage()));
                }
            }
        } catch (CharacterCodingException e) {
            throw new NewsumException(file + ": not valid UTF-8 (JSON Lines must be UTF-8)", e);
        } catch (IOException e) {
            throw new NewsumException(file + ": cannot read (" + e.getMessage() + ")", e);
        }
        if (entries.isEmpty()) {
            throw new NewsumException(file + ": no JSON lines (empty file)");
        }
        return entries;
    }

    /** Reads every cluster of a dataset, failing on the first bad line with its line number. */
    public List<Source> read(Path file) throws NewsumException {
        try (InputStream raw = Files.newInputStream(file);
             InputStream in = isGzip(file) ? new GZIPInputStream(raw, 1 << 16) : raw;
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                     .onMalformedInput(CodingErrorAction.REPORT)
                     .onUnmappableCharacter(CodingErrorAction.REPORT)), 1 << 16)) {
            return parse(reader, file.toString());
        } catch (CharacterCodingException e) {
            throw new NewsumException(file + ": not valid UTF-8 (JSON Lines must be UTF-8)", e);
        } catch (IOException e) {
            throw new NewsumException(file + ": cannot read (" + e.getMessage() + ")", e);
        }
    }

    private static boolean isGzip(Path file) {
        return file.toString().toLowerCase(Locale.ROOT).endsWith(".gz");
    }

    /** Parses JSON Lines held in memory, e.g. from standard input. */
    public List<Source> parse(String text, String name) throws NewsumException {
        try {
            return parse(new BufferedReader(new StringReader(text)), name);
        } catch (IOException e) {
            throw new NewsumException(name + ": cannot read (" + e.getMessage() + ")", e);
        }
    }

    private List<Source> parse(BufferedReader reader, String name) throws IOException, NewsumException {
        List<Source> clusters = new ArrayList<>();
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            clusters.add(parseLine(line, name + ":" + number, "line-" + number));
        }
        if (clusters.isEmpty()) {
            throw new NewsumException(name + ": no JSON lines (empty file)");
        }
        return clusters;
    }

    /** Parses one JSON line; {@code where} names it in errors, {@code fallbackId} is used when it has no id. */
    public Source parseLine(String line, String where, String fallbackId) throws NewsumException {
        if (line.length() > limits.maxFileBytes()) {
            throw new NewsumException(where + ": line longer than the limit of "
                    + SourceReader.megabytes(limits.maxFileBytes()));
        }
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            String detail = e.getOriginalMessage().replaceAll("\\s*\\(start marker at \\[Source.*", "")
                    .replaceAll("\\s*\\n.*", "").strip();
            String column = e.getLocation() == null ? "" : " at column " + e.getLocation().getColumnNr();
            throw new NewsumException(where + ": malformed JSON" + column + " (" + detail + ")", e);
        }
        if (node == null || !node.isObject()) {
            throw new NewsumException(where + ": expected a JSON object with \"documents\"");
        }
        JsonNode docs = node.get("documents");
        if (docs == null || !docs.isArray()) {
            throw new NewsumException(where + ": no \"documents\" array");
        }
        String id = node.hasNonNull("id") ? node.get("id").asText() : fallbackId;
        List<Article> articles = new ArrayList<>();
        List<String> notices = new ArrayList<>();
        for (JsonNode doc : docs) {
            addDocument(articles, doc, id, where);
        }
        if (articles.size() > limits.maxArticles()) {
            throw new NewsumException(where + ": " + articles.size() + " articles, more than the limit of "
                    + limits.maxArticles());
        }
        if (articles.isEmpty()) {
            throw new NewsumException(where + ": \"documents\" is empty");
        }
        return new Source(id, articles, references(node.get("summaries"), node.get("summary")), notices);
    }

    private static void addDocument(List<Article> articles, JsonNode doc, String clusterId, String where)
            throws NewsumException {
        if (doc.isTextual()) {
            for (String part : SourceReader.splitArticles(doc.asText())) {
                String id = String.valueOf(articles.size() + 1);
                articles.add(Article.ofText(id, clusterId + "#" + id, part));
            }
        } else if (doc.isObject() && (doc.hasNonNull("text") || doc.hasNonNull("html"))) {
            String id = String.valueOf(articles.size() + 1);
            boolean html = !doc.hasNonNull("text");
            articles.add(new Article(id, text(doc, "source", clusterId + "#" + id), text(doc, "url", null),
                    text(doc, "title", null), text(doc, "byline", text(doc, "author", null)), text(doc, "date", null),
                    html ? Article.Format.HTML : Article.Format.TEXT,
                    doc.get(html ? "html" : "text").asText()));
        } else {
            throw new NewsumException(where + ": a document must be a string or an object with \"text\" or \"html\"");
        }
    }

    private static String text(JsonNode node, String field, String fallback) {
        return node.hasNonNull(field) ? node.get(field).asText() : fallback;
    }

    private static List<String> references(JsonNode summaries, JsonNode summary) {
        List<String> refs = new ArrayList<>();
        if (summaries != null && summaries.isArray()) {
            summaries.forEach(s -> refs.add(s.asText()));
        } else if (summaries != null && summaries.isTextual()) {
            refs.add(summaries.asText());
        }
        if (summary != null && summary.isTextual()) {
            refs.add(summary.asText());
        }
        return refs;
    }
}
