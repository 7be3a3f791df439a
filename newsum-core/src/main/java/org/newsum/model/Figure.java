package org.newsum.model;

import java.util.List;

/**
 * One quantity the sources report (a death toll, a number of lifeboats, a sum of money) with each value
 * they give for it.
 *
 * @param measure  what is counted, in words, e.g. {@code "people killed"} or {@code "lifeboats"}
 * @param values   the distinct values, each with the articles that give it, smallest first
 * @param disputed whether two different articles give values that cannot both be true
 */
public record Figure(String measure, List<Value> values, boolean disputed) {

    public Figure {
        values = List.copyOf(values);
    }

    /**
     * One value of a figure as sources state it: exact, a bound or an approximation, read as a range.
     *
     * @param reading  the value in words as written, e.g. {@code "more than 80"} or {@code "59"}
     * @param low      the least number it allows
     * @param high     the greatest number it allows ({@link Double#POSITIVE_INFINITY} for "at least")
     * @param mentions where it is written, in article order
     */
    public record Value(String reading, double low, double high, List<Mention> mentions) {

        public Value {
            mentions = List.copyOf(mentions);
        }

        /** The ids of the articles that give this value, without repeats. */
        public List<String> articles() {
            return mentions.stream().map(Mention::articleId).distinct().toList();
        }

        /** Whether this value and another can both be true. */
        public boolean compatible(Value other) {
            return low <= other.high && other.low <= high;
        }
    }

    /** The ids of all articles that report this figure, without repeats. */
    public List<String> articles() {
        return values.stream().flatMap(v -> v.articles().stream()).distinct().toList();
    }
}
