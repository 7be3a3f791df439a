package org.newsum.eval;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.zip.GZIPInputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

import org.newsum.model.Article;
import org.newsum.model.Extract;
import org.newsum.model.Source;

/**
 * An article-extraction benchmark folder ({@code ground-truth.json} and {@code html/<id>.html.gz}, as the
 * article-extraction benchmark lays it out) read through the pipeline's {@link Pipeline#extract}, so that the
 * benchmark scores exactly the body {@code newsum extract} prints for the page ({@link #text}), with
 * {@link ExtractionScore}; and how much of the pages' metadata comes out as the page shows it ({@link #metadata}).
 */
public final class ExtractionBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One benchmark page: its id, url, true article body and HTML. */
    public record Page(String id, String url, String truth, String html) {

        /** The page as {@code newsum extract} reads an HTML file of it: a source of one HTML article, named by its id. */
        public Source source() {
            Article article = new Article("1", id + ".html", url, null, null, null, Article.Format.HTML, html);
            return new Source(id, List.of(article), List.of(), List.of());
        }
    }

    private final Pipeline pipeline;

    /** A benchmark that reads each page with {@code pipeline} (the façade). */
    public ExtractionBenchmark(Pipeline pipeline) {
        this.pipeline = pipeline;
    }

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

    /** Extracts every page once, one task per page so that uneven pages spread over the threads. */
    public Extract[] extractAll(ExecutorService pool, List<Page> pages) throws InterruptedException, ExecutionException {
        List<Future<Extract>> futures = new ArrayList<>();
        for (Page page : pages) {
            futures.add(pool.submit(() -> pipeline.extract(page.source())));
        }
        Extract[] extracts = new Extract[pages.size()];
        for (int i = 0; i < extracts.length; i++) {
            extracts[i] = futures.get(i).get();
        }
        return extracts;
    }

    /** The text scored: the body {@code newsum extract} prints, or {@code ""} for a page it finds no article in. */
    public static String text(Extract extract) {
        return extract.article() == null ? "" : extract.article().text();
    }

    /**
     * How the extracted metadata matches what the pages show.
     *
     * @param pages         pages read
     * @param withHeadline  pages with a non-empty {@code <h1>}
     * @param titleIsH1     of those, pages whose title is the text of one of their {@code <h1>}s
     * @param isoDates      pages whose date parses as ISO 8601 (a date, a local date-time, or one with its offset)
     * @param zonedDates    of those, dates with a time zone offset
     */
    public record Metadata(int pages, int withHeadline, int titleIsH1, int isoDates, int zonedDates) {
    }

    /** Counts, over the pages and their extracts (in the same order), titles equal to an {@code <h1>} and ISO dates. */
    public static Metadata metadata(List<Page> pages, Extract[] extracts) {
        int withHeadline = 0;
        int titleIsH1 = 0;
        int iso = 0;
        int zoned = 0;
        for (int i = 0; i < pages.size(); i++) {
            List<String> headlines = new ArrayList<>();
            for (Element h1 : Jsoup.parse(pages.get(i).html()).select("h1")) {
                String text = h1.text().strip();
                if (!text.isEmpty()) {
                    headlines.add(text);
                }
            }
            Article a = extracts[i].article();
            if (!headlines.isEmpty()) {
                withHeadline++;
                if (a != null && a.title() != null && headlines.contains(a.title().strip())) {
                    titleIsH1++;
                }
            }
            String date = a == null ? null : a.date();
            if (date != null) {
                if (parses(date, true)) {
                    iso++;
                    zoned++;
                } else if (parses(date, false)) {
                    iso++;
                }
            }
        }
        return new Metadata(pages.size(), withHeadline, titleIsH1, iso, zoned);
    }

    /** Whether {@code date} is ISO 8601 with an offset ({@code zoned}), or a local date or date-time. */
    static boolean parses(String date, boolean zoned) {
        try {
            if (zoned) {
                OffsetDateTime.parse(date);
            } else if (date.length() == 10) {
                LocalDate.parse(date);
            } else {
                LocalDateTime.parse(date);
            }
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
