package org.newsum.app.bench;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.newsum.app.Datasets;
import org.newsum.app.ExitCodes;
import org.newsum.app.Mixins;
import org.newsum.app.Range;
import org.newsum.eval.Rouge;
import org.newsum.eval.RougeOptions;
import org.newsum.model.NewsumException;
import org.newsum.model.Source;
import org.newsum.model.SourceEntry;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code newsum bench rouge}: how fast the scorer is, on summary/reference pairs built from a dataset. */
@Command(name = "rouge", mixinStandardHelpOptions = true,
        exitCodeListHeading = ExitCodes.HEADING,
        exitCodeList = {"0:the timing was written", "1:bad input, or no cluster with references", ExitCodes.HELP_OPTIONS},
        description = "Scores PAIRS summary/reference pairs (the first sentences of each cluster's articles against "
                + "its references, cycling through the dataset) RUNS times and prints the median time and pairs per "
                + "second. Only the dataset's first PAIRS clusters with references are read.")
public final class RougeBench implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    Mixins.DatasetOption dataset;

    @Range(min = 1, max = 10_000_000)
    @Option(names = "--pairs", defaultValue = "5000", paramLabel = "N",
            description = "summary/reference pairs scored per run (default: ${DEFAULT-VALUE})")
    int pairs;

    @CommandLine.Mixin
    Mixins.RunsOption runsOption;

    @CommandLine.Mixin
    Mixins.ThreadsOption threadsOption;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Path data = dataset.data;
        int runs = runsOption.runs;
        int threads = threadsOption.threads;
        List<Source> sources;
        // Only the first PAIRS clusters with references are ever used: read no further.
        try (Stream<SourceEntry> entries = Datasets.stream(data, 0)) {
            sources = entries.map(SourceEntry::source)
                    .filter(s -> s != null && !s.references().isEmpty()).limit(pairs).toList();
        } catch (NewsumException e) {
            spec.commandLine().getErr().println("newsum: " + e.getMessage());
            return 1;
        }
        if (sources.isEmpty()) {
            spec.commandLine().getErr().println("newsum: " + data + ": no cluster with references");
            return 1;
        }
        List<List<String>> systems = new ArrayList<>();
        List<List<List<String>>> references = new ArrayList<>();
        for (int i = 0; i < pairs; i++) {
            Source s = sources.get(i % sources.size());
            List<String> system = new ArrayList<>();
            for (var article : s.articles()) {
                system.addAll(firstWords(article.text(), 250 / Math.max(1, s.articles().size())));
            }
            systems.add(system);
            List<List<String>> refs = new ArrayList<>();
            for (String r : s.references()) {
                refs.add(List.of(r.split("(?<=[.!?])\\s+")));
            }
            references.add(refs);
        }
        Rouge rouge = new Rouge(RougeOptions.STANDARD);
        List<Double> seconds = new ArrayList<>();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        try {
            for (int run = 0; run <= runs; run++) { // run 0 warms up
                long start = System.nanoTime();
                List<java.util.concurrent.Future<?>> futures = new ArrayList<>();
                int chunk = (pairs + threads - 1) / threads;
                for (int t = 0; t < threads; t++) {
                    int from = t * chunk;
                    int to = Math.min(pairs, from + chunk);
                    futures.add(pool.submit(() -> {
                        for (int i = from; i < to; i++) {
                            rouge.score(systems.get(i), references.get(i));
                        }
                    }));
                }
                for (var f : futures) {
                    f.get();
                }
                if (run > 0) {
                    seconds.add((System.nanoTime() - start) / 1e9);
                }
            }
        } finally {
            pool.shutdownNow();
        }
        List<Double> sorted = seconds.stream().sorted().toList();
        double median = sorted.get(sorted.size() / 2);
        out.println(String.format(Locale.ROOT, "%d pairs (%s), %d threads: median %.3f s of %d runs (min %.3f, "
                        + "max %.3f), %.0f pairs/s", pairs, data, threads, median, runs, sorted.get(0),
                sorted.get(sorted.size() - 1), pairs / median));
        return 0;
    }

    private static List<String> firstWords(String text, int words) {
        String[] w = text.strip().split("\\s+");
        String cut = String.join(" ", java.util.Arrays.copyOf(w, Math.min(words, w.length)));
        return List.of(cut.split("(?<=[.!?])\\s+"));
    }
}
