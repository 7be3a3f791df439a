package org.newsum.app.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.newsum.Newsum;
import org.newsum.app.ExitCodes;
import org.newsum.app.Mixins;
import org.newsum.app.Range;
import org.newsum.eval.ExtractionBenchmark;
import org.newsum.eval.ExtractionScore;
import org.newsum.model.Extract;

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
        description = "Reads every page of an article-extraction benchmark folder (ground-truth.json and "
                + "html/<id>.html.gz) as `newsum extract` reads it, and prints the benchmark's precision, recall and "
                + "F1 of the body extract prints (4-token shingles, macro-averaged over pages as its evaluate.py "
                + "does: a page with no extracted text is left out of precision), how often the title is the page's "
                + "<h1> and the date ISO 8601, and pages per second. Throughput is the whole extract path "
                + "(the pages are read and decompressed before timing): untimed passes for --warm-up "
                + "seconds, then --runs timed passes over all pages on --threads threads; the median is shown.")
public final class ExtractionBench implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--data", required = true, paramLabel = "DIR",
            description = "benchmark folder with ground-truth.json and html/")
    Path data;

    @CommandLine.Mixin
    Mixins.RunsOption runsOption;

    @CommandLine.Mixin
    Mixins.WarmUpOption warmUp;

    @CommandLine.Mixin
    Mixins.ThreadsOption threadsOption;

    @Range(min = 0, max = 100_000)
    @Option(names = "--show-worst", paramLabel = "K", description = "also list the K pages with the lowest F1")
    int showWorst;

    @Option(names = "--out", paramLabel = "DIR", description = "also write each page's extracted text to DIR/<id>.txt")
    Path outDir;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int runs = runsOption.runs;
        int threads = threadsOption.threads;
        double warmUpSeconds = warmUp.seconds;
        List<ExtractionBenchmark.Page> pages;
        try {
            pages = ExtractionBenchmark.read(data);
        } catch (IOException | IllegalArgumentException e) {
            err.println("newsum: " + data + ": " + e.getMessage());
            return 1;
        }
        ExtractionBenchmark extractor = new ExtractionBenchmark(new Newsum());
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        Extract[] extracts;
        double[] seconds = new double[runs];
        try {
            long warmUpEnd = System.nanoTime() + (long) (warmUpSeconds * 1e9);
            do {
                extractor.extractAll(pool, pages);
            } while (System.nanoTime() < warmUpEnd);
            extracts = null;
            for (int run = 0; run < runs; run++) {
                long start = System.nanoTime();
                extracts = extractor.extractAll(pool, pages);
                seconds[run] = (System.nanoTime() - start) / 1e9;
            }
        } finally {
            pool.shutdownNow();
        }
        String[] texts = new String[pages.size()];
        for (int i = 0; i < texts.length; i++) {
            texts[i] = ExtractionBenchmark.text(extracts[i]);
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
        ExtractionBenchmark.Metadata meta = ExtractionBenchmark.metadata(pages, extracts);
        out.println(String.format(Locale.ROOT, "title is the page's <h1> %d of %d pages with one (%.1f%%); "
                        + "date ISO 8601 %d of %d pages (%.1f%%), %d with a time zone", meta.titleIsH1(),
                meta.withHeadline(), percent(meta.titleIsH1(), meta.withHeadline()), meta.isoDates(), meta.pages(),
                percent(meta.isoDates(), meta.pages()), meta.zonedDates()));
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

    private static double percent(int part, int whole) {
        return whole == 0 ? 0 : 100.0 * part / whole;
    }
}
