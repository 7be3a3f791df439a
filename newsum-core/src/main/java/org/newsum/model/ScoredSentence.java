package org.newsum.model;

/**
 * A sentence chosen by a selector, with the score that made it worth choosing.
 *
 * @param sentence the sentence's {@link Sentence#index()} in its cluster
 * @param score    the selector's salience score (higher is more important; scale depends on the method)
 */
public record ScoredSentence(int sentence, double score) {
}
