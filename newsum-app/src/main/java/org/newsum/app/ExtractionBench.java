package org.newsum.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.GZIPInputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.newsum.clean.HtmlExtractor;
import org.newsum.eval.ExtractionScore;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code newsum bench extraction}: HTML main-text extraction scored on an article-extraction benchmark
 * folder, with pages per second.
 */
@Command(name = "extraction", mixinStandardHelpOptions = true,
        exitCodeListHeading = ExitCodes.HEADING,
        exitCodeList = {"0:the scores were written", "1:bad input (no benchmark in the folder)", ExitCodes.HELP_OPTIONS},
        description = "Extracts the main text of every page of an article-extraction benchmark folder "
                + "(ground-truth.json and html/<id>.html.gz) and prints the benchmark's precision, recall and F1 "
                + "(4-token shingles, macro-averaged over pages as its evaluate.py does: a page with no extracted text "
                + "is left out of precision) and pages per second. Throughput is extraction "
                + "only (the pages are read and decompressed before timing): untimed passes for --warm-up "
                + "seconds, then --runs timed passes over all pages on --threads threads; the median is shown.")
final class ExtractionBench implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--data", required = true, paramLabel = "DIR",
            description = "benchmark folder with ground-truth.json and html/")
    Path data;

    @Range(min = 1, max = 1000)
    @Option(names = "--runs", defaultValue = "5", paramLabel = "N",
            description = "timed passes after the warm-up (default: ${DEFAULT-VALUE})")
    int runs;

    @Range(min = 0, max = 3600)
    @Option(names = "--warm-up", defaultValue = "5", paramLabel = "SECONDS",
            description = "untimed passes for at least this long, at least one (default: ${DEFAULT-VALUE})")
    double warmUpSeconds;

    @Range(min = 1, max = 256)
    @Option(names = "--threads", paramLabel = "T", description = "worker threads (default: all cores)")
    int threads = Runtime.getRuntime().availableProcessors();

    @Range(min = 0, max = 100_000)
    @Option(names = "--show-worst", paramLabel = "K", description = "also list the K pages with the lowest F1")
    int showWorst;

    @Option(names = "--out", paramLabel = "DIR", description = "also write each page's extracted text to DIR/<id>.txt")
    Path outDir;

    /** One benchmark page: its id, url, true article body and HTML. */
    record BenchPage(String id, String url, String truth, String html) {
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (runs < 1 || threads < 1) {
            err.println("newsum: --runs and --threads must be at least 1");
            return 2;
        }
        List<BenchPage> pages;
        try {
            pages = read(data);
        } catch (IOException | IllegalArgumentException e) {
            err.println("newsum: " + data + ": " + e.getMessage());
            return 1;
        }
        HtmlExtractor extractor = new HtmlExtractor();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        String[] texts;
        double[] seconds = new double[runs];
        try {
            long warmUpEnd = System.nanoTime() + (long) (warmUpSeconds * 1e9);
            do {
                extractAll(pool, extractor, pages);
            } while (System.nanoTime() < warmUpEnd);
            texts = null;
            for (int run = 0; run < runs; run++) {
                long start = System.nanoTime();
                texts = extractAll(pool, extractor, pages);
                seconds[run] = (System.nanoTime() - start) / 1e9;
            }
        } finally {
            pool.shutdownNow();
        }
        List<ExtractionScore> scores = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            scores.add(ExtractionScore.of(pages.get(i).truth(), texts[i]));
        }
        if (outDir != null) {
            Files.createDirectories(outDir);
            for (int i = 0; i < pages.size(); i++) {
                Files.writeString(outDir.resolve(pages.get(i).id() + ".txt"), texts[i]);
            }
        }
        ExtractionScore.Summary summary = ExtractionScore.summarize(scores);
        double[] sorted = seconds.clone();
        Arrays.sort(sorted);
        double median = sorted[runs / 2];
        out.println(String.format(Locale.ROOT, "%s: %d pages, %d threads, median of %d runs after %.0f s warm-up",
                data, pages.size(), threads, runs, warmUpSeconds));
        // The benchmark's rule (its evaluate.py): a page with no extracted text has no precision, so it is left
        // out of that mean and costs recall only.
        out.println(String.format(Locale.ROOT, "precision %.4f  recall %.4f  F1 %.4f  (%d pages with no text, "
                        + "left out of precision as the benchmark's evaluate.py does)", summary.precision(),
                summary.recall(), summary.f1(), summary.pages() - summary.precisionPages()));
        out.println(String.format(Locale.ROOT, "pages/s %.1f  (median %.3f s per pass; min %.3f, max %.3f)",
                pages.size() / median, median, sorted[0], sorted[runs - 1]));
        if (showWorst > 0) {
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < pages.size(); i++) {
                order.add(i);
            }
            order.sort(Comparator.comparingDouble(i -> scores.get(i).f1()));
            out.println(String.format(Locale.ROOT, "%-36s %6s %6s %6s  %s", "worst pages", "P", "R", "F1", "url"));
            for (int i : order.subList(0, Math.min(showWorst, order.size()))) {
                ExtractionScore s = scores.get(i);
                out.println(String.format(Locale.ROOT, "%-36s %6.3f %6.3f %6.3f  %s", pages.get(i).id(),
                        s.precision(), s.recall(), s.f1(), pages.get(i).url()));
            }
        }
        return 0;
    }

    /** Extracts every page once, one task per page so that uneven pages spread over the threads. */
    private static String[] extractAll(ExecutorService pool, HtmlExtractor extractor, List<BenchPage> pages)
            throws InterruptedException, ExecutionException {
        List<Future<String>> futures = new ArrayList<>();
        for (BenchPage page : pages) {
            futures.add(pool.submit(() -> extractor.extract(page.html(), page.url()).text()));
        }
        String[] texts = new String[pages.size()];
        for (int i = 0; i < texts.length; i++) {
            texts[i] = futures.get(i).get();
        }
        return texts;
    }

    /** The benchmark's pages in id order, decompressed. */
    static List<BenchPage> read(Path dir) throws IOException {
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
        List<BenchPage> pages = new ArrayList<>();
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
            pages.add(new BenchPage(id, entry.path("url").asText(null), entry.path("articleBody").asText(""), text));
        }
        if (pages.isEmpty()) {
            throw new IllegalArgumentException("no pages in ground-truth.json");
        }
        return pages;
    }
}
