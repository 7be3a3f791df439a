package org.newsum.insight;

import java.util.List;

import org.newsum.model.Cluster;
import org.newsum.model.Insights;
import org.newsum.model.Quote;
import org.newsum.model.Summary;
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

    /**
     * The insights of a cluster and its summary; {@link Insights#NONE} for level NONE. {@code terms} is the
     * cluster's term index, which ranks quotes by how many articles share their words.
     */
    public Insights analyze(Cluster cluster, TermIndex terms, Summary summary, Insights.Level level) {
        if (level == Insights.Level.NONE) {
            return Insights.NONE;
        }
        EntityFinder.Found found = entities.analyze(cluster);
        List<Quote> q = quotes.find(cluster, terms, found);
        return new Insights(level, support.find(summary), q, figures.find(cluster), found.entities());
    }
}
