package org.newsum.insight;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.newsum.model.Cluster;
import org.newsum.model.Insights;
import org.newsum.model.Quote;
import org.newsum.model.Sentence;
import org.newsum.model.Summary;
import org.newsum.model.Token;
import org.newsum.text.TermIndex;

/**
 * The insight stage: reads the cluster the summary was made from and says what its sources agree and
 * disagree on (support per summary sentence, quotes and speakers, figures, entities). Always computes
 * everything; the level only travels with the result to tell renderers how much to show. Thread-safe.
 */
public final class InsightAnalyzer {

    private final SupportFinder support = new SupportFinder();
    private final EntityFinder entities = new EntityFinder();
    private final QuoteFinder quotes = new QuoteFinder();
    private final FigureFinder figures = new FigureFinder();

    /** The insights of a cluster and its summary; {@link Insights#NONE} for level NONE. */
    public Insights analyze(Cluster cluster, Summary summary, Insights.Level level) {
        if (level == Insights.Level.NONE) {
            return Insights.NONE;
        }
        EntityFinder.Found found = entities.analyze(cluster);
        List<Quote> q = quotes.find(cluster, found, shareOfArticles(cluster));
        return new Insights(level, support.find(summary), q, figures.find(cluster), found.entities());
    }

    /** Per content word (lower case, no apostrophes), the share of the cluster's articles that use it. */
    private static Map<String, Double> shareOfArticles(Cluster cluster) {
        Map<String, Integer> last = new HashMap<>();
        Map<String, Integer> count = new HashMap<>();
        for (Sentence s : cluster.sentences()) {
            for (Token t : s.tokens()) {
                if (TermIndex.isContent(t)) {
                    String w = t.lower().replace("'", "");
                    Integer seen = last.put(w, s.articleIndex());
                    if (seen == null || seen != s.articleIndex()) {
                        count.merge(w, 1, Integer::sum);
                    }
                }
            }
        }
        double articles = Math.max(1, cluster.articles().size());
        Map<String, Double> share = new HashMap<>();
        count.forEach((w, c) -> share.put(w, c / articles));
        return share;
    }
}
