package org.newsum.app;

import java.io.InputStream;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.BiFunction;
import java.util.stream.Stream;

import org.newsum.Newsum;
import org.newsum.model.Brief;
import org.newsum.model.ClusterFailure;
import org.newsum.model.IngestLimits;
import org.newsum.model.Insights;
import org.newsum.model.NewsumException;
import org.newsum.model.Source;
import org.newsum.model.SourceEntry;
import org.newsum.render.Format;
import org.newsum.render.JsonRenderer;
import org.newsum.render.MarkdownRenderer;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code newsum summarize}: reads a cluster (or JSON Lines datasets of clusters, one at a time) and prints its
 * brief. Input problems print one line on stderr and exit non-zero with nothing on stdout; in a dataset, a line
 * that fails gets its error in place of its brief and the others go on.
 */
@Command(name = "summarize", mixinStandardHelpOptions = true, defaultValueProvider = MethodConverter.Default.class,
        description = {"Summarizes the articles in PATH: a folder of .txt/.html files, files, web pages by their "
                + "URLs (http:// or https://), or - for standard input, all forming one cluster; or JSON Lines "
                + "datasets (.jsonl, or gzipped .jsonl.gz), one cluster per line, read and summarized one cluster at a "
                + "time.",
                "A dataset gives one output per non-blank line, in order: its brief, or, for a line that cannot be "
                + "read or summarized, its error (in JSON {\"id\", \"line\", \"error\"}; in other formats an empty "
                + "section), with one line on stderr naming the line."},
        exitCodeListHeading = ExitCodes.HEADING,
        exitCodeList = {"0:the brief (every brief of a dataset) was written",
                "1:bad input, a cluster with nothing to summarize, or a dataset none of whose clusters was summarized",
                ExitCodes.HELP_OPTIONS, ExitCodes.HELP_SOME_FAILED})
final class SummarizeCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH",
            description = "a folder, files, http(s) URLs, - (standard input), or .jsonl / .jsonl.gz datasets")
    List<String> paths;

    @CommandLine.Mixin
    Mixins.BudgetOptions budget;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text, markdown, json or html (default: ${DEFAULT-VALUE})")
    Format format;

    @CommandLine.Mixin
    Mixins.MethodOption method;

    @Option(names = "--insights", paramLabel = "LEVEL",
            description = "what the sources agree and disagree on (key quotes, figures sources report differently, "
                    + "people and places): none, brief (a few top items per section) or full (everything, and "
                    + "single-source sentences marked). Default: brief for markdown and json, none for text, "
                    + "which stays one summary sentence per line for ROUGE tools")
    Insights.Level insights;

    @Option(names = "--explain", description = "also show scores, sources and every removed line with its reason")
    boolean explain;

    @CommandLine.Mixin
    Mixins.FileLimitOption fileLimit;

    @Range(min = 1, max = 100_000)
    @Option(names = "--max-articles", paramLabel = "N", defaultValue = "1000",
            description = "most articles in one cluster (default: ${DEFAULT-VALUE})")
    int maxArticles;

    private final InputStream stdin;
    private BiFunction<Source, Newsum.Options, Brief> summarizer;

    SummarizeCommand() {
        this(System.in);
    }

    SummarizeCommand(InputStream stdin) {
        this(stdin, null);
    }

    /** A command that summarizes with {@code summarizer} ({@code null}: newsum's own): tests give one that fails. */
    SummarizeCommand(InputStream stdin, BiFunction<Source, Newsum.Options, Brief> summarizer) {
        this.stdin = stdin;
        this.summarizer = summarizer;
    }

    @Override
    public Integer call() {
        return run(spec.commandLine().getOut(), spec.commandLine().getErr());
    }

    /** Runs the command as configured, by picocli or by {@link QuickSummarize}, writing to these: the exit code. */
    int run(PrintWriter out, PrintWriter err) {
        IngestLimits limits = fileLimit.limits(maxArticles);
        boolean batch = paths.stream().anyMatch(Newsum::isDataset);
        if (summarizer == null) {
            // One brief at a terminal: its insights are read on a second core while the summary is chosen (about a
            // tenth of the seeds' Markdown brief, README "Start-up"). A batch keeps one thread, as before.
            summarizer = (batch || Runtime.getRuntime().availableProcessors() < 2 ? new Newsum()
                    : new Newsum(SummarizeCommand::besideSummary))::summarize;
        }
        Insights.Level level = insights != null ? insights
                : format == Format.TEXT ? Insights.Level.NONE : Insights.Level.BRIEF;
        Newsum.Options options = new Newsum.Options(budget.budget(), method.method, level);
        int clusters = 0;
        int failed = 0;
        // One cluster at a time: read, summarize, write, so memory holds one cluster whatever the dataset's size.
        try (Stream<SourceEntry> entries = Newsum.read(paths, stdin, limits)) {
            for (SourceEntry entry : (Iterable<SourceEntry>) entries::iterator) {
                clusters++;
                if (!write(entry, options, batch, out, err)) {
                    failed++;
                }
                out.flush();
            }
        } catch (NewsumException e) {
            err.println("newsum: " + oneLine(e.getMessage()));
            return ExitCodes.INPUT;
        }
        out.flush();
        if (!batch) {
            return failed > 0 ? ExitCodes.INPUT : ExitCodes.OK;
        }
        if (failed > 0) {
            err.println("newsum: " + failed + " of " + clusters + " clusters failed (each named above)");
        }
        return failed == 0 ? ExitCodes.OK : failed == clusters ? ExitCodes.INPUT : ExitCodes.SOME_FAILED;
    }

    /**
     * Summarizes one entry and writes its brief, or its error: on stderr always, and in a batch also in the output,
     * in the output's format, so that every input line has its output. Whether it gave a summary.
     */
    private boolean write(SourceEntry entry, Newsum.Options options, boolean batch, PrintWriter out,
                          PrintWriter err) {
        String id = entry.name();
        String error = entry.error(); // a line's error already names its file and line
        String where = "";
        Brief brief = null;
        if (entry.source() != null) {
            where = id + ": ";
            try {
                brief = summarizer.apply(entry.source(), options);
                error = brief.emptyReason().map(why -> "nothing to summarize (" + why.message() + ")").orElse(null);
            } catch (Throwable t) {
                if (!ClusterFailure.isClusterFailure(t)) {
                    throw t;
                }
                error = ClusterFailure.message(t);
            }
        }
        if (error != null) {
            err.println("newsum: " + oneLine(where + error));
            if (batch) {
                out.print(failure(id, entry, error));
            }
            return false;
        }
        if (!batch) {
            brief.notices().forEach(n -> err.println("newsum: note: " + oneLine(n.message())));
            out.print(format.renderer().render(brief, explain));
            return true;
        }
        switch (format) {
            case JSON -> out.print(new JsonRenderer(false).render(brief, explain));
            case MARKDOWN -> out.print("# " + MarkdownRenderer.escape(id) + "\n\n" + format.renderer().render(brief, explain)
                    + "\n");
            case HTML -> out.print("<!-- " + comment(id) + " -->\n" + format.renderer().render(brief, explain) + "\n");
            default -> out.print("== " + oneLine(id) + "\n" + format.renderer().render(brief, explain) + "\n");
        }
        return true;
    }

    /** Runs a brief's side work on a thread of its own that never keeps the process alive. */
    private static void besideSummary(Runnable work) {
        Thread thread = new Thread(work, "newsum-insights");
        thread.setDaemon(true);
        thread.start();
    }

    /** A batch's output for a cluster without a summary: where the brief would be, what went wrong. */
    private String failure(String id, SourceEntry entry, String error) {
        return switch (format) {
            case JSON -> errorLine(entry, error);
            case MARKDOWN -> "# " + MarkdownRenderer.escape(id) + "\n\n_No summary: " + MarkdownRenderer.escape(error) + "_\n\n";
            case HTML -> "<!-- " + comment(id) + ": no summary: " + comment(error) + " -->\n";
            default -> "== " + oneLine(id) + "\n\n"; // no sentences: the reason is on stderr, not among them
        };
    }

    /**
     * A text on one line: an id, or a message naming a file, may hold a line break, which must not start a section
     * of the output or a second line on stderr of its own.
     */
    static String oneLine(String id) {
        return id.replaceAll("[\\r\\n\\f\\u000B\\u0085\\u2028\\u2029]", " ");
    }

    /** Text that cannot end an HTML comment. */
    private static String comment(String text) {
        return text.replace("--", "- -").replace(">", "&gt;");
    }

    /** {"id", "line", "error"} on one line: the id when the line had one, the line number always. */
    private static String errorLine(SourceEntry entry, String error) {
        java.util.Map<String, Object> line = new java.util.LinkedHashMap<>();
        if (entry.id() != null) {
            line.put("id", entry.id());
        }
        line.put("line", entry.line());
        line.put("error", error);
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(line) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
