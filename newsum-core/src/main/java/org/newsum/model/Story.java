package org.newsum.model;

import java.util.List;

/**
 * A story: the articles of a stream that report the same event, as the story stage grouped them.
 *
 * @param id       the story's id, {@code s1}, {@code s2}, … in the order stories started (kept across runs)
 * @param articles the ids of its articles in stream order
 * @param sources  its distinct sources (publishers) in first-seen order; an article without one counts as a
 *                 source of its own, named by its id in brackets
 * @param first    the earliest date of its articles ({@code yyyy-mm-dd}), or {@code null} when none has one
 * @param last     the latest date, or {@code null}
 * @param title    the first title one of its articles carries, else the opening words of its first article
 * @param duplicates the ids of those of its articles that nearly repeat an earlier article of the story: they
 *                 belong to it, but took no part in grouping it
 * @param open     whether the story may still get articles (its window has not passed)
 */
public record Story(String id, List<String> articles, List<String> sources, String first, String last,
                    String title, List<String> duplicates, boolean open) {

    public Story {
        articles = List.copyOf(articles);
        sources = List.copyOf(sources);
        duplicates = List.copyOf(duplicates);
    }

    /** Whether the story has at least {@code minArticles} articles from at least {@code minSources} sources. */
    public boolean qualifies(int minArticles, int minSources) {
        return articles.size() >= minArticles && sources.size() >= minSources;
    }
}
