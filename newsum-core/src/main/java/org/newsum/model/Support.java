package org.newsum.model;

import java.util.List;

/**
 * How widely one summary sentence is carried: every article with a sentence holding the same content.
 *
 * @param sentence the summary sentence's {@link Sentence#index()}
 * @param text     the summary sentence
 * @param carriers one citation per carrying article, the sentence's own article first
 */
public record Support(int sentence, String text, List<Citation> carriers) {

    public Support {
        carriers = List.copyOf(carriers);
    }

    /** The ids of the carrying articles, without repeats, in carrier order. */
    public List<String> articles() {
        return carriers.stream().map(Citation::articleId).distinct().toList();
    }

    /** Whether only the sentence's own article carries it. */
    public boolean singleSource() {
        return articles().size() < 2;
    }
}
