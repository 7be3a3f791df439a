package org.newsum.insight;

import java.util.List;

import org.newsum.model.Cluster;
import org.newsum.model.Entity;
import org.newsum.model.Figure;
import org.newsum.model.Insights;
import org.newsum.model.Quote;
import org.newsum.model.Summary;
import org.newsum.text.TermIndex;

/**
 * The insight stage: reads the cluster the summary was made from and says what its sources agree and
 * disagree on (support per summary sentence, quotes and speakers, figures, entities). Always computes
 * everything; the level only travels with the result to tell renderers how much to show. Thread-safe.
 *
 * <p>Most of the stage reads the cluster alone ({@link #read}); only the support per sentence needs the summary
 * ({@link #analyze(Reading, Summary, Insights.Level)}). So a caller with a core to spare may read the cluster
 * while the summary is being chosen: the result is the same whichever runs first.
 */
public final class InsightAnalyzer {

    private final SupportFinder support = new SupportFinder();
    private final EntityFinder entities = new EntityFinder();
    private final QuoteFinder quotes = new QuoteFinder();
    private final FigureFinder figures = new FigureFinder();

    /** What the stage reads from the cluster alone: its quotes, figures and entities. */
    public record Reading(List<Quote> quotes, List<Figure> figures, List<Entity> entities) {
    }

    /**
     * The insights of a cluster and its summary; {@link Insights#NONE} for level NONE. {@code terms} is the
     * cluster's term index, which ranks quotes by how many articles share their words.
     */
    public Insights analyze(Cluster cluster, TermIndex terms, Summary summary, Insights.Level level) {
        if (level == Insights.Level.NONE) {
            return Insights.NONE;
        }
        return analyze(read(cluster, terms), summary, level);
    }

    /** The part of the insights that needs no summary: quotes with their speakers, figures, entities. */
    public Reading read(Cluster cluster, TermIndex terms) {
        EntityFinder.Found found = entities.analyze(cluster);
        List<Quote> q = quotes.find(cluster, terms, found);
        return new Reading(q, figures.find(cluster), found.entities());
    }

    /** The insights of a summary of the cluster {@code reading} was read from; {@link Insights#NONE} for NONE. */
    public Insights analyze(Reading reading, Summary summary, Insights.Level level) {
        if (level == Insights.Level.NONE) {
            return Insights.NONE;
        }
        return new Insights(level, support.find(summary), reading.quotes(), reading.figures(), reading.entities());
    }
}
