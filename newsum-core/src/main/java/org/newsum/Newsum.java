package org.newsum;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.stream.Stream;

import org.newsum.clean.ClusterCleaner;
import org.newsum.clean.LanguageIdentifier;
import org.newsum.eval.Pipeline;
import org.newsum.ingest.InMemoryReader;
import org.newsum.ingest.JsonLinesReader;
import org.newsum.ingest.SourceReader;
import org.newsum.ingest.UrlFetcher;
import org.newsum.model.Article;
import org.newsum.model.ArticleInput;
import org.newsum.model.Cancellation;
import org.newsum.model.Brief;
import org.newsum.model.Budget;
import org.newsum.model.CleanCluster;
import org.newsum.model.ClusterFailure;
import org.newsum.model.Cluster;
import org.newsum.model.Extract;
import org.newsum.model.FetchOptions;
import org.newsum.model.IngestLimits;
import org.newsum.model.Insights;
import org.newsum.model.Method;
import org.newsum.model.NewsumException;
import org.newsum.model.Notice;
import org.newsum.model.Selection;
import org.newsum.model.Source;
import org.newsum.model.SourceEntry;
import org.newsum.model.Reason;
import org.newsum.model.Removal;
import org.newsum.model.Story;
import org.newsum.model.StoryArticle;
import org.newsum.model.StoryOptions;
import org.newsum.model.StoryState;
import org.newsum.model.StoryVerdict;
import org.newsum.model.Summary;
import org.newsum.model.SummarySentence;
import org.newsum.model.UnreadArticles;
import org.newsum.insight.InsightAnalyzer;
import org.newsum.order.CitationFinder;
import org.newsum.order.ReadingOrder;
import org.newsum.select.Methods;
import org.newsum.select.SelectionMethod;
import org.newsum.story.Preparation;
import org.newsum.story.StoryClusterer;
import org.newsum.story.StreamArticles;
import org.newsum.text.ClusterAnalyzer;
import org.newsum.text.SentenceChecker;
import org.newsum.text.SentenceSplitter;
import org.newsum.text.TermIndex;

/**
 * The one façade, which the command line, the service and later callers use and nothing else of the pipeline:
 * reads inputs into {@link Source}s ({@link #read}, {@link #readDataset}, {@link #articleReader} for articles given in
 * memory), turns a cluster into a {@link Brief} by running clean, text, select, order and insight
 * ({@link #summarize}), and one page into its {@link Extract} ({@link #extract}); methods are named by
 * {@link Method}s ({@link #methods}). Thread-safe; one instance can serve many threads.
 */
public final class Newsum implements Pipeline {

    /** The registered methods as callers name them, the default first. */
    private static final List<Method> METHODS = Methods.all().stream()
            .map(m -> new Method(m.name(), m.description())).toList();

    /**
     * How to summarize.
     *
     * @param budget   the length of the summary
     * @param method   the selection method, one of {@link #methods()}
     * @param insights how much of what the sources agree and disagree on to compute and show
     */
    public record Options(Budget budget, Method method, Insights.Level insights) {

        /**
         * The default budget and method, with brief insights: a reader of a brief wants the few quotes,
         * disagreements and names that matter, and they cost less than the summary itself.
         */
        public static final Options DEFAULT = new Options(Budget.DEFAULT, defaultMethod(), Insights.Level.BRIEF);

        public Options {
            java.util.Objects.requireNonNull(budget, "budget");
            java.util.Objects.requireNonNull(method, "method");
            java.util.Objects.requireNonNull(insights, "insights");
        }

        public Options withBudget(Budget b) {
            return new Options(b, method, insights);
        }

        public Options withMethod(Method m) {
            return new Options(budget, m, insights);
        }

        public Options withInsights(Insights.Level level) {
            return new Options(budget, method, level);
        }
    }

    private final ClusterCleaner cleaner = new ClusterCleaner();
    private final LanguageIdentifier languages = new LanguageIdentifier();
    private final ThreadLocal<ClusterAnalyzer> analyzers = ThreadLocal.withInitial(ClusterAnalyzer::new);
    private final CitationFinder citations = new CitationFinder();
    private final ReadingOrder order = new ReadingOrder();
    private final InsightAnalyzer insight = new InsightAnalyzer();
    private final Executor besideSummary; // null: everything on the calling thread

    /** A façade that runs every step of a brief on the calling thread (batches, the service, the jobs). */
    public Newsum() {
        this.besideSummary = null;
    }

    /**
     * A façade that reads each cluster's insights (quotes, speakers, figures, entities) on {@code besideSummary} while
     * the calling thread chooses the summary: for one brief at a terminal, where a second core is otherwise idle. The
     * briefs are the same as {@link #Newsum()}'s. A cancelled summary does not wait for the insights it started.
     */
    public Newsum(Executor besideSummary) {
        this.besideSummary = java.util.Objects.requireNonNull(besideSummary, "besideSummary");
        // The models load there too, while this thread reads and cleans the input, which needs none of them. A model
        // that fails to load still fails the first summary that asks for it.
        besideSummary.execute(() -> {
            SentenceSplitter.loadSharedModel();
            Methods.loadModels();
        });
    }

    /** The version of this build, e.g. {@code 0.1.0}. */
    public static String version() {
        return Build.version();
    }

    /**
     * The build's version without the façade's class initialization (its method list and models), which was most of
     * a {@code newsum --version} run.
     */
    public static final class Build {

        private Build() {
        }

        /** As {@link Newsum#version()}. */
        public static String version() {
            try (java.io.InputStream in = Newsum.class.getResourceAsStream("version.properties")) {
                java.util.Properties p = new java.util.Properties();
                if (in != null) {
                    p.load(in);
                }
                return p.getProperty("version", "unknown");
            } catch (java.io.IOException e) {
                return "unknown";
            }
        }
    }

    /** The methods to choose from, the default first. */
    public static List<Method> methods() {
        return METHODS;
    }

    /** The method used when none is named. */
    public static Method defaultMethod() {
        return METHODS.get(0);
    }

    /**
     * The method with this name, in any case and without surrounding space; else an {@link IllegalArgumentException}
     * that names the methods there are ({@link Method#byName}).
     */
    public static Method method(String name) {
        return Method.byName(name, METHODS);
    }

    /**
     * The clusters of the inputs (folders, files, http(s) URLs, {@code -} for {@code stdin}, or JSON Lines datasets),
     * one entry each, read lazily as the stream is consumed so that memory holds one cluster at a time whatever the
     * dataset's size; close the stream. A problem with an input as a whole fails here, naming it; a bad line of a
     * dataset is its entry's error.
     */
    public static Stream<SourceEntry> read(List<String> inputs, InputStream stdin, IngestLimits limits)
            throws NewsumException {
        return new SourceReader(limits).entries(inputs, stdin);
    }

    /** The entries of one JSON Lines dataset (gzipped or not, whatever its name), read lazily; close the stream. */
    public static Stream<SourceEntry> readDataset(Path file, IngestLimits limits) throws NewsumException {
        return new JsonLinesReader(limits).entries(file);
    }

    /**
     * One line of a JSON Lines dataset as {@link #readDataset} reads it (a cluster {@code {"id", "documents"}}), for
     * callers that hold the lines themselves (the Spark jobs): its source, or a {@link NewsumException} naming
     * {@code where} and the problem. {@code fallbackId} names a cluster without an id.
     */
    public static Source parseCluster(String line, String where, String fallbackId, IngestLimits limits)
            throws NewsumException {
        return new JsonLinesReader(limits).parseLine(line, where, fallbackId);
    }

    /**
     * One line of a news stream as {@link #readStream} reads it (an article, or a cluster to flatten with
     * {@link #streamArticles(Source)}): its source, or a {@link NewsumException} naming {@code where} and the problem.
     */
    public static Source parseStreamLine(String line, String where, String fallbackId, IngestLimits limits)
            throws NewsumException {
        return new JsonLinesReader(limits, true).parseLine(line, where, fallbackId);
    }

    /**
     * The entries of a news stream in JSON Lines (gzipped or not), read lazily; close the stream. A line is one
     * article ({@code {"id", "text"|"html", "title"?, "source"?, "date"?}}: a source of that article, id and source
     * its line's id unless given) or one cluster ({@code {"id", "documents"}}: the caller flattens it); a bad line
     * is its entry's error.
     */
    public static Stream<SourceEntry> readStream(Path file, IngestLimits limits) throws NewsumException {
        return new JsonLinesReader(limits, true).entries(file);
    }

    /**
     * The clean stage and the text stage's light path for one article of a stream ({@link ClusterAnalyzer#terms}):
     * its clean body and terms, or, when the clean stage finds no news article in it (an error page, an archive
     * notice, too little text), the removal that says why. Thread-safe; articles may be prepared in parallel and
     * then given to a {@link StoryStream} in stream order.
     */
    @Override
    public StoryArticle storyArticle(Article article, long position) {
        try {
            return prepare(article, position);
        } catch (RuntimeException | StackOverflowError e) {
            // One article's failure is its own, and must not end the stream.
            return new StoryArticle(position, article, null, null, ClusterFailure.message(e));
        }
    }

    private StoryArticle prepare(Article article, long position) {
        ClusterCleaner.CleanArticle clean = cleaner.cleanOne(article);
        if (clean.article().isEmpty()) {
            List<Removal> removals = clean.removals();
            Removal why = removals.isEmpty() ? Removal.article(article.id(), "", Reason.NO_TEXT_LEFT)
                    : removals.get(removals.size() - 1);
            return new StoryArticle(position, article, null, why, null);
        }
        Article body = clean.article().get();
        return new StoryArticle(position, body, analyzers.get().terms(body), null, null);
    }

    /**
     * The articles a stream's entry contributes, with ids unique in the stream: an article line keeps its id, the
     * articles of a cluster line or of the files read together are named {@code <cluster id>/<n>}.
     */
    public static List<Article> streamArticles(Source source) {
        return StreamArticles.of(source);
    }

    /**
     * The articles of a stream's entries ({@link #readStream}, {@link #read}) in order, named as
     * {@link #streamArticles(Source)} names them, read lazily; an entry that could not be read goes to
     * {@code onError} as its error message.
     */
    public static Iterator<Article> streamArticles(Iterator<SourceEntry> entries, java.util.function.Consumer<String> onError) {
        return StreamArticles.of(entries, onError);
    }

    /**
     * {@link #storyArticle} over a stream of articles on {@code threads} threads, handed back in stream order with
     * a bounded number in flight; close it to stop its threads.
     */
    public Prepared prepare(Iterator<Article> articles, int threads) {
        return new Prepared(new Preparation<>(articles, a -> storyArticle(a, 0), threads));
    }

    /** Articles of a stream prepared for the story stage, in stream order ({@link #prepare}). */
    public static final class Prepared implements Iterator<StoryArticle>, AutoCloseable {

        private final Preparation<Article, StoryArticle> preparation;

        private Prepared(Preparation<Article, StoryArticle> preparation) {
            this.preparation = preparation;
        }

        @Override
        public boolean hasNext() {
            return preparation.hasNext();
        }

        @Override
        public StoryArticle next() {
            return preparation.next();
        }

        @Override
        public void close() {
            preparation.close();
        }
    }

    /** A story stage for one stream, new ({@link StoryState#EMPTY}) or continuing a saved one. */
    public static StoryStream stories(StoryOptions options, StoryState state) {
        return new StoryStream(new StoryClusterer(options, state));
    }

    /**
     * The story stage over one stream ({@link StoryClusterer}): give it the stream's articles in order, take the
     * stories it closes, and at the end the rest. Not thread-safe.
     */
    public static final class StoryStream {

        private final StoryClusterer clusterer;

        private StoryStream(StoryClusterer clusterer) {
            this.clusterer = clusterer;
        }

        /** Takes the next article of the stream and says what became of it. */
        public StoryVerdict add(StoryArticle article) {
            return clusterer.add(article);
        }

        /** The stories closed since the last call, in the order they closed. */
        public List<Story> takeClosed() {
            return clusterer.takeClosed();
        }

        /** The stories still open, least recently grown first. */
        public List<Story> open() {
            return clusterer.open();
        }

        /** Closes the open stories; the stories closed since the last take, these last. */
        public List<Story> finish() {
            return clusterer.finish();
        }

        /** How many articles the stream has read, over all runs. */
        public long seen() {
            return clusterer.seen();
        }

        /** What a later run needs to continue the stream. */
        public StoryState state() {
            return clusterer.state();
        }
    }

    /** Whether an input is read as a JSON Lines dataset: a path (not a URL) ending in .jsonl or .jsonl.gz. */
    public static boolean isDataset(String input) {
        return SourceReader.isDataset(input);
    }

    /**
     * A reader of articles given in memory, fetching pages by {@code fetch} at most {@code maxFetches} at a time
     * across all its reads; close it to stop its threads.
     */
    public static ArticleReader articleReader(FetchOptions fetch, int maxFetches) {
        return new ArticleReader(new InMemoryReader(new UrlFetcher(fetch), maxFetches));
    }

    /**
     * Reads articles given in memory (texts, HTML, pages by URL) into sources: texts are checked as files are, and
     * the pages of a read are fetched at the same time, within its deadline. Thread-safe.
     */
    public static final class ArticleReader implements AutoCloseable {

        private final InMemoryReader reader;

        private ArticleReader(InMemoryReader reader) {
            this.reader = reader;
        }

        /**
         * The source of {@code articles}, later (ids 1, 2, … in order); it fails with {@link UnreadArticles} naming
         * each article that could not be read: a refused text at once, pages once all are fetched or given up at
         * {@code deadlineNanos} (a {@link System#nanoTime()} value).
         */
        public CompletableFuture<Source> read(String id, List<ArticleInput> articles, long deadlineNanos) {
            return reader.read(id, articles, deadlineNanos);
        }

        @Override
        public void close() {
            reader.close();
        }
    }

    /**
     * Summarizes one cluster. When the method chooses nothing because no sentence passes the sentence
     * checks and fits the budget, the lead of the sentences that pass the relaxed checks stands in,
     * with a notice ({@link Methods#relaxedFallback}); an input with no such prose gives a brief with an
     * empty summary and a notice saying why.
     * When the thread is interrupted the summary stops at the next check between units of work and throws
     * {@link java.util.concurrent.CancellationException}.
     */
    public Brief summarize(Source source, Options options) {
        SelectionMethod method = Methods.byName(options.method().name()).orElseThrow(() ->
                new IllegalArgumentException("no method '" + options.method().name() + "'"));
        return summarize(source, method, options.budget(), options.insights());
    }

    /**
     * Summarizes one cluster with a selection method of the caller's own (evaluation's oracle), as
     * {@link #summarize(Source, Options)} does with a registered one.
     */
    @Override
    public Brief summarize(Source source, SelectionMethod method, Budget budget, Insights.Level level) {
        Cluster cluster = analyze(source);
        TermIndex terms = TermIndex.of(cluster);
        Cancellation.check();
        CompletableFuture<InsightAnalyzer.Reading> reading = level == Insights.Level.NONE || besideSummary == null
                ? null : CompletableFuture.supplyAsync(() -> insight.read(cluster, terms), besideSummary);
        Selection selection = method.select(cluster, terms, budget);
        List<Notice> notices = new ArrayList<>(cluster.notices());
        if (selection.chosen().isEmpty() && !cluster.sentences().isEmpty()) {
            // A cluster with prose that fits the budget never gets an empty summary.
            Selection relaxed = Methods.relaxedFallback().select(cluster, terms, budget);
            if (!relaxed.chosen().isEmpty()) {
                selection = relaxed;
                notices.add(Notice.relaxedFallback(budget, SentenceChecker.MIN_WORDS));
            }
        }
        Cancellation.check();
        List<SummarySentence> cited = citations.cite(cluster, terms, selection);
        Summary summary = order.arrange(cluster, selection.method(), budget, cited);
        Cancellation.check();
        if (summary.sentences().isEmpty() && !cluster.articles().isEmpty()) {
            notices.add(Notice.emptySummary(budget));
        }
        Insights insights = reading == null ? insight.analyze(cluster, terms, summary, level)
                : insight.analyze(joined(reading), summary, level);
        return new Brief(source.id(), summary, insights, cluster.articles(), cluster.removals(), notices);
    }

    /** The insights read beside the summary, or what went wrong reading them, thrown as it was thrown. */
    private static InsightAnalyzer.Reading joined(CompletableFuture<InsightAnalyzer.Reading> reading) {
        try {
            return reading.join();
        } catch (java.util.concurrent.CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    /** Runs the clean and text stages: the cluster every later stage reads. */
    @Override
    public Cluster analyze(Source source) {
        CleanCluster clean = cleaner.clean(source);
        return analyzers.get().analyze(clean);
    }

    /**
     * What the clean stage makes of one page (a source of one article, as {@link #read} gives for one file, URL or
     * {@code -}): its article, language and removals, with the source's notices about reading it.
     */
    @Override
    public Extract extract(Source page) {
        if (page.articles().size() != 1) {
            throw new IllegalArgumentException("extract reads one page, not " + page.articles().size() + " articles");
        }
        ClusterCleaner.CleanArticle clean = cleaner.cleanOne(page.articles().get(0));
        Article article = clean.article().orElse(null);
        String language = article == null ? null : languages.identify(article.text())
                .map(LanguageIdentifier.Identified::code).orElse(null);
        return new Extract(article, language, clean.removals(), page.notices());
    }
}
