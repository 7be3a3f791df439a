package org.newsum.model;

import java.util.List;

/**
 * The clean stage's output: article bodies fit to summarize, plus everything that was removed.
 *
 * @param id       the cluster id
 * @param articles the kept articles, each with {@link Article.Format#TEXT} body
 * @param removals every removed line or article with its reason
 * @param notices  notices carried over from ingest and added by cleaning
 */
public record CleanCluster(String id, List<Article> articles, List<Removal> removals, List<Notice> notices) {

    public CleanCluster {
        articles = List.copyOf(articles);
        removals = List.copyOf(removals);
        notices = List.copyOf(notices);
    }
}
