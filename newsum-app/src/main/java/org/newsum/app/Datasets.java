package org.newsum.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.IntConsumer;
import java.util.stream.Stream;

import org.newsum.Newsum;
import org.newsum.eval.RougeOptions;
import org.newsum.eval.RougeScores;
import org.newsum.eval.Score;
import org.newsum.model.IngestLimits;
import org.newsum.model.NewsumException;
import org.newsum.model.SourceEntry;

/** What the dataset commands ({@code eval}, {@code bench}, {@code train}) share: reading, progress, tables. */
public final class Datasets {

    public static final List<String> METRICS = List.of("ROUGE-1", "ROUGE-2", "ROUGE-L", "ROUGE-SU4");

    private Datasets() {
    }

    /** The dataset's entries read lazily, at most {@code limit} of them (0: all); close the stream. */
    public static Stream<SourceEntry> stream(Path data, int limit) throws NewsumException {
        Stream<SourceEntry> entries = Newsum.readDataset(data, IngestLimits.DEFAULT);
        return limit > 0 ? entries.limit(limit) : entries;
    }

    /**
     * The dataset's entries held in memory, at most {@code limit} of them (0: all): for commands that pass over
     * the same clusters several times. Memory grows with the dataset; {@code --limit} bounds it.
     */
    public static List<SourceEntry> read(Path data, int limit) throws NewsumException {
        try (Stream<SourceEntry> entries = stream(data, limit)) {
            return entries.toList();
        }
    }

    /** The ROUGE-1.5.5 command line the settings stand for, and the way of averaging, for a table's heading. */
    public static String flags(RougeOptions options) {
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
    public static IntConsumer progress(PrintWriter err, int total, String label) {
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
    public static String table(RougeScores scores) {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%-10s %8s %8s %8s%n", "metric", "R", "P", "F"));
        for (String metric : METRICS) {
            Score s = scores.scores().getOrDefault(metric, Score.ZERO);
            out.append(String.format(Locale.ROOT, "%-10s %8.2f %8.2f %8.2f%n", metric, 100 * s.r(), 100 * s.p(),
                    100 * s.f()));
        }
        return out.toString();
    }
}
