package org.newsum.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.IntConsumer;

import org.newsum.ingest.JsonLinesReader;
import org.newsum.model.Brief;
import org.newsum.model.ClusterFailure;
import org.newsum.model.Budget;
import org.newsum.model.Insights;
import org.newsum.model.Method;
import org.newsum.model.Source;
import org.newsum.model.SummarySentence;
import org.newsum.select.Methods;
import org.newsum.select.SelectionMethod;
import org.newsum.text.LetterCase;
import org.newsum.text.SentenceSplitter;
import org.newsum.model.SourceEntry;

/**
 * Runs a selection method over a dataset and scores every summary against the cluster's references:
 * first summarizes every cluster (timed on its own, so throughput is the pipeline's; several timed
 * passes give a median), then scores. Every entry ends scored or failed with a reason; none is dropped, and an
 * unexpected exception in one cluster is that cluster's error. Entries are read as they are summarized, a few per
 * thread at a time, so a dataset streamed from its file is never held whole; only the small per-cluster results are.
 * The worker threads live as long as the evaluation, so what a warm-up leaves in them (the per-thread
 * word-analysis caches) is there for the timed passes, as in a long batch.
 */
public final class Evaluation implements AutoCloseable {

    /**
     * How to evaluate.
     *
     * @param budget  the summary budget; with a word budget the system summary is also cut to it
     * @param rouge   the ROUGE settings ({@code -l}/{@code -b} apply to system and references)
     * @param threads worker threads
     * @param runs     timed summarization passes over the dataset; the report gives the median
     * @param insights how much insight each brief computes: its cost is part of the timed pass
     * @param hygiene  whether to count each summary's readability faults ({@link SummaryHygiene}), in the timed pass
     */
    public record Options(Budget budget, RougeOptions rouge, int threads, int runs, Insights.Level insights,
                          boolean hygiene) {

        public Options {
            if (runs < 1) {
                throw new IllegalArgumentException("runs must be at least 1");
            }
            java.util.Objects.requireNonNull(insights, "insights");
        }

        /** Without counting faults. */
        public Options(Budget budget, RougeOptions rouge, int threads, int runs, Insights.Level insights) {
            this(budget, rouge, threads, runs, insights, false);
        }

        /** Summaries only, no insights: what ROUGE scores. */
        public Options(Budget budget, RougeOptions rouge, int threads, int runs) {
            this(budget, rouge, threads, runs, Insights.Level.NONE);
        }

        /** One timed pass. */
        public Options(Budget budget, RougeOptions rouge, int threads) {
            this(budget, rouge, threads, 1, Insights.Level.NONE);
        }

        /** The same options, counting faults or not. */
        public Options withHygiene(boolean count) {
            return new Options(budget, rouge, threads, runs, insights, count);
        }
    }

    /**
     * One cluster's outcome.
     *
     * @param id         the cluster id (or the line number when the line could not be read)
     * @param summary    the system summary's sentences as scored
     * @param references each reference split into sentences
     * @param scores     the ROUGE scores, or {@code null} when the cluster failed
     * @param error      why the cluster failed, or {@code null}
     * @param hygiene    the summary's readability faults, {@link SummaryHygiene.Counts#NONE} unless counted
     */
    public record ClusterResult(String id, List<String> summary, List<List<String>> references, RougeScores scores,
                                String error, SummaryHygiene.Counts hygiene) {
    }

    /**
     * The outcome of a run.
     *
     * @param method           the method's name
     * @param results          one result per dataset entry, in input order
     * @param average          the average over scored clusters, as {@link RougeOptions#average()} asks
     * @param summarizeSeconds wall time of summarizing every cluster (the median of the timed passes)
     * @param scoreSeconds     wall time of scoring every summary
     */
    public record Report(String method, List<ClusterResult> results, RougeScores average, double summarizeSeconds,
                         double scoreSeconds) {

        public long scored() {
            return results.stream().filter(r -> r.scores() != null).count();
        }

        public long failed() {
            return results.size() - scored();
        }

        /** Clusters summarized per second of wall time (cleaning, splitting, selection, ordering). */
        public double clustersPerSecond() {
            return summarizeSeconds > 0 ? results.size() / summarizeSeconds : 0;
        }

        /** The readability faults of all summaries, when the options asked to count them. */
        public SummaryHygiene.Counts hygiene() {
            return results.stream().map(ClusterResult::hygiene).reduce(SummaryHygiene.Counts.NONE,
                    SummaryHygiene.Counts::plus);
        }
    }

    private final Pipeline pipeline;

    private ExecutorService pool;
    private int poolThreads;

    public Evaluation(Pipeline pipeline) {
        this.pipeline = pipeline;
    }

    /** The oracle: the extractive upper bound, which reads each cluster's references. */
    public static final Method ORACLE = new Method(OracleMethod.NAME, OracleMethod.DESCRIPTION);

    /** The papers' First-3, without cleaning or sentence checks: a baseline to compare methods with. */
    public static final Method FIRST3_PLAIN = new Method(PlainFirstSentences.NAME, PlainFirstSentences.DESCRIPTION);

    /**
     * The methods an evaluation can run: the registered ones, the default first, then the plain First-3 baseline and
     * the oracle last.
     */
    public static List<Method> methods() {
        List<Method> methods = new ArrayList<>();
        Methods.all().forEach(m -> methods.add(new Method(m.name(), m.description())));
        methods.add(FIRST3_PLAIN);
        methods.add(ORACLE);
        return List.copyOf(methods);
    }

    /**
     * The selection method for each cluster for a method of {@link #methods()}: the oracle is built per cluster from
     * its references, any other is the same for all.
     */
    public static Function<Source, SelectionMethod> methodFor(Method method) {
        if (method.name().equalsIgnoreCase(OracleMethod.NAME)) {
            return source -> new OracleMethod(source.references());
        }
        SelectionMethod registered = Methods.byName(method.name()).orElseThrow(() -> new IllegalArgumentException(
                "no method '" + method.name() + "'"));
        return source -> registered;
    }

    /** Evaluates a method of {@link #methods()} by name: {@link #run(String, Iterable, Function, Options, IntConsumer)}. */
    public Report run(Method method, Iterable<SourceEntry> entries, Options options, IntConsumer progress) {
        return runWith(method.name(), entries, summarizer(method, options), options, progress);
    }

    /** Warms up a method of {@link #methods()}: {@link #warmUp(Iterable, Function, Options)}. */
    public void warmUp(Iterable<SourceEntry> entries, Method method, Options options) {
        summarizeAll(pool(options.threads()), entries, summarizer(method, options), options, done -> { });
    }

    /** What a method of {@link #methods()} makes of a source: the plain baseline bypasses the pipeline. */
    private Summarizer summarizer(Method method, Options options) {
        if (method.name().equalsIgnoreCase(PlainFirstSentences.NAME)) {
            return source -> new Summarized(source.id(),
                    PlainFirstSentences.summary(source, options.budget(), SPLITTER.get()), source.references(), null,
                    SummaryHygiene.Counts.NONE);
        }
        return throughPipeline(methodFor(method), options);
    }

    /** A summary of one source, with its references; ready to score. */
    @FunctionalInterface
    private interface Summarizer {
        Summarized summarize(Source source);
    }

    /** The pipeline's brief of each source with {@code methodFor}'s method, and its faults when the options ask. */
    private Summarizer throughPipeline(Function<Source, SelectionMethod> methodFor, Options options) {
        return source -> {
            Brief brief = pipeline.summarize(source, methodFor.apply(source), options.budget(), options.insights());
            List<String> sentences = brief.summary().sentences().stream().map(SummarySentence::text).toList();
            return new Summarized(source.id(), sentences, source.references(), null,
                    options.hygiene() ? SummaryHygiene.of(brief) : SummaryHygiene.Counts.NONE);
        };
    }

    /** The workers for this many threads: daemon threads, kept until {@link #close()} or another count. */
    private synchronized ExecutorService pool(int threads) {
        int n = Math.max(1, threads);
        if (pool == null || poolThreads != n) {
            if (pool != null) {
                pool.shutdownNow();
            }
            pool = Executors.newFixedThreadPool(n, task -> {
                Thread t = new Thread(task, "newsum-eval");
                t.setDaemon(true);
                return t;
            });
            poolThreads = n;
        }
        return pool;
    }

    /** Stops the worker threads. */
    @Override
    public synchronized void close() {
        if (pool != null) {
            pool.shutdownNow();
            pool = null;
        }
    }

    /**
     * Evaluates {@code methodFor} (which may depend on the cluster, as the oracle does) on the entries, iterated
     * once per timed run (so a one-pass stream of entries allows one run); {@code progress} is told how many
     * clusters are done.
     */
    public Report run(String methodName, Iterable<SourceEntry> entries,
                      Function<Source, SelectionMethod> methodFor, Options options, IntConsumer progress) {
        return runWith(methodName, entries, throughPipeline(methodFor, options), options, progress);
    }

    private Report runWith(String methodName, Iterable<SourceEntry> entries, Summarizer summarizer, Options options,
                       IntConsumer progress) {
        ExecutorService pool = pool(options.threads());
        List<Summarized> summarized = List.of();
        double[] seconds = new double[options.runs()];
        for (int run = 0; run < options.runs(); run++) {
            long start = System.nanoTime();
            summarized = summarizeAll(pool, entries, summarizer, options, progress);
            seconds[run] = (System.nanoTime() - start) / 1e9;
        }
        java.util.Arrays.sort(seconds);
        double summarizeSeconds = seconds[seconds.length / 2];

        Rouge rouge = new Rouge(options.rouge());
        long start = System.nanoTime();
        List<Future<ClusterResult>> scoring = new ArrayList<>();
        for (Summarized s : summarized) {
            scoring.add(pool.submit(() -> score(s, rouge)));
        }
        List<ClusterResult> results = collect(scoring);
        double scoreSeconds = (System.nanoTime() - start) / 1e9;
        List<RougeAverage.Scored> scored = results.stream().filter(r -> r.scores() != null)
                .map(r -> new RougeAverage.Scored(r.id(), r.scores())).toList();
        return new Report(methodName, results, RougeAverage.of(scored, options.rouge()), summarizeSeconds,
                scoreSeconds);
    }

    /**
     * Summarizes every entry once, untimed and unscored: lets the JIT compile the method's code
     * before a timed run, so that throughput measures the pipeline, not the compiler.
     */
    public void warmUp(Iterable<SourceEntry> entries, Function<Source, SelectionMethod> methodFor,
                       Options options) {
        summarizeAll(pool(options.threads()), entries, throughPipeline(methodFor, options), options, done -> { });
    }

    private List<Summarized> summarizeAll(ExecutorService pool, Iterable<SourceEntry> entries, Summarizer summarizer,
                                          Options options, IntConsumer progress) {
        AtomicInteger done = new AtomicInteger();
        // A small window of clusters in flight keeps every thread busy without reading ahead of them.
        int window = 4 * Math.max(1, options.threads());
        java.util.ArrayDeque<Future<Summarized>> inFlight = new java.util.ArrayDeque<>();
        List<Summarized> summaries = new ArrayList<>();
        for (SourceEntry entry : entries) {
            inFlight.add(pool.submit(() -> {
                Summarized s = summarize(entry, summarizer, options);
                progress.accept(done.incrementAndGet());
                return s;
            }));
            if (inFlight.size() >= window) {
                summaries.add(get(inFlight.poll()));
            }
        }
        while (!inFlight.isEmpty()) {
            summaries.add(get(inFlight.poll()));
        }
        return summaries;
    }

    /** A summarized cluster waiting to be scored. */
    private record Summarized(String id, List<String> summary, List<String> references, String error,
                              SummaryHygiene.Counts hygiene) {
    }

    private Summarized summarize(SourceEntry entry, Summarizer summarizer, Options options) {
        if (entry.source() == null) {
            return new Summarized(entry.name(), List.of(), List.of(), entry.error(), SummaryHygiene.Counts.NONE);
        }
        Source source = entry.source();
        if (source.references().isEmpty()) {
            return new Summarized(source.id(), List.of(), List.of(), "no reference summaries",
                    SummaryHygiene.Counts.NONE);
        }
        try {
            Summarized s = summarizer.summarize(source);
            if (options.budget().unit() != Budget.Unit.WORDS) {
                return s;
            }
            List<String> cut = RougeTokens.truncate(s.summary(),
                    RougeOptions.STANDARD.withWordLimit(options.budget().limit()));
            return new Summarized(s.id(), cut, s.references(), null, s.hygiene());
        } catch (Throwable e) {
            if (!ClusterFailure.isClusterFailure(e)) {
                throw e;
            }
            return new Summarized(source.id(), List.of(), source.references(), ClusterFailure.message(e),
                    SummaryHygiene.Counts.NONE);
        }
    }

    private static final ThreadLocal<SentenceSplitter> SPLITTER = ThreadLocal.withInitial(SentenceSplitter::new);

    private static ClusterResult score(Summarized s, Rouge rouge) {
        try {
            return scoreOrThrow(s, rouge);
        } catch (Rouge.TooLongException e) {
            return new ClusterResult(s.id(), s.summary(), List.of(), null, e.getMessage(), s.hygiene());
        } catch (Throwable e) {
            if (!ClusterFailure.isClusterFailure(e)) {
                throw e;
            }
            return new ClusterResult(s.id(), s.summary(), List.of(), null, ClusterFailure.message(e), s.hygiene());
        }
    }

    private static ClusterResult scoreOrThrow(Summarized s, Rouge rouge) {
        List<List<String>> references = new ArrayList<>();
        for (String reference : s.references()) {
            references.add(sentences(reference));
        }
        if (s.error() != null) {
            return new ClusterResult(s.id(), s.summary(), references, null, s.error(), s.hygiene());
        }
        // An empty summary is a real result of the method: it scores zero rather than being left out.
        return new ClusterResult(s.id(), s.summary(), references, rouge.score(s.summary(), references), null,
                s.hygiene());
    }

    /** A reference's sentences: its lines, each split by the pipeline's sentence splitter as the text stage splits. */
    public static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        boolean cased = LetterCase.carried(text);
        for (String line : text.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            for (int[] span : SPLITTER.get().split(line, cased)) {
                out.add(line.substring(span[0], span[1]));
            }
        }
        return out;
    }

    private static <T> List<T> collect(List<Future<T>> futures) {
        List<T> out = new ArrayList<>(futures.size());
        for (Future<T> f : futures) {
            out.add(get(f));
        }
        return out;
    }

    private static <T> T get(Future<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("evaluation interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error error) {
                throw error; // out of memory and the like: not this cluster's failure, and not to be hidden
            }
            throw new IllegalStateException("evaluation failed", e.getCause());
        }
    }
}
