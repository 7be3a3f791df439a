package org.newsum.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.newsum.model.Article;
import org.newsum.model.NewsumException;
import org.newsum.model.Source;

/**
 * Reads the command line's inputs into clusters: a folder of {@code .txt}/{@code .html} files, single
 * files, http(s) URLs of web pages, {@code -} for standard input, or JSON Lines datasets (one cluster
 * per line).
 *
 * <p>Plain files and folders given together form one cluster, one article per file (or per
 * {@value #SEPARATOR}-separated part of a file). Every problem is a {@link NewsumException} whose
 * message names the input.
 */
public final class SourceReader {

    /** Separates articles inside one text, as in Multi-News. */
    public static final String SEPARATOR = "|||||";

    /** The notice for a cluster of one article. */
    public static final String ONE_ARTICLE = "one article only: this is a single-document summary";

    private final IngestLimits limits;
    private final UrlFetcher fetcher;

    public SourceReader(IngestLimits limits) {
        this(limits, new UrlFetcher(UrlFetcher.Options.commandLine(limits)));
    }

    SourceReader(IngestLimits limits, UrlFetcher fetcher) {
        this.limits = limits;
        this.fetcher = fetcher;
    }

    /** Reads all inputs; {@code stdin} is used for the input {@code -}. */
    public List<Source> read(List<String> inputs, InputStream stdin) throws NewsumException {
        if (inputs.isEmpty()) {
            throw new NewsumException("no input: give a folder, files, - for standard input, or a .jsonl file");
        }
        List<String> jsonl = inputs.stream().filter(i -> !UrlFetcher.isUrl(i) && isJsonLines(i)).toList();
        if (!jsonl.isEmpty()) {
            if (jsonl.size() != inputs.size()) {
                throw new NewsumException("cannot mix JSON Lines datasets with article files: "
                        + String.join(", ", jsonl));
            }
            JsonLinesReader reader = new JsonLinesReader(limits);
            List<Source> clusters = new ArrayList<>();
            for (String input : inputs) {
                clusters.addAll(reader.read(existing(input)));
            }
            return clusters;
        }
        return List.of(readCluster(inputs, stdin));
    }

    /** Whether an input names a JSON Lines dataset by its extension. */
    public static boolean isJsonLines(String input) {
        String lower = input.toLowerCase(Locale.ROOT);
        return lower.endsWith(".jsonl") || lower.endsWith(".jsonl.gz");
    }

    private Source readCluster(List<String> inputs, InputStream stdin) throws NewsumException {
        List<String> notices = new ArrayList<>();
        List<Article> articles = new ArrayList<>();
        for (String input : inputs) {
            if (input.equals("-")) {
                byte[] bytes = readLimited(stdin, "standard input");
                Document doc = decodeDocument(bytes, "standard input", false, notices);
                if (doc.json()) {
                    if (inputs.size() != 1) {
                        // Returning the JSON cluster alone would silently drop the other inputs.
                        throw new NewsumException("standard input: cannot mix JSON Lines with article files: "
                                + String.join(", ", inputs));
                    }
                    return singleCluster(new JsonLinesReader(limits).parse(doc.text(), "standard input"));
                }
                addArticles(articles, "stdin", doc, notices);
                continue;
            }
            if (UrlFetcher.isUrl(input)) {
                UrlFetcher.Fetched page = fetcher.fetch(String.valueOf(articles.size() + 1), input);
                articles.add(page.article());
                notices.addAll(page.notices());
                continue;
            }
            Path path = existing(input);
            if (Files.isDirectory(path)) {
                List<Path> files = articleFiles(path, notices);
                for (Path file : files) {
                    addFile(articles, file, notices);
                }
            } else {
                addFile(articles, path, notices);
            }
        }
        if (articles.size() > limits.maxArticles()) {
            throw new NewsumException(String.join(", ", inputs) + ": " + articles.size()
                    + " articles, more than the limit of " + limits.maxArticles());
        }
        if (articles.size() == 1) {
            notices.add(ONE_ARTICLE);
        }
        return new Source(clusterId(inputs), articles, List.of(), notices);
    }

    private static Source singleCluster(List<Source> sources) throws NewsumException {
        if (sources.size() != 1) {
            throw new NewsumException("standard input: " + sources.size()
                    + " JSON lines; give a .jsonl file to summarize several clusters");
        }
        return sources.get(0);
    }

    private void addFile(List<Article> articles, Path file, List<String> notices) throws NewsumException {
        String name = file.toString();
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new NewsumException(name + ": cannot read (" + e.getMessage() + ")", e);
        }
        if (size > limits.maxFileBytes()) {
            throw new NewsumException(name + ": " + megabytes(size) + " is over the limit of "
                    + megabytes(limits.maxFileBytes()));
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new NewsumException(name + ": cannot read (" + e.getMessage() + ")", e);
        }
        String lower = name.toLowerCase(Locale.ROOT);
        boolean html = lower.endsWith(".html") || lower.endsWith(".htm");
        Document doc = decodeDocument(bytes, name, html, notices);
        addArticles(articles, file.getFileName().toString(), doc, notices);
    }

    private static void addArticles(List<Article> articles, String source, Document doc, List<String> notices) {
        if (doc.html()) {
            articles.add(new Article(String.valueOf(articles.size() + 1), source, null, null, null, null,
                    Article.Format.HTML, doc.text()));
            return;
        }
        List<String> parts = splitArticles(doc.text());
        if (parts.size() > 1) {
            notices.add(source + ": " + parts.size() + " articles separated by " + SEPARATOR);
        }
        for (String part : parts) {
            articles.add(Article.ofText(String.valueOf(articles.size() + 1), source, part));
        }
    }

    /** Splits a text at {@value #SEPARATOR}; a text without separators is one article. */
    static List<String> splitArticles(String text) {
        List<String> parts = new ArrayList<>();
        int from = 0;
        int at;
        while ((at = text.indexOf(SEPARATOR, from)) >= 0) {
            parts.add(text.substring(from, at).strip());
            from = at + SEPARATOR.length();
        }
        parts.add(text.substring(from).strip());
        return parts;
    }

    private record Document(String text, boolean html, boolean json) {
    }

    private static Document decodeDocument(byte[] bytes, String name, boolean htmlByName, List<String> notices)
            throws NewsumException {
        TextDecoder.Decoded decoded = TextDecoder.decode(bytes, name);
        if (decoded.fallbackCharset() != null) {
            notices.add(name + ": not valid UTF-8, read as " + decoded.fallbackCharset());
        }
        if (decoded.controlsRemoved() > 0) {
            notices.add(name + ": removed " + decoded.controlsRemoved()
                    + " control character(s), such as NUL, that are not part of a text");
        }
        String text = decoded.text();
        if (text.isBlank()) {
            throw new NewsumException(name + ": empty file");
        }
        String head = text.substring(0, Math.min(text.length(), 4096)).stripLeading();
        boolean json = head.startsWith("{");
        boolean html = htmlByName || looksLikeHtml(head);
        return new Document(text, html, json && !html);
    }

    static boolean looksLikeHtml(String head) {
        if (!head.startsWith("<")) {
            return false;
        }
        String lower = head.toLowerCase(Locale.ROOT);
        return lower.startsWith("<!doctype html") || lower.contains("<html") || lower.contains("<body")
                || lower.contains("<p>") || lower.contains("<div");
    }

    private List<Path> articleFiles(Path dir, List<String> notices) throws NewsumException {
        List<Path> files;
        List<Path> others;
        try (Stream<Path> entries = Files.list(dir)) {
            List<Path> all = entries.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted()
                    .toList();
            files = all.stream().filter(SourceReader::isArticleFile).toList();
            others = all.stream().filter(p -> !isArticleFile(p)).toList();
        } catch (IOException e) {
            throw new NewsumException(dir + ": cannot list folder (" + e.getMessage() + ")", e);
        }
        if (files.isEmpty()) {
            throw new NewsumException(dir + ": no .txt or .html files in this folder");
        }
        if (!others.isEmpty()) {
            notices.add(dir + ": skipped " + others.size() + " file(s) that are not .txt or .html, e.g. "
                    + others.get(0).getFileName());
        }
        return files;
    }

    private static boolean isArticleFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".txt") || name.endsWith(".text") || name.endsWith(".html") || name.endsWith(".htm");
    }

    private static Path existing(String input) throws NewsumException {
        Path path = Path.of(input);
        if (!Files.exists(path)) {
            throw new NewsumException(input + ": no such file or folder");
        }
        if (!Files.isReadable(path)) {
            throw new NewsumException(input + ": not readable");
        }
        return path;
    }

    private byte[] readLimited(InputStream in, String name) throws NewsumException {
        try {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxFileBytes() + 1));
            if (bytes.length > limits.maxFileBytes()) {
                throw new NewsumException(name + ": more than the limit of " + megabytes(limits.maxFileBytes()));
            }
            if (bytes.length == 0) {
                throw new NewsumException(name + ": empty input");
            }
            return bytes;
        } catch (IOException e) {
            throw new NewsumException(name + ": cannot read (" + e.getMessage() + ")", e);
        } 
    }

    private static String clusterId(List<String> inputs) {
        if (inputs.size() != 1 || inputs.get(0).equals("-")) {
            return "cluster";
        }
        Path name = Path.of(inputs.get(0)).toAbsolutePath().normalize().getFileName();
        if (name == null) {
            return "cluster";
        }
        String id = name.toString();
        int dot = id.lastIndexOf('.');
        return dot > 0 ? id.substring(0, dot) : id;
    }

    static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
