package org.newsum.app;

import java.io.InputStream;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import org.newsum.Newsum;
import org.newsum.ingest.IngestLimits;
import org.newsum.ingest.SourceReader;
import org.newsum.model.Brief;
import org.newsum.model.Budget;
import org.newsum.model.Insights;
import org.newsum.model.NewsumException;
import org.newsum.model.Removal;
import org.newsum.model.Source;
import org.newsum.render.Format;
import org.newsum.render.JsonRenderer;
import org.newsum.select.Methods;
import org.newsum.select.SelectionMethod;

import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code newsum summarize}: reads a cluster (or a JSON Lines dataset of clusters) and prints its
 * brief. Input problems print one line on stderr and exit non-zero with nothing on stdout.
 */
@Command(name = "summarize", mixinStandardHelpOptions = true,
        description = "Summarizes the articles in PATH (a folder of .txt/.html files, files, - for standard "
                + "input, or a .jsonl dataset with one cluster per line).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the summary was written", "1:bad input, or a cluster with nothing to summarize",
                "2:bad options"})
final class SummarizeCommand implements Callable<Integer> {

    /** Exactly one budget unit may be given. */
    static final class BudgetOption {
        @Option(names = "--words", paramLabel = "N", description = "at most N words (default 120)")
        Integer words;
        @Option(names = "--sentences", paramLabel = "N", description = "at most N sentences")
        Integer sentences;
        @Option(names = "--chars", paramLabel = "N", description = "at most N characters")
        Integer chars;

        Budget budget() {
            if (words != null) {
                return Budget.words(words);
            }
            if (sentences != null) {
                return Budget.sentences(sentences);
            }
            return chars != null ? Budget.chars(chars) : Budget.DEFAULT;
        }
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "folder, file, - (stdin) or .jsonl dataset")
    List<String> paths;

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    BudgetOption budgetOption;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text, markdown, json or html (default: ${DEFAULT-VALUE})")
    Format format;

    @Option(names = "--method", paramLabel = "NAME", description = "selection method: ${COMPLETION-CANDIDATES}",
            completionCandidates = MethodNames.class)
    String method;

    @Option(names = "--insights", paramLabel = "LEVEL",
            description = "what the sources agree and disagree on (key quotes, figures sources report differently, "
                    + "people and places): none, brief (a few top items per section) or full (everything, and "
                    + "single-source sentences marked). Default: brief for markdown and json, none for text, "
                    + "which stays one summary sentence per line for ROUGE tools")
    String insights;

    @Option(names = "--explain", description = "also show scores, sources and every removed line with its reason")
    boolean explain;

    @Option(names = "--max-file-mb", paramLabel = "MB", defaultValue = "32",
            description = "largest input file accepted (default: ${DEFAULT-VALUE})")
    int maxFileMb;

    @Option(names = "--max-articles", paramLabel = "N", defaultValue = "1000",
            description = "most articles in one cluster (default: ${DEFAULT-VALUE})")
    int maxArticles;

    /** Method names for help and completion. */
    static final class MethodNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return Methods.names().iterator();
        }
    }

    private final InputStream stdin;

    SummarizeCommand() {
        this(System.in);
    }

    SummarizeCommand(InputStream stdin) {
        this.stdin = stdin;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Budget budget;
        SelectionMethod selectionMethod;
        Insights.Level insightLevel;
        try {
            budget = budgetOption == null ? Budget.DEFAULT : budgetOption.budget();
            selectionMethod = method == null ? Methods.defaultMethod() : Methods.byName(method).orElseThrow(
                    () -> new IllegalArgumentException("unknown method '" + method + "'; choose one of "
                            + String.join(", ", Methods.names())));
            insightLevel = insights != null ? insightLevel(insights)
                    : format == Format.TEXT ? Insights.Level.NONE : Insights.Level.BRIEF;
            if (maxFileMb < 1 || maxArticles < 1) {
                throw new IllegalArgumentException("--max-file-mb and --max-articles must be at least 1");
            }
        } catch (IllegalArgumentException e) {
            err.println("newsum: " + e.getMessage());
            return 2;
        }
        List<Source> sources;
        try {
            sources = new SourceReader(new IngestLimits(maxFileMb * 1024L * 1024L, maxArticles)).read(paths, stdin);
        } catch (NewsumException e) {
            err.println("newsum: " + e.getMessage());
            return 1;
        }
        Newsum newsum = new Newsum();
        Newsum.Options options = new Newsum.Options(budget, selectionMethod, insightLevel);
        boolean batch = sources.size() > 1;
        int failed = 0;
        for (Source source : sources) {
            Brief brief = newsum.summarize(source, options);
            if (brief.summary().sentences().isEmpty()) {
                failed++;
                String why = nothingToSummarize(brief);
                err.println("newsum: " + source.id() + ": nothing to summarize (" + why + ")");
                if (batch && format == Format.JSON) {
                    out.print(errorLine(source.id(), "nothing to summarize (" + why + ")"));
                    out.flush();
                }
                continue;
            }
            if (!batch) {
                brief.notices().forEach(n -> err.println("newsum: note: " + n));
            }
            if (batch && format == Format.JSON) {
                out.print(new JsonRenderer(false).render(brief, explain));
            } else {
                if (batch) {
                    out.println(switch (format) {
                        case MARKDOWN -> "# " + source.id() + "\n";
                        case HTML -> "<!-- " + source.id() + " -->"; // one page per cluster
                        default -> "== " + source.id();
                    });
                }
                out.print(format.renderer().render(brief, explain));
                if (batch) {
                    out.println();
                }
            }
            out.flush();
        }
        out.flush();
        if (batch && failed > 0) {
            err.println("newsum: " + failed + " of " + sources.size() + " clusters had nothing to summarize");
        }
        return failed > 0 ? 1 : 0;
    }

    /** The insight level named by {@code --insights}, in any case. */
    static Insights.Level insightLevel(String name) {
        for (Insights.Level level : Insights.Level.values()) {
            if (level.name().equalsIgnoreCase(name.strip())) {
                return level;
            }
        }
        throw new IllegalArgumentException("unknown insight level '" + name + "'; choose none, brief or full");
    }

    private static String nothingToSummarize(Brief brief) {
        if (brief.articles().isEmpty()) {
            long dropped = brief.removals().stream().filter(r -> r.scope() == Removal.Scope.ARTICLE).count();
            return dropped + " article(s) removed: " + String.join("; ", brief.removals().stream()
                    .filter(r -> r.scope() == Removal.Scope.ARTICLE).map(r -> r.articleId() + " " + r.reason())
                    .distinct().limit(3).toList());
        }
        return brief.notices().isEmpty() ? "no sentence passed the sentence checks"
                : brief.notices().get(brief.notices().size() - 1);
    }

    private static String errorLine(String id, String error) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(
                    java.util.Map.of("id", id, "error", error)) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
