package org.newsum.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static org.newsum.model.NewsumException.reason;

import org.newsum.model.Article;
import org.newsum.model.NewsumException;
import org.newsum.model.Notice;
import org.newsum.model.Source;
import org.newsum.model.IngestLimits;
import org.newsum.model.FetchOptions;
import org.newsum.model.SourceEntry;

/**
 * Reads the command line's inputs into clusters: a folder of {@code .txt}/{@code .html} files, single
 * files, http(s) URLs of web pages, {@code -} for standard input, or JSON Lines datasets (one cluster
 * per line).
 *
 * <p>Plain files and folders given together form one cluster, one article per file (or per
 * {@value #SEPARATOR}-separated part of a file). Every problem is a {@link NewsumException} whose
 * message names the input and says what is wrong with it in words. Datasets are read lazily, one line at a time
 * ({@link #entries}), so that a batch holds one cluster at a time, whatever the size of the file.
 */
public final class SourceReader {

    /** Separates articles inside one text, as in Multi-News. */
    public static final String SEPARATOR = "|||||";

    private final IngestLimits limits;
    private final Supplier<UrlFetcher> fetcherFactory;
    /** Made at the first URL: its HTTP client and TLS context take a third of a second that reading files does not need. */
    private UrlFetcher fetcher;

    public SourceReader(IngestLimits limits) {
        this(limits, () -> new UrlFetcher(FetchOptions.commandLine(limits)));
    }

    SourceReader(IngestLimits limits, UrlFetcher fetcher) {
        this(limits, () -> fetcher);
    }

    private SourceReader(IngestLimits limits, Supplier<UrlFetcher> fetcherFactory) {
        this.limits = limits;
        this.fetcherFactory = fetcherFactory;
    }

    private synchronized UrlFetcher fetcher() {
        if (fetcher == null) {
            fetcher = fetcherFactory.get();
        }
        return fetcher;
    }

    /**
     * Reads all inputs into memory; {@code stdin} is used for the input {@code -}. A dataset gives all its
     * clusters and fails at its first bad line; a batch should use {@link #entries} instead.
     */
    public List<Source> read(List<String> inputs, InputStream stdin) throws NewsumException {
        List<Source> sources = new ArrayList<>();
        try (Stream<SourceEntry> entries = entries(inputs, stdin)) {
            for (SourceEntry entry : (Iterable<SourceEntry>) entries::iterator) {
                if (entry.source() == null) {
                    throw new NewsumException(entry.error());
                }
                sources.add(entry.source());
            }
        }
        return sources;
    }

    /**
     * The clusters of the inputs, one entry each: for JSON Lines datasets, one per non-blank line, read lazily as
     * the stream is consumed (close it to release the files); for anything else the one cluster its articles form.
     * Problems with an input as a whole fail here, before any entry; a bad line is its entry's error.
     */
    public Stream<SourceEntry> entries(List<String> inputs, InputStream stdin) throws NewsumException {
        if (inputs.isEmpty()) {
            throw new NewsumException("no input: give a folder, files, URLs, - for standard input, or a .jsonl file");
        }
        List<String> jsonl = inputs.stream().filter(SourceReader::isDataset).toList();
        if (jsonl.isEmpty()) {
            return Stream.of(new SourceEntry(1, readCluster(inputs, stdin), null));
        }
        if (jsonl.size() != inputs.size()) {
            throw new NewsumException("cannot mix JSON Lines datasets with article files: " + String.join(", ", jsonl));
        }
        JsonLinesReader reader = new JsonLinesReader(limits);
        List<Stream<SourceEntry>> datasets = new ArrayList<>();
        try {
            for (String input : inputs) {
                datasets.add(reader.entries(existing(input)));
            }
        } catch (NewsumException e) {
            datasets.forEach(Stream::close);
            throw e;
        }
        // Every dataset is opened (and checked) before the first entry, so a bad file among several fails first.
        return datasets.stream().flatMap(d -> d).onClose(() -> datasets.forEach(Stream::close));
    }

    /** Whether an input is a dataset: a path (not a URL) ending in .jsonl or .jsonl.gz. */
    public static boolean isDataset(String input) {
        return !UrlFetcher.isUrl(input) && isJsonLines(input);
    }

    /** Whether an input names a JSON Lines dataset by its extension. */
    public static boolean isJsonLines(String input) {
        String lower = input.toLowerCase(Locale.ROOT);
        return lower.endsWith(".jsonl") || lower.endsWith(".jsonl.gz");
    }

    /** One input's share of a cluster: standard input, a URL, or a file named directly or found in a folder. */
    private record Piece(String input, Path file, boolean inFolder) {
    }

    private Source readCluster(List<String> inputs, InputStream stdin) throws NewsumException {
        List<Notice> notices = new ArrayList<>();
        List<Piece> pieces = new ArrayList<>();
        for (String input : inputs) {
            if (input.equals("-") || UrlFetcher.isUrl(input)) {
                pieces.add(new Piece(input, null, false));
                continue;
            }
            Path path = existing(input);
            if (Files.isDirectory(path)) {
                articleFiles(path, notices).forEach(file -> pieces.add(new Piece(input, file, true)));
            } else {
                pieces.add(new Piece(input, path, false));
            }
        }
        // Every piece is at least one article: refuse too many before reading any of them.
        if (pieces.size() > limits.maxArticles()) {
            throw new NewsumException(String.join(", ", inputs) + ": " + pieces.size()
                    + " files, more than the limit of " + limits.maxArticles() + " articles");
        }
        List<Article> articles = new ArrayList<>();
        // A file found in a folder that cannot be read (empty, binary, …) is skipped with a notice, as other folder
        // entries that are not articles are: one bad download must not cost the cluster. A file named on its own
        // is the user's choice, and its problem is the error.
        Map<String, List<String>> skipped = new LinkedHashMap<>();
        for (Piece piece : pieces) {
            String input = piece.input();
            if (input.equals("-") && piece.file() == null) {
                byte[] bytes = readLimited(stdin, "standard input");
                Document doc = decodeDocument(bytes, "standard input", false, notices);
                if (doc.json()) {
                    if (inputs.size() != 1) {
                        // Returning the JSON cluster alone would silently drop the other inputs.
                        throw new NewsumException("standard input: cannot mix JSON Lines with article files: "
                                + String.join(", ", inputs));
                    }
                    return singleCluster(doc.text());
                }
                addArticles(articles, "stdin", doc, notices);
            } else if (piece.file() == null) {
                UrlFetcher.Fetched page = fetcher().fetch(String.valueOf(articles.size() + 1), input);
                articles.add(page.article());
                notices.addAll(page.notices());
            } else if (piece.inFolder()) {
                try {
                    addFile(articles, piece.file(), notices);
                } catch (NewsumException e) {
                    skipped.computeIfAbsent(input, k -> new ArrayList<>()).add(e.getMessage());
                }
            } else {
                addFile(articles, piece.file(), notices);
            }
        }
        for (Map.Entry<String, List<String>> folder : skipped.entrySet()) {
            List<String> why = folder.getValue();
            if (articles.isEmpty()) {
                throw new NewsumException(folder.getKey() + ": no file in this folder can be read as an article ("
                        + why.get(0) + (why.size() > 1 ? "; and " + (why.size() - 1) + " more" : "") + ")");
            }
            notices.add(Notice.skippedUnreadableFiles(folder.getKey(), why.size(),
                    String.join("; ", why.subList(0, Math.min(3, why.size()))) + (why.size() > 3 ? "; …" : "")));
        }
        if (articles.size() > limits.maxArticles()) {
            throw new NewsumException(String.join(", ", inputs) + ": " + articles.size()
                    + " articles, more than the limit of " + limits.maxArticles());
        }
        return new Source(clusterId(inputs), articles, List.of(), notices);
    }

    /** The one cluster of JSON given on standard input (a BOM already removed by the decoder). */
    private Source singleCluster(String json) throws NewsumException {
        List<SourceEntry> entries;
        try (Stream<SourceEntry> s = new JsonLinesReader(limits).entries(
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "standard input")) {
            entries = s.limit(2).toList();
        }
        if (entries.size() != 1) {
            throw new NewsumException("standard input: more than one JSON line; give a .jsonl file to summarize "
                    + "several clusters");
        }
        if (entries.get(0).source() == null) {
            throw new NewsumException(entries.get(0).error());
        }
        return entries.get(0).source();
    }

    private void addFile(List<Article> articles, Path file, List<Notice> notices) throws NewsumException {
        String name = file.toString();
        byte[] bytes;
        try {
            if (Files.isRegularFile(file)) {
                long size = Files.size(file);
                if (size > limits.maxFileBytes()) {
                    throw new NewsumException(name + ": " + megabytes(size) + " is over the limit of "
                            + megabytes(limits.maxFileBytes()));
                }
                bytes = Files.readAllBytes(file);
            } else {
                // A pipe given by name, as bash's <(...) gives one: read it like standard input.
                try (InputStream in = Files.newInputStream(file)) {
                    bytes = readLimited(in, name);
                }
            }
        } catch (IOException e) {
            throw new NewsumException(name + ": cannot read (" + reason(e) + ")", e);
        }
        String lower = name.toLowerCase(Locale.ROOT);
        boolean html = lower.endsWith(".html") || lower.endsWith(".htm");
        Document doc = decodeDocument(bytes, name, html, notices);
        addArticles(articles, file.getFileName().toString(), doc, notices);
    }

    private static void addArticles(List<Article> articles, String source, Document doc, List<Notice> notices) {
        if (doc.html()) {
            articles.add(new Article(String.valueOf(articles.size() + 1), source, null, null, null, null,
                    Article.Format.HTML, doc.text()));
            return;
        }
        List<String> parts = splitArticles(doc.text());
        if (parts.size() > 1) {
            notices.add(Notice.separatedArticles(source, parts.size(), SEPARATOR));
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

    private static Document decodeDocument(byte[] bytes, String name, boolean htmlByName, List<Notice> notices)
            throws NewsumException {
        TextDecoder.Decoded decoded = TextDecoder.decode(bytes, name);
        notices.addAll(decoded.notices(name));
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

    /**
     * The folder's article files in name order. Hidden files are left out; other files, subfolders, and entries that
     * are not files to read (broken links, link loops, pipes, devices, unreadable files) are skipped with a notice,
     * and never opened, so a named pipe cannot block the read.
     */
    private List<Path> articleFiles(Path dir, List<Notice> notices) throws NewsumException {
        List<Path> entries;
        try (Stream<Path> list = Files.list(dir)) {
            entries = list.filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList();
        } catch (IOException e) {
            throw new NewsumException(dir + ": cannot list folder (" + reason(e) + ")", e);
        }
        List<Path> files = new ArrayList<>();
        List<Path> others = new ArrayList<>();
        List<Path> folders = new ArrayList<>();
        List<String> unreadable = new ArrayList<>();
        for (Path entry : entries) {
            BasicFileAttributes attributes;
            try {
                attributes = Files.readAttributes(entry, BasicFileAttributes.class);
            } catch (IOException e) {
                unreadable.add(entry.getFileName() + " (" + whyMissing(entry, e) + ")");
                continue;
            }
            if (attributes.isDirectory()) {
                folders.add(entry);
            } else if (!attributes.isRegularFile()) {
                unreadable.add(entry.getFileName() + " (" + specialKind(entry) + ")");
            } else if (!isArticleFile(entry)) {
                others.add(entry);
            } else if (!Files.isReadable(entry)) {
                unreadable.add(entry.getFileName() + " (permission denied)");
            } else {
                files.add(entry);
            }
        }
        if (!unreadable.isEmpty()) {
            notices.add(Notice.skippedUnreadableEntries(dir.toString(), unreadable.size(), String.join(", ",
                    unreadable.subList(0, Math.min(5, unreadable.size()))) + (unreadable.size() > 5 ? ", …" : "")));
        }
        if (files.isEmpty()) {
            throw new NewsumException(dir + ": no .txt or .html files in this folder"
                    + (unreadable.isEmpty() ? "" : " that can be read (" + unreadable.get(0) + ")"));
        }
        if (!others.isEmpty()) {
            notices.add(Notice.skippedOtherFiles(dir.toString(), others.size(), others.get(0).getFileName().toString()));
        }
        if (!folders.isEmpty()) {
            notices.add(Notice.skippedSubfolders(dir.toString(), folders.size(), folders.get(0).getFileName().toString()));
        }
        return files;
    }

    /** What a file that is neither a regular file nor a folder is: a named pipe, a socket, a device. */
    private static String specialKind(Path entry) {
        try {
            int type = (Integer) Files.getAttribute(entry, "unix:mode") & 0170000;
            return switch (type) {
                case 0010000 -> "a named pipe";
                case 0140000 -> "a socket";
                case 0020000 -> "a character device";
                case 0060000 -> "a block device";
                default -> "not a regular file";
            };
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
            return "not a regular file";
        }
    }

    /** Why a path that could not be looked up is not there: a broken link, a link loop, no permission, … */
    private static String whyMissing(Path path, IOException e) {
        if (e instanceof NoSuchFileException && Files.isSymbolicLink(path)) {
            try {
                return "a broken symbolic link to " + Files.readSymbolicLink(path);
            } catch (IOException ignored) {
                return "a broken symbolic link";
            }
        }
        return reason(e);
    }

    private static boolean isArticleFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".txt") || name.endsWith(".text") || name.endsWith(".html") || name.endsWith(".htm");
    }

    private static Path existing(String input) throws NewsumException {
        Path path;
        try {
            path = Path.of(input);
        } catch (InvalidPathException e) {
            throw new NewsumException(input + ": not a valid path (" + e.getReason() + ")", e);
        }
        try {
            Files.readAttributes(path, BasicFileAttributes.class);
        } catch (IOException e) {
            throw new NewsumException(input + ": " + whyMissing(path, e), e);
        }
        if (!Files.isReadable(path)) {
            throw new NewsumException(input + ": cannot read (permission denied)");
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
            throw new NewsumException(name + ": cannot read (" + reason(e) + ")", e);
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
