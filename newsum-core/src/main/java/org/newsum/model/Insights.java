package org.newsum.model;

import java.util.List;

/**
 * What the sources agree and disagree on, read from the same cluster as the summary: support for each
 * summary sentence, quotes with their speakers, figures (flagged where sources differ) and entities.
 *
 * @param level    how much was computed and how much renderers show
 * @param support  one entry per summary sentence, in summary order
 * @param quotes   direct quotations, most widely carried first
 * @param figures  numbers grouped by the quantity they count, disputed ones first
 * @param entities people, organizations and places, most widely mentioned first
 */
public record Insights(Level level, List<Support> support, List<Quote> quotes, List<Figure> figures,
                       List<Entity> entities) {

    /** How much insight to compute and show: none, a few top items per section, or everything. */
    public enum Level { NONE, BRIEF, FULL }

    /** No insights: what a brief carries when none were asked for. */
    public static final Insights NONE = new Insights(Level.NONE, List.of(), List.of(), List.of(), List.of());

    public Insights {
        support = List.copyOf(support);
        quotes = List.copyOf(quotes);
        figures = List.copyOf(figures);
        entities = List.copyOf(entities);
    }
}
