package org.newsum.eval;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.zip.GZIPInputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.newsum.clean.HtmlExtractor;

/**
 * An article-extraction benchmark folder ({@code ground-truth.json} and {@code html/<id>.html.gz}, as the
 * article-extraction benchmark lays it out) and the clean stage's HTML main-text extraction run over its pages,
 * scored with {@link ExtractionScore}.
 */
public final class ExtractionBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One benchmark page: its id, url, true article body and HTML. */
    public record Page(String id, String url, String truth, String html) {
    }

    private final HtmlExtractor extractor = new HtmlExtractor();

    /**
     * The benchmark's pages in id order, decompressed; a folder that is not a benchmark is an
     * {@link IllegalArgumentException} saying what is missing or malformed.
     */
    public static List<Page> read(Path dir) throws IOException {
        Path truthFile = dir.resolve("ground-truth.json");
        if (!Files.isRegularFile(truthFile)) {
            throw new IllegalArgumentException("no ground-truth.json");
        }
        JsonNode truth;
        try {
            truth = JSON.readTree(truthFile.toFile());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("ground-truth.json: malformed JSON" + (e.getLocation() == null ? ""
                    : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr()), e);
        }
        List<String> ids = new ArrayList<>();
        for (Iterator<String> it = truth.fieldNames(); it.hasNext(); ) {
            ids.add(it.next());
        }
        ids.sort(null);
        List<Page> pages = new ArrayList<>();
        for (String id : ids) {
            Path html = dir.resolve("html").resolve(id + ".html.gz");
            if (!Files.isRegularFile(html)) {
                throw new IllegalArgumentException("no html/" + id + ".html.gz");
            }
            String text;
            try (InputStream in = new GZIPInputStream(Files.newInputStream(html))) {
                text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (java.util.zip.ZipException | java.io.EOFException e) {
                throw new IllegalArgumentException("html/" + id + ".html.gz: not complete gzip data", e);
            }
            JsonNode entry = truth.get(id);
            pages.add(new Page(id, entry.path("url").asText(null), entry.path("articleBody").asText(""), text));
        }
        if (pages.isEmpty()) {
            throw new IllegalArgumentException("no pages in ground-truth.json");
        }
        return pages;
    }

    /** Extracts every page's main text once, one task per page so that uneven pages spread over the threads. */
    public String[] extractAll(ExecutorService pool, List<Page> pages) throws InterruptedException, ExecutionException {
        List<Future<String>> futures = new ArrayList<>();
        for (Page page : pages) {
            futures.add(pool.submit(() -> extractor.extract(page.html(), page.url()).text()));
        }
        String[] texts = new String[pages.size()];
        for (int i = 0; i < texts.length; i++) {
            texts[i] = futures.get(i).get();
        }
        return texts;
    }
}
