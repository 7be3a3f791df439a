package org.newsum.model;

import java.util.List;

/**
 * A sentence of an article body with its place in the cluster, its tokens, and the verdicts of the
 * sentence checks on it, all made once by the text stage.
 *
 * @param index        position in {@link Cluster#sentences()}, unique in the cluster
 * @param articleIndex index of its article in {@link Cluster#articles()}
 * @param paragraph    0-based paragraph number in the article
 * @param position     0-based sentence number in the article
 * @param start        character offset of the first character in the article body
 * @param end          character offset just past the last character in the article body
 * @param text         the sentence text, exactly {@code body.substring(start, end)}
 * @param wordCount    the number of words as word budgets count them ({@link Budget#countWords} of the text),
 *                     counted once here for the checks, the features and every budget
 * @param tokens       the words and numbers of the sentence, in order
 * @param checks       whether the sentence may stand in a summary, by the strict and by the relaxed checks
 */
public record Sentence(int index, int articleIndex, int paragraph, int position, int start, int end,
                       String text, int wordCount, List<Token> tokens, SentenceChecks checks) {

    public Sentence {
        tokens = List.copyOf(tokens);
        java.util.Objects.requireNonNull(checks, "checks");
    }
}
