package org.newsum.app;

import java.io.InputStream;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.newsum.Newsum;
import org.newsum.StoryRun;
import org.newsum.model.Article;
import org.newsum.model.Brief;
import org.newsum.model.ClusterFailure;
import org.newsum.model.IngestLimits;
import org.newsum.model.NewsumException;
import org.newsum.model.Source;
import org.newsum.model.SourceEntry;
import org.newsum.model.Story;
import org.newsum.model.StoryArticle;
import org.newsum.model.StoryState;
import org.newsum.model.StoryVerdict;
import org.newsum.render.StoryRenderer;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code newsum stories}: groups a stream of articles into stories, online and in stream order, and writes the
 * stories with enough articles and sources, each optionally with its brief.
 */
@Command(name = "stories", mixinStandardHelpOptions = true, defaultValueProvider = MethodConverter.Default.class,
        description = {"Groups a news stream into stories: JSON Lines with one article a line ({\"id\", \"text\"|"
                + "\"html\", \"title\"?, \"source\"?, \"date\"?}) or one cluster a line (flattened), folders of "
                + ".txt/.html files (in name order), or files; inputs are read in the order given. Each article joins "
                + "the most similar open story or starts one; a story closes when no article has joined it for the "
                + "window. Articles that are not news (error pages, archive notices) are reported and not "
                + "clustered; near-duplicates are reported and attached to the story of the article they repeat.",
                "jsonl: one line per story, {\"story\", \"articles\", \"sources\", \"first\", \"last\", \"title\", "
                + "\"duplicates\"?, \"brief\"?} (brief: the JSON of 'summarize --format json'); markdown and html: a "
                + "front page, biggest story first."},
        exitCodeListHeading = ExitCodes.HEADING,
        exitCodeList = {"0:every article was read", "1:bad input (nothing could be read) or a state that cannot be "
                + "read or saved", ExitCodes.HELP_OPTIONS, "3:some lines or articles failed (each named on stderr); "
                + "the stories are of the others"})
final class StoriesCommand implements Callable<Integer> {

    /** Output formats of the stories. */
    enum StoryFormat { JSONL, MARKDOWN, HTML }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "STREAM",
            description = "stream files (.jsonl, .jsonl.gz), folders, files, or - (standard input, one cluster)")
    List<String> paths;

    @CommandLine.Mixin
    Mixins.StoryWindowOptions window;

    @Range(min = 1, max = 1_000_000)
    @Option(names = "--min-articles", paramLabel = "N", defaultValue = "2",
            description = "write only stories with at least N articles (default: ${DEFAULT-VALUE})")
    int minArticles;

    @Range(min = 1, max = 1_000_000)
    @Option(names = "--min-sources", paramLabel = "N", defaultValue = "2",
            description = "write only stories from at least N sources (an article without a source counts as one "
                    + "of its own) (default: ${DEFAULT-VALUE})")
    int minSources;

    @Option(names = "--brief", description = "summarize each story written (slower)")
    boolean brief;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "jsonl",
            description = "jsonl, markdown or html (default: ${DEFAULT-VALUE})")
    StoryFormat format;

    @Option(names = "--state", paramLabel = "DIR|JDBC-URL",
            description = "keep the open stories in this H2 database folder (or the database of a jdbc: URL), so "
                    + "the next run continues them")
    String state;

    @Option(names = "--verdicts", paramLabel = "FILE",
            description = "write what became of each article, one JSON line each")
    java.nio.file.Path verdicts;

    @CommandLine.Mixin
    Mixins.BudgetOptions budget;

    @CommandLine.Mixin
    Mixins.MethodOption method;

    @CommandLine.Mixin
    Mixins.ThreadsOption threads;

    @CommandLine.Mixin
    Mixins.FileLimitOption fileLimit;

    private final InputStream stdin;

    StoriesCommand() {
        this(System.in);
    }

    StoriesCommand(InputStream stdin) {
        this.stdin = stdin;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        IngestLimits limits = fileLimit.limits(IngestLimits.DEFAULT.maxArticles());
        Newsum newsum = new Newsum();
        Newsum.Options options = new Newsum.Options(budget.budget(), method.method,
                org.newsum.model.Insights.Level.BRIEF);
        StoryStore store = null;
        try {
            StoryState start = StoryState.EMPTY;
            Map<String, Article> kept = new HashMap<>();
            if (state != null) {
                store = StoryStore.open(state);
                StoryStore.Loaded loaded = store.load();
                start = loaded.state();
                kept.putAll(loaded.articles());
            }
            Run run = new Run(newsum, options, Newsum.stories(window.options(), start), kept, out, err);
            List<Stream<SourceEntry>> inputs = new ArrayList<>();
            try {
                for (String path : paths) {
                    // Every input is opened (and checked) before the first article, so a bad one fails first.
                    inputs.add(Newsum.isDataset(path) ? Newsum.readStream(java.nio.file.Path.of(path), limits)
                            : Newsum.read(List.of(path), stdin, limits));
                }
                Iterator<SourceEntry> entries = inputs.stream().flatMap(s -> s).iterator();
                try (Newsum.Prepared prepared = newsum.prepare(run.articles(entries), threads.threads);
                     java.io.BufferedWriter verdictFile = verdicts == null ? null
                             : java.nio.file.Files.newBufferedWriter(verdicts)) {
                    while (prepared.hasNext()) {
                        StoryVerdict v = run.add(prepared.next());
                        if (verdictFile != null) {
                            verdictFile.write(StoryRenderer.verdictLine(v));
                            verdictFile.newLine();
                        }
                    }
                }
            } finally {
                inputs.forEach(Stream::close);
            }
            run.end(store != null);
            if (store != null) {
                store.save(run.run.stream().state(), run.run.openArticles());
            }
            err.printf(java.util.Locale.ROOT, "newsum: %d articles: %d stories (%d written), %d duplicates, %d not "
                    + "news, %d failed%n", run.run.articles(), run.run.stories(), run.written, run.run.duplicates(),
                    run.run.notNews(), run.run.failed());
            if (run.run.articles() == 0 && run.run.failed() > 0) {
                return ExitCodes.INPUT;
            }
            return run.run.failed() > 0 ? ExitCodes.SOME_FAILED : ExitCodes.OK;
        } catch (NewsumException e) {
            err.println("newsum: " + SummarizeCommand.oneLine(e.getMessage()));
            return ExitCodes.INPUT;
        } catch (java.io.IOException e) {
            err.println("newsum: " + verdicts + ": cannot write (" + NewsumException.reason(e) + ")");
            return ExitCodes.INPUT;
        } finally {
            if (store != null) {
                store.close();
            }
        }
    }

    /** One run over the stream: the façade's {@link StoryRun}, and the stories it writes. */
    private final class Run {
        final Newsum newsum;
        final Newsum.Options options;
        final StoryRun run;
        final PrintWriter out;
        final List<StoryRenderer.Entry> page = new ArrayList<>();
        final PrintWriter err;
        int written;

        Run(Newsum newsum, Newsum.Options options, Newsum.StoryStream stream, Map<String, Article> kept,
            PrintWriter out, PrintWriter err) {
            this.newsum = newsum;
            this.options = options;
            this.out = out;
            this.err = err;
            this.run = new StoryRun(stream, kept, brief || state != null,
                    error -> err.println("newsum: " + SummarizeCommand.oneLine(error)));
        }

        /** The stream's articles; a line that cannot be read is named on stderr and counted. */
        Iterator<Article> articles(Iterator<SourceEntry> entries) {
            return run.articles(entries);
        }

        StoryVerdict add(StoryArticle a) {
            StoryVerdict v = run.add(a);
            for (Story closed : run.stream().takeClosed()) {
                emit(closed);
            }
            return v;
        }

        /** Writes what is left: with a state, the open stories as they stand (the next run continues them). */
        void end(boolean keepOpen) {
            List<Story> rest = keepOpen ? run.stream().open() : run.stream().finish();
            for (Story s : rest) {
                emit(s);
            }
            if (format != StoryFormat.JSONL) {
                String title = "Stories";
                out.print(format == StoryFormat.MARKDOWN ? StoryRenderer.markdown(title, StoryRenderer.frontPage(page))
                        : StoryRenderer.html(title, StoryRenderer.frontPage(page)));
            }
            out.flush();
        }

        private void emit(Story story) {
            if (story.qualifies(minArticles, minSources)) {
                written++;
                Brief b = brief ? summarize(story) : null;
                if (format == StoryFormat.JSONL) {
                    out.println(StoryRenderer.jsonLine(story, b));
                    out.flush();
                } else {
                    page.add(new StoryRenderer.Entry(story, b));
                }
            }
            run.release(story);
        }

        private Brief summarize(Story story) {
            try {
                return newsum.summarize(new Source(story.id(), run.articlesOf(story), List.of(), List.of()), options);
            } catch (RuntimeException e) {
                if (!ClusterFailure.isClusterFailure(e)) {
                    throw e;
                }
                err.println("newsum: " + story.id() + ": no brief (" + ClusterFailure.message(e) + ")");
                return null;
            }
        }
    }
}
