package org.newsum.model;

import java.util.List;

/**
 * What ingest hands to the pipeline: one cluster's articles as read, with reference summaries
 * when the input carries them (JSON Lines datasets) and notices about how the input was read.
 *
 * @param id         the cluster id (from JSON Lines, or derived from the input path)
 * @param articles   the articles in input order
 * @param references human reference summaries, empty when there are none
 * @param notices    things a person should know, e.g. a file decoded as Windows-1252
 */
public record Source(String id, List<Article> articles, List<String> references, List<Notice> notices) {

    public Source {
        articles = List.copyOf(articles);
        references = List.copyOf(references);
        notices = List.copyOf(notices);
    }
}
