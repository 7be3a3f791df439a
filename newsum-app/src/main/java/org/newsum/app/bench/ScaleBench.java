package org.newsum.app.bench;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;

import org.newsum.Newsum;
import org.newsum.app.Datasets;
import org.newsum.app.ExitCodes;
import org.newsum.app.MethodConverter;
import org.newsum.app.Mixins;
import org.newsum.app.Range;
import org.newsum.model.Article;
import org.newsum.model.Brief;
import org.newsum.model.Budget;
import org.newsum.model.Cluster;
import org.newsum.model.Insights;
import org.newsum.model.NewsumException;
import org.newsum.model.Source;
import org.newsum.model.SourceEntry;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code newsum bench scale}: how the pipeline copes with one very large cluster, made by pooling the
 * articles of a dataset's clusters; prints the median wall time and the peak heap.
 */
@Command(name = "scale", mixinStandardHelpOptions = true, defaultValueProvider = MethodConverter.Default.class,
        exitCodeListHeading = ExitCodes.HEADING,
        exitCodeList = {"0:the timing was written", "1:bad input, or too few articles to pool", ExitCodes.HELP_OPTIONS},
        description = "Pools the articles of the datasets' clusters, in file and line order (a cluster whose id was "
                + "already pooled is skipped), into one cluster of --articles articles, summarizes it once to warm "
                + "up and then --runs times in one JVM, and prints each run's wall time, the median, and the peak "
                + "heap in use during the timed runs (the sum of the heap pools' peaks, so an upper bound). Run "
                + "with java -Xmx1g to check that it also fits in 1 GiB.")
public final class ScaleBench implements Callable<Integer> {

    private static final double MIB = 1024.0 * 1024.0;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--data", required = true, paramLabel = "FILE",
            description = "dataset, .jsonl or .jsonl.gz; repeat to pool from several in turn")
    List<Path> data;

    @Range(min = 1, max = 100_000)
    @Option(names = "--articles", defaultValue = "1000", paramLabel = "N",
            description = "articles in the pooled cluster (default: ${DEFAULT-VALUE})")
    int articles;

    @CommandLine.Mixin
    Mixins.RunsOption runsOption;

    @CommandLine.Mixin
    Mixins.MethodOption method;

    @CommandLine.Mixin
    Mixins.BudgetOptions budgetOptions;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int runs = runsOption.runs;
        Source pooled;
        try {
            pooled = pool(data, articles);
        } catch (NewsumException | IllegalArgumentException e) {
            err.println("newsum: " + e.getMessage());
            return 1;
        }
        Budget budget = budgetOptions.budget();
        Newsum newsum = new Newsum();
        Newsum.Options options = new Newsum.Options(budget, method.method, Insights.Level.NONE);
        long words = pooled.articles().stream().mapToLong(a -> Budget.countWords(a.text())).sum();
        out.println(String.format(Locale.ROOT, "%d articles, %d words, pooled from %s", pooled.articles().size(), words,
                data));
        Cluster cluster = newsum.analyze(pooled);
        out.println(String.format(Locale.ROOT, "after cleaning: %d articles, %d sentences; method %s, budget %s",
                cluster.articles().size(), cluster.sentences().size(), method.method.name(), budget));
        cluster = null; // not held during the timed runs

        newsum.summarize(pooled, options); // warm-up
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        double[] seconds = new double[runs];
        long peak = 0;
        Brief brief = null;
        for (int run = 0; run < runs; run++) {
            System.gc(); // start every run from the same heap, so the peak is this run's own
            heap.forEach(MemoryPoolMXBean::resetPeakUsage);
            long start = System.nanoTime();
            brief = newsum.summarize(pooled, options);
            seconds[run] = (System.nanoTime() - start) / 1e9;
            peak = Math.max(peak, heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum());
            out.println(String.format(Locale.ROOT, "run %d: %.3f s", run + 1, seconds[run]));
            out.flush();
        }
        double[] sorted = seconds.clone();
        java.util.Arrays.sort(sorted);
        out.println(String.format(Locale.ROOT, "median %.3f s of %d runs (min %.3f, max %.3f); peak heap used %.0f MiB "
                        + "(max heap %.0f MiB); summary: %d sentences", sorted[runs / 2], runs, sorted[0],
                sorted[runs - 1], peak / MIB, Runtime.getRuntime().maxMemory() / MIB,
                brief.summary().sentences().size()));
        return 0;
    }

    /** One source of {@code count} articles taken from the datasets' clusters in order. */
    static Source pool(List<Path> files, int count) throws NewsumException {
        List<Article> pooled = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Path file : files) {
            try (java.util.stream.Stream<SourceEntry> entries = Datasets.stream(file, 0)) {
                for (SourceEntry entry : (Iterable<SourceEntry>) entries::iterator) {
                    Source s = entry.source();
                    if (s == null || !seen.add(s.id())) {
                        continue;
                    }
                    for (Article a : s.articles()) {
                        if (pooled.size() == count) {
                            break;
                        }
                        // Ids are unique per cluster only, so the pooled one names both.
                        pooled.add(new Article(s.id() + "/" + a.id(), a.source(), a.url(), a.title(), a.authors(),
                                a.date(), a.format(), a.text()));
                    }
                    if (pooled.size() == count) {
                        return new Source("pooled-" + count, pooled, List.of(), List.of());
                    }
                }
            }
        }
        throw new IllegalArgumentException("only " + pooled.size() + " articles in " + files + ", fewer than "
                + count + "; give another --data file to pool from");
    }
}
