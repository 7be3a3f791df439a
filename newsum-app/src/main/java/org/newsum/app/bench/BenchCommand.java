package org.newsum.app.bench;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.newsum.Newsum;
import org.newsum.app.Datasets;
import org.newsum.app.ExitCodes;
import org.newsum.app.MethodConverter;
import org.newsum.app.Mixins;
import org.newsum.app.Range;
import org.newsum.eval.Evaluation;
import org.newsum.eval.Score;
import org.newsum.model.Insights;
import org.newsum.model.Method;
import org.newsum.model.NewsumException;
import org.newsum.model.SourceEntry;

import picocli.CommandLine;
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
        subcommands = {RougeBench.class, ScaleBench.class, ExtractionBench.class, ServeBench.class, StoriesBench.class})
public final class BenchCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    // Not required as the other commands' --data is: picocli would ask the subcommands for it too.
    @Option(names = "--data", paramLabel = "FILE", description = "dataset, .jsonl or .jsonl.gz (required)")
    Path data;

    @Option(names = "--methods", split = ",", paramLabel = "NAME", converter = MethodConverter.Evaluating.class,
            description = "methods to compare (default: all, and oracle)")
    List<Method> methods;

    @CommandLine.Mixin
    Mixins.BudgetOptions budget;

    @Range(min = 0, max = Integer.MAX_VALUE)
    @Option(names = "--limit", paramLabel = "K", description = "only the first K clusters (0: all), which bounds "
            + "the memory the held clusters take")
    int limit;

    @CommandLine.Mixin
    Mixins.RougeFlags rougeFlags;

    @Option(names = "--measure", paramLabel = "r|p|f", defaultValue = "f",
            description = "which number of each metric the table shows (default: ${DEFAULT-VALUE})")
    String measure;

    @CommandLine.Mixin
    Mixins.ThreadsOption threads;

    @CommandLine.Mixin
    Mixins.RunsOption runs;

    @Option(names = "--insights", paramLabel = "LEVEL", defaultValue = "none",
            description = "also compute insights (none, brief or full) in every timed pass, to measure their cost "
                    + "against the summary's (default: ${DEFAULT-VALUE})")
    Insights.Level insights;

    @CommandLine.Mixin
    Mixins.WarmUpOption warmUp;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Method> compared = methods == null || methods.isEmpty() ? Evaluation.methods() : methods;
        double warmUpSeconds = warmUp.seconds;
        Evaluation.Options options;
        try {
            if (data == null) {
                throw new IllegalArgumentException("bench needs --data FILE");
            }
            if (!List.of("r", "p", "f").contains(measure)) {
                throw new IllegalArgumentException("--measure must be r, p or f, not '" + measure + "'");
            }
            options = new Evaluation.Options(budget.budget(), rougeFlags.rouge(), threads.threads, runs.runs,
                    insights);
        } catch (IllegalArgumentException e) {
            err.println("newsum: " + e.getMessage());
            return ExitCodes.OPTIONS;
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
                unreadable.add(entry.name());
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
                    Datasets.flags(options.rouge()), measure.toUpperCase(Locale.ROOT), options.runs(), warmUpSeconds,
                    options.threads(), options.insights().name().toLowerCase(Locale.ROOT)));
            out.println(String.format(Locale.ROOT, "%-18s %8s %8s %8s %8s %12s %7s", "method", "R-1", "R-2", "R-L",
                    "R-SU4", "clusters/s", "failed"));
            boolean anyScored = false;
            for (Method method : compared) {
                String name = method.name();
                // Whole untimed passes first: a pass of 250 clusters takes well under a second, and the JIT
                // keeps improving the code for several seconds, so one pass would still measure the compiler.
                long warmUpEnd = System.nanoTime() + (long) (warmUpSeconds * 1e9);
                do {
                    evaluation.warmUp(entries, method, options);
                } while (System.nanoTime() < warmUpEnd);
                Evaluation.Report report = evaluation.run(method, entries, options,
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
}
