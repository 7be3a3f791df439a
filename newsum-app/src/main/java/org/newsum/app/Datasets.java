package org.newsum.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.stream.Stream;

import org.newsum.eval.OracleMethod;
import org.newsum.eval.RougeOptions;
import org.newsum.eval.RougeScores;
import org.newsum.eval.Score;
import org.newsum.model.IngestLimits;
import org.newsum.ingest.JsonLinesReader;
import org.newsum.model.NewsumException;
import org.newsum.model.Source;
import org.newsum.select.Methods;
import org.newsum.select.SelectionMethod;
import org.newsum.model.SourceEntry;

import picocli.CommandLine.Option;

/** What the dataset commands ({@code eval}, {@code bench}) share: reading, method names, progress, tables. */
final class Datasets {

    static final List<String> METRICS = List.of("ROUGE-1", "ROUGE-2", "ROUGE-L", "ROUGE-SU4");

    private Datasets() {
    }

    /** The dataset's entries read lazily, at most {@code limit} of them (0: all); close the stream. */
    static Stream<SourceEntry> stream(Path data, int limit) throws NewsumException {
        Stream<SourceEntry> entries = new JsonLinesReader(IngestLimits.DEFAULT).entries(data);
        return limit > 0 ? entries.limit(limit) : entries;
    }

    /**
     * The dataset's entries held in memory, at most {@code limit} of them (0: all): for commands that pass over
     * the same clusters several times. Memory grows with the dataset; {@code --limit} bounds it.
     */
    static List<SourceEntry> read(Path data, int limit) throws NewsumException {
        try (Stream<SourceEntry> entries = stream(data, limit)) {
            return entries.toList();
        }
    }

    /** The method for a name: a registered one, or {@code oracle}, which is built per cluster from its references. */
    static Function<Source, SelectionMethod> method(String name) {
        if (name.strip().equalsIgnoreCase(OracleMethod.NAME)) {
            return source -> new OracleMethod(source.references());
        }
        SelectionMethod method = Methods.byName(name).orElseThrow(() -> new IllegalArgumentException(
                "unknown method '" + name + "'; choose one of " + String.join(", ", allNames())));
        return source -> method;
    }

    /** Every method name, oracle last, for help. */
    static final class AllMethodNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return allNames().iterator();
        }
    }

    static List<String> allNames() {
        List<String> names = new java.util.ArrayList<>(Methods.names());
        names.add(OracleMethod.NAME);
        return names;
    }

    /** The {@code --average} option of the commands that print a ROUGE average. */
    static final class AverageOption {
        // No defaultValue: the field's value is the default, so no enum conversion happens when the option is absent.
        @Option(names = "--average", paramLabel = "mean|official",
                description = "how the summaries' scores become one average: mean, the exact mean (default); "
                        + "official, the number ROUGE-1.5.5 prints, the mean of its 1,000 bootstrap resamples "
                        + "(Perl's rand after srand(0) ... srand(999), summaries in ID order), to match a "
                        + "published table to 5 decimals")
        RougeOptions.Average average = RougeOptions.Average.MEAN;
    }

    /** The ROUGE settings for {@code -l} / {@code -b} (0: none) and the way of averaging. */
    static RougeOptions rouge(int wordLimit, int byteLimit, RougeOptions.Average average) {
        if (wordLimit > 0 && byteLimit > 0) {
            throw new IllegalArgumentException("give -l or -b, not both");
        }
        RougeOptions options = RougeOptions.STANDARD.withAverage(average);
        if (wordLimit > 0) {
            options = options.withWordLimit(wordLimit);
        } else if (byteLimit > 0) {
            options = options.withByteLimit(byteLimit);
        }
        return options;
    }

    static String flags(RougeOptions options) {
        String flags = "ROUGE-1.5.5 -c 95 -2 4 -U -r 1000 -n 4 -w 1.2 -a -m";
        if (options.wordLimit() > 0) {
            flags += " -l " + options.wordLimit();
        }
        if (options.byteLimit() > 0) {
            flags += " -b " + options.byteLimit();
        }
        return flags + (options.average() == RougeOptions.Average.OFFICIAL
                ? ", official average (bootstrap mean as the script prints it)" : ", exact mean");
    }

    /** A progress bar on stderr when it is a terminal, else nothing; a count alone when the total is unknown (0). */
    static IntConsumer progress(PrintWriter err, int total, String label) {
        if (System.console() == null || total == 1) {
            return done -> { };
        }
        if (total < 1) {
            return done -> {
                if (done % 50 == 0) {
                    synchronized (err) {
                        err.print(String.format(Locale.ROOT, "\r%s: %d clusters", label, done));
                        err.flush();
                    }
                }
            };
        }
        return done -> {
            synchronized (err) {
                int width = 30;
                int filled = (int) ((long) done * width / total);
                err.print(String.format(Locale.ROOT, "\r%s [%s%s] %d/%d", label, "=".repeat(filled),
                        " ".repeat(width - filled), done, total));
                if (done == total) {
                    err.print("\r" + " ".repeat(label.length() + width + 24) + "\r");
                }
                err.flush();
            }
        };
    }

    /** The R / P / F table of a macro average, ×100 as papers report it. */
    static String table(RougeScores scores) {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%-10s %8s %8s %8s%n", "metric", "R", "P", "F"));
        for (String metric : METRICS) {
            Score s = scores.scores().getOrDefault(metric, Score.ZERO);
            out.append(String.format(Locale.ROOT, "%-10s %8.2f %8.2f %8.2f%n", metric, 100 * s.r(), 100 * s.p(),
                    100 * s.f()));
        }
        return out.toString();
    }
}
