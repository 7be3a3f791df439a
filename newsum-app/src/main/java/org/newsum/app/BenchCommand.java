package org.newsum.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.newsum.Newsum;
import org.newsum.eval.Evaluation;
import org.newsum.eval.Rouge;
import org.newsum.eval.RougeOptions;
import org.newsum.eval.Score;
import org.newsum.ingest.JsonLinesReader;
import org.newsum.model.Budget;
import org.newsum.model.NewsumException;
import org.newsum.model.Source;
import org.newsum.model.SourceEntry;

import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code newsum bench}: several methods over the same clusters in one run, one row per method with
 * ROUGE and throughput; {@code newsum bench rouge} measures the scorer's own speed and
 * {@code newsum bench scale} the pipeline's on one very large cluster; {@code newsum bench extraction} scores
 * HTML main-text extraction on an article-extraction benchmark.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        exitCodeListHeading = ExitCodes.HEADING,
        exitCodeList = {"0:the table was written", "1:bad input, or no cluster could be scored by any method", ExitCodes.HELP_OPTIONS},
        description = "Evaluates several methods on the same dataset in one run and prints one table, a row per "
                + "method: ROUGE (x100) and clusters per second. Throughput is end to end (cleaning, splitting, "
                + "selection, ordering, citation; not reading the file or scoring): for each method untimed passes "
                + "over the whole dataset warm up the JVM for --warm-up seconds, then --runs timed passes follow "
                + "and the table shows the median. The dataset's clusters are held in memory for the repeated "
                + "passes: use --limit to bound them.",
        subcommands = {BenchCommand.RougeSpeed.class, ScaleBench.class, ExtractionBench.class,
                org.newsum.app.serve.ServeBench.class})
final class BenchCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--data", paramLabel = "FILE", description = "dataset, .jsonl or .jsonl.gz (required)")
    Path data;

    @Option(names = "--methods", split = ",", paramLabel = "NAME", description = "methods to compare (default: all, "
            + "and oracle)")
    List<String> methods;

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    SummarizeCommand.BudgetOption budgetOption;

    @Range(min = 0, max = Integer.MAX_VALUE)
    @Option(names = "--limit", paramLabel = "K", description = "only the first K clusters (0: all), which bounds "
            + "the memory the held clusters take")
    int limit;

    @Range(min = 0, max = 100_000)
    @Option(names = "-l", paramLabel = "N", description = "ROUGE -l: cut system and references after N words (0: no cut)")
    int wordLimit;

    @Range(min = 0, max = 10_000_000)
    @Option(names = "-b", paramLabel = "N", description = "ROUGE -b: cut system and references after N bytes (0: no cut)")
    int byteLimit;

    @CommandLine.Mixin
    Datasets.AverageOption averageOption;

    @Option(names = "--measure", paramLabel = "r|p|f", defaultValue = "f",
            description = "which number of each metric the table shows (default: ${DEFAULT-VALUE})")
    String measure;

    @Range(min = 1, max = 256)
    @Option(names = "--threads", paramLabel = "T", description = "worker threads (default: all cores)")
    int threads = Runtime.getRuntime().availableProcessors();

    @Range(min = 1, max = 1000)
    @Option(names = "--runs", paramLabel = "N", defaultValue = "5",
            description = "timed summarization passes per method, after one warm-up pass (default: ${DEFAULT-VALUE})")
    int runs;

    @Option(names = "--insights", paramLabel = "LEVEL", defaultValue = "none",
            description = "also compute insights (none, brief or full) in every timed pass, to measure their cost "
                    + "against the summary's (default: ${DEFAULT-VALUE})")
    String insights;

    @Range(min = 0, max = 3600)
    @Option(names = "--warm-up", paramLabel = "SECONDS", defaultValue = "5",
            description = "untimed passes per method for at least this long, at least one (default: ${DEFAULT-VALUE})")
    double warmUpSeconds;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<String> names = methods == null || methods.isEmpty() ? Datasets.allNames() : methods;
        Evaluation.Options options;
        try {
            if (data == null) {
                throw new IllegalArgumentException("bench needs --data FILE");
            }
            names.forEach(Datasets::method);
            if (!List.of("r", "p", "f").contains(measure)) {
                throw new IllegalArgumentException("--measure must be r, p or f, not '" + measure + "'");
            }
            if (runs < 1) {
                throw new IllegalArgumentException("--runs must be at least 1");
            }
            options = new Evaluation.Options(budgetOption == null ? Budget.DEFAULT : budgetOption.budget(),
                    Datasets.rouge(wordLimit, byteLimit, averageOption.average), Math.max(1, threads), runs,
                    SummarizeCommand.insightLevel(insights));
        } catch (IllegalArgumentException e) {
            err.println("newsum: " + e.getMessage());
            return 2;
        }
        List<SourceEntry> entries;
        try {
            entries = Datasets.read(data, limit);
        } catch (NewsumException e) {
            err.println("newsum: " + e.getMessage());
            return 1;
        }
        // Lines that cannot be read fail every method alike: each is named once, before the table.
        java.util.Set<String> unreadable = new java.util.HashSet<>();
        for (SourceEntry entry : entries) {
            if (entry.source() == null) {
                unreadable.add(entry.id() != null ? entry.id() : "line-" + entry.line());
                err.println("newsum: " + entry.error());
            }
        }
        if (unreadable.size() == entries.size()) {
            err.println("newsum: " + data + ": no cluster could be read (" + entries.size() + " lines, each named above)");
            return 1;
        }
        Newsum newsum = new Newsum();
        try (Evaluation evaluation = new Evaluation(newsum)) {
            out.println(String.format(Locale.ROOT, "%s: %d clusters, budget %s, %s, %s x100; clusters/s: median of %d "
                            + "runs after %.0f s warm-up, %d threads, insights %s", data, entries.size(), options.budget(),
                    Datasets.flags(options.rouge()), measure.toUpperCase(Locale.ROOT), runs, warmUpSeconds,
                    options.threads(), options.insights().name().toLowerCase(Locale.ROOT)));
            out.println(String.format(Locale.ROOT, "%-18s %8s %8s %8s %8s %12s %7s", "method", "R-1", "R-2", "R-L",
                    "R-SU4", "clusters/s", "failed"));
            boolean anyScored = false;
            for (String name : names) {
                // Whole untimed passes first: a pass of 250 clusters takes well under a second, and the JIT
                // keeps improving the code for several seconds, so one pass would still measure the compiler.
                long warmUpEnd = System.nanoTime() + (long) (warmUpSeconds * 1e9);
                do {
                    evaluation.warmUp(entries, Datasets.method(name), options);
                } while (System.nanoTime() < warmUpEnd);
                Evaluation.Report report = evaluation.run(name, entries, Datasets.method(name), options,
                        Datasets.progress(err, entries.size(), name));
                anyScored |= report.scored() > 0;
                StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%-18s", name));
                for (String metric : Datasets.METRICS) {
                    Score s = report.average().scores().getOrDefault(metric, Score.ZERO);
                    double v = switch (measure) {
                        case "r" -> s.r();
                        case "p" -> s.p();
                        default -> s.f();
                    };
                    row.append(String.format(Locale.ROOT, " %8.2f", 100 * v));
                }
                row.append(String.format(Locale.ROOT, " %12.1f %7d", report.clustersPerSecond(), report.failed()));
                out.println(row);
                out.flush();
                for (Evaluation.ClusterResult r : report.results()) {
                    if (r.error() != null && !unreadable.contains(r.id())) {
                        err.println("newsum: " + name + ": " + r.id() + ": " + r.error());
                    }
                }
                err.flush();
            }
            return anyScored ? 0 : 1;
        }
    }

    /** {@code newsum bench rouge}: how fast the scorer is, on summary/reference pairs built from a dataset. */
    @Command(name = "rouge", mixinStandardHelpOptions = true,
            exitCodeListHeading = ExitCodes.HEADING,
            exitCodeList = {"0:the timing was written", "1:bad input, or no cluster with references", ExitCodes.HELP_OPTIONS},
            description = "Scores PAIRS summary/reference pairs (the first sentences of each cluster's articles against "
                    + "its references, cycling through the dataset) RUNS times and prints the median time and pairs per "
                    + "second.")
    static final class RougeSpeed implements Callable<Integer> {

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--data", required = true, paramLabel = "FILE",
                description = "dataset, .jsonl or .jsonl.gz; only its first PAIRS clusters with references are read")
        Path data;

        @Range(min = 1, max = 10_000_000)
        @Option(names = "--pairs", defaultValue = "5000", paramLabel = "N",
                description = "summary/reference pairs scored per run (default: ${DEFAULT-VALUE})")
        int pairs;

        @Range(min = 1, max = 1000)
        @Option(names = "--runs", defaultValue = "5", paramLabel = "N",
                description = "timed runs after one warm-up run; the median is shown (default: ${DEFAULT-VALUE})")
        int runs;

        @Range(min = 1, max = 256)
        @Option(names = "--threads", paramLabel = "T", description = "worker threads (default: all cores)")
        int threads = Runtime.getRuntime().availableProcessors();

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
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
}
