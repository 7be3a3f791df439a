package org.newsum;

import java.util.ArrayList;
import java.util.List;

import org.newsum.clean.ClusterCleaner;
import org.newsum.model.Cancellation;
import org.newsum.model.Brief;
import org.newsum.model.Budget;
import org.newsum.model.CleanCluster;
import org.newsum.model.Cluster;
import org.newsum.model.Insights;
import org.newsum.model.Selection;
import org.newsum.model.Source;
import org.newsum.model.Summary;
import org.newsum.model.SummarySentence;
import org.newsum.insight.InsightAnalyzer;
import org.newsum.order.CitationFinder;
import org.newsum.order.ReadingOrder;
import org.newsum.select.Methods;
import org.newsum.select.SelectionMethod;
import org.newsum.text.ClusterAnalyzer;
import org.newsum.text.SentenceChecker;
import org.newsum.text.TermIndex;

/**
 * The one façade: turns a cluster of articles into a {@link Brief} by running clean, text, select,
 * order and insight. Thread-safe; one instance can serve many threads.
 */
public final class Newsum {

    /**
     * How to summarize.
     *
     * @param budget   the length of the summary
     * @param method   the selection method
     * @param insights how much of what the sources agree and disagree on to compute and show
     */
    public record Options(Budget budget, SelectionMethod method, Insights.Level insights) {

        /**
         * The default budget and method, with brief insights: a reader of a brief wants the few quotes,
         * disagreements and names that matter, and they cost less than the summary itself.
         */
        public static final Options DEFAULT = new Options(Budget.DEFAULT, Methods.defaultMethod(), Insights.Level.BRIEF);

        public Options {
            java.util.Objects.requireNonNull(insights, "insights");
        }

        public Options withBudget(Budget b) {
            return new Options(b, method, insights);
        }

        public Options withMethod(SelectionMethod m) {
            return new Options(budget, m, insights);
        }

        public Options withInsights(Insights.Level level) {
            return new Options(budget, method, level);
        }
    }

    private final ClusterCleaner cleaner = new ClusterCleaner();
    private final ThreadLocal<ClusterAnalyzer> analyzers = ThreadLocal.withInitial(ClusterAnalyzer::new);
    private final CitationFinder citations = new CitationFinder();
    private final ReadingOrder order = new ReadingOrder();
    private final InsightAnalyzer insight = new InsightAnalyzer();

    /** The version of this build, e.g. {@code 0.1.0}. */
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

    /**
     * Summarizes one cluster. When the method chooses nothing because no sentence passes the sentence
     * checks and fits the budget, the lead of the sentences that pass the relaxed checks stands in,
     * with a notice ({@link Methods#relaxedFallback}); an input with no such prose gives a brief with an
     * empty summary and a notice saying why.
     * When the thread is interrupted the summary stops at the next check between units of work and throws
     * {@link java.util.concurrent.CancellationException}.
     */
    public Brief summarize(Source source, Options options) {
        Cluster cluster = analyze(source);
        TermIndex terms = TermIndex.of(cluster);
        Cancellation.check();
        Selection selection = options.method().select(cluster, terms, options.budget());
        List<String> notices = new ArrayList<>(cluster.notices());
        if (selection.chosen().isEmpty() && !cluster.sentences().isEmpty()) {
            // A cluster with prose that fits the budget never gets an empty summary.
            Selection relaxed = Methods.relaxedFallback().select(cluster, terms, options.budget());
            if (!relaxed.chosen().isEmpty()) {
                selection = relaxed;
                notices.add("no sentence passed the sentence checks and fit the budget of " + options.budget()
                        + ": the summary is the first sentences of the articles that pass the relaxed checks"
                        + " (prose of at least " + SentenceChecker.MIN_WORDS + " words that is not site furniture)");
            }
        }
        Cancellation.check();
        List<SummarySentence> cited = citations.cite(cluster, terms, selection);
        Summary summary = order.arrange(cluster, selection.method(), options.budget(), cited);
        Cancellation.check();
        if (summary.sentences().isEmpty() && !cluster.articles().isEmpty()) {
            notices.add("no sentence fit the budget of " + options.budget() + " or passed the sentence checks");
        }
        Insights insights = insight.analyze(cluster, terms, summary, options.insights());
        return new Brief(source.id(), summary, insights, cluster.articles(), cluster.removals(), notices);
    }

    /**
     * Whether a throwable from summarizing one cluster is that cluster's own failure (a bug its input ran into, a
     * recursion too deep for it), so that a batch records it as the cluster's error and goes on. The JVM's own
     * errors (out of memory, a missing class) are not: they would fail every cluster after it too.
     */
    public static boolean isClusterFailure(Throwable t) {
        return !(t instanceof Error) || t instanceof StackOverflowError || t instanceof AssertionError;
    }

    /** A cluster failure in one line: "internal error (the exception, at the newsum method it came from)". */
    public static String failureMessage(Throwable t) {
        // The first frame in newsum's own code says where to look; the JDK's bounds check does not.
        StackTraceElement frame = java.util.Arrays.stream(t.getStackTrace())
                .filter(f -> f.getClassName().startsWith("org.newsum.")).findFirst()
                .orElse(t.getStackTrace().length > 0 ? t.getStackTrace()[0] : null);
        String at = frame == null ? "" : " at " + frame.getClassName().replaceAll(".*\\.", "") + "."
                + frame.getMethodName() + ":" + frame.getLineNumber();
        return "internal error (" + String.valueOf(t).replaceAll("\\s+", " ") + at + ")";
    }

    /** Runs the clean and text stages: the cluster every later stage reads. */
    public Cluster analyze(Source source) {
        CleanCluster clean = cleaner.clean(source);
        return analyzers.get().analyze(clean);
    }
}
