package org.newsum.model;

import java.util.List;

/**
 * One sentence of a summary with every article that carries it.
 *
 * @param sentence  the {@link Sentence#index()} it was taken from
 * @param text      the sentence text
 * @param score     the selector's score
 * @param citations the articles that carry it, the one it was taken from first
 */
public record SummarySentence(int sentence, String text, double score, List<Citation> citations) {

    public SummarySentence {
        citations = List.copyOf(citations);
    }
}
