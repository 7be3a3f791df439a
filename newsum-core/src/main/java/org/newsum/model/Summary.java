package org.newsum.model;

import java.util.List;

/**
 * An ordered, cited summary that fits its budget.
 *
 * @param method    the selection method that produced it
 * @param budget    the budget it fits
 * @param sentences the sentences in reading order
 */
public record Summary(String method, Budget budget, List<SummarySentence> sentences) {

    public Summary {
        sentences = List.copyOf(sentences);
    }

    /** The summary as plain text, sentences separated by single spaces. */
    public String text() {
        return String.join(" ", sentences.stream().map(SummarySentence::text).toList());
    }

    /** Words in the summary, as word budgets count them ({@link Budget#countWords}). */
    public int wordCount() {
        return Budget.countWords(text());
    }
}
