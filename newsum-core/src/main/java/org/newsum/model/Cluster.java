package org.newsum.model;

import java.util.List;

/**
 * A cleaned cluster segmented into sentences: what every stage after {@code text} works on.
 *
 * @param id        the cluster id
 * @param articles  the articles with clean bodies
 * @param sentences all sentences of all articles, article by article, in order
 * @param removals  what cleaning removed, with reasons
 * @param notices   notices from ingest and cleaning
 */
public record Cluster(String id, List<Article> articles, List<Sentence> sentences,
                      List<Removal> removals, List<Notice> notices) {

    public Cluster {
        articles = List.copyOf(articles);
        sentences = List.copyOf(sentences);
        removals = List.copyOf(removals);
        notices = List.copyOf(notices);
    }

    /** The sentences of one article, in order. */
    public List<Sentence> sentencesOf(int articleIndex) {
        return sentences.stream().filter(s -> s.articleIndex() == articleIndex).toList();
    }
}
