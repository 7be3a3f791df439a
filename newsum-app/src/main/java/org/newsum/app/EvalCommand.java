package org.newsum.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import org.newsum.Newsum;
import org.newsum.eval.Evaluation;
import org.newsum.eval.RougeAverage;
import org.newsum.eval.Score;
import org.newsum.eval.SummaryHygiene;
import org.newsum.model.Budget;
import org.newsum.model.NewsumException;
import org.newsum.model.SourceEntry;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code newsum eval}: runs one method over a JSON Lines dataset and prints its macro-averaged ROUGE,
 * how many clusters were scored and failed, and clusters per second.
 */
@Command(name = "eval", mixinStandardHelpOptions = true, subcommands = {EvalStoriesCommand.class, EvalQuotesCommand.class}, defaultValueProvider = MethodConverter.Default.class,
        exitCodeListHeading = ExitCodes.HEADING,
        exitCodeList = {"0:every cluster was scored", "1:bad input, or no cluster could be scored", ExitCodes.HELP_OPTIONS, "3:some clusters failed (each named on stderr and in --out scores.json); the average is over the others"},
        description = "Summarizes every cluster of a dataset ({\"id\", \"documents\", \"summaries\"} per line), cuts "
                + "each summary to the budget, scores it against the cluster's references with ROUGE-1.5.5 and prints "
                + "the macro average (x100). The dataset is read as it is summarized, a few clusters per thread at a "
                + "time; a line that cannot be read or summarized is counted as failed and named on stderr.")
final class EvalCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    Mixins.OptionalDatasetOption dataset;

    @CommandLine.Mixin
    Mixins.EvaluatedMethodOption method;

    @CommandLine.Mixin
    Mixins.BudgetOptions budget;

    @Range(min = 0, max = Integer.MAX_VALUE)
    @Option(names = "--limit", paramLabel = "K", description = "only the first K clusters (0: all)")
    int limit;

    @Option(names = "--out", paramLabel = "DIR", description = "write summaries, references and per-cluster scores")
    Path out;

    @CommandLine.Mixin
    Mixins.RougeFlags rougeFlags;

    @CommandLine.Mixin
    Mixins.ThreadsOption threads;

    @Option(names = "--hygiene", description = "also count the summaries' readability faults that ROUGE cannot see "
            + "(glued sentences, captions, unquoted first person, fused list numbers, references before their "
            + "antecedent, dangling openers), sentences per kind")
    boolean hygiene;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path data = dataset.data();
        String name = method.method.name();
        Evaluation.Options options = new Evaluation.Options(budget.budget(), rougeFlags.rouge(), threads.threads)
                .withHygiene(hygiene);
        if (out != null) {
            // Checked before the run, which may take hours, rather than after it.
            try {
                Files.createDirectories(out.resolve("system"));
                Files.createDirectories(out.resolve("reference"));
            } catch (IOException e) {
                err.println("newsum: " + out + ": cannot write (" + NewsumException.reason(e) + ")");
                return ExitCodes.INPUT;
            }
        }
        Evaluation.Report report;
        // Streamed: one pass, a few clusters per thread in memory at a time.
        try (Stream<SourceEntry> entries = Datasets.stream(data, limit);
             Evaluation evaluation = new Evaluation(new Newsum())) {
            report = evaluation.run(method.method, entries::iterator, options, Datasets.progress(err, limit, name));
        } catch (NewsumException e) {
            err.println("newsum: " + e.getMessage());
            return 1;
        }
        if (System.console() != null) { // the progress line
            err.print("\r" + " ".repeat(name.length() + 20) + "\r");
        }
        for (Evaluation.ClusterResult r : report.results()) {
            if (r.error() != null) {
                err.println("newsum: " + r.id() + ": " + r.error());
            }
        }
        if (report.scored() == 0) {
            // An average of nothing would read as a score of zero.
            err.println("newsum: " + data + ": no cluster could be scored (" + report.failed() + " failed, each named above)");
        } else {
            stdout.print(describe(report, data, options));
            stdout.flush();
        }
        if (out != null) {
            try {
                write(report, out);
            } catch (IOException e) {
                err.println("newsum: " + out + ": cannot write (" + NewsumException.reason(e) + ")");
                return 1;
            }
        }
        return report.scored() == 0 ? ExitCodes.INPUT : report.failed() > 0 ? ExitCodes.SOME_FAILED : ExitCodes.OK;
    }

    static String describe(Evaluation.Report report, Path data, Evaluation.Options options) {
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "%s: method %s, budget %s, %s%n", data, report.method(), options.budget(),
                Datasets.flags(options.rouge())));
        s.append(Datasets.table(report.average()));
        s.append(String.format(Locale.ROOT, "clusters: %d scored, %d failed; %.1f clusters/s summarizing "
                        + "(%d threads, %.2f s), scoring %.2f s%n", report.scored(), report.failed(),
                report.clustersPerSecond(), options.threads(), report.summarizeSeconds(), report.scoreSeconds()));
        if (options.hygiene()) {
            s.append(hygieneTable(report.hygiene()));
        }
        return s.toString();
    }

    /** How many summary sentences show each readability fault, of how many in how many summaries. */
    static String hygieneTable(SummaryHygiene.Counts counts) {
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "hygiene: %d summaries, %d sentences%n",
                counts.summaries(), counts.sentences()));
        for (SummaryHygiene.Fault fault : SummaryHygiene.Fault.values()) {
            s.append(String.format(Locale.ROOT, "  %-30s %6d%n", fault.label(), counts.count(fault)));
        }
        return s.toString();
    }

    /** DIR/system/ID, DIR/reference/ID.A…, DIR/scores.json: what {@code newsum rouge DIR/system DIR/reference} reads. */
    static void write(Evaluation.Report report, Path dir) throws IOException {
        Path system = Files.createDirectories(dir.resolve("system"));
        Path reference = Files.createDirectories(dir.resolve("reference"));
        List<Map<String, Object>> clusters = new java.util.ArrayList<>();
        java.util.Set<String> used = new java.util.HashSet<>();
        for (Evaluation.ClusterResult r : report.results()) {
            String file = fileName(r.id(), used);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", r.id());
            if (r.scores() != null) {
                m.put("file", file);
                Files.write(system.resolve(file), r.summary(), StandardCharsets.UTF_8);
                for (int i = 0; i < r.references().size(); i++) {
                    Files.write(reference.resolve(file + "." + (char) ('A' + i)), r.references().get(i),
                            StandardCharsets.UTF_8);
                }
                Map<String, Object> scores = new LinkedHashMap<>();
                r.scores().scores().forEach((metric, s) -> scores.put(metric, scoreMap(s)));
                m.put("scores", scores);
                m.put("words", Budget.countWords(String.join(" ", r.summary())));
            } else {
                m.put("error", r.error());
            }
            clusters.add(m);
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("method", report.method());
        Map<String, Object> average = new LinkedHashMap<>();
        report.average().scores().forEach((metric, s) -> average.put(metric, scoreMap(s)));
        root.put("average", average);
        root.put("clusters", clusters);
        new ObjectMapper().writer().with(SerializationFeature.INDENT_OUTPUT)
                .writeValue(dir.resolve("scores.json").toFile(), root);
    }

    /**
     * A file name for a cluster id that stays inside its folder and is not taken yet: characters other than letters,
     * digits, '.', '_' and '-' become '_', a name that is empty or starts with a dot ("..") gets a '_' in front, and a
     * name already used (ids "a/b" and "a_b", or an id given twice) gets "~2", "~3"… so no summary overwrites another.
     */
    static String fileName(String id, java.util.Set<String> used) {
        String base = id.replaceAll("[^A-Za-z0-9._-]", "_");
        if (base.isEmpty() || base.startsWith(".")) {
            base = "_" + base;
        }
        String name = base;
        for (int n = 2; !used.add(name); n++) {
            name = base + "~" + n;
        }
        return name;
    }

    private static Map<String, Object> scoreMap(Score s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("r", RougeAverage.round5(s.r()));
        m.put("p", RougeAverage.round5(s.p()));
        m.put("f", RougeAverage.round5(s.f()));
        return m;
    }

}
