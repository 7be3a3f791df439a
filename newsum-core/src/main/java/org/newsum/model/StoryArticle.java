package org.newsum.model;

import java.util.Objects;

/**
 * One article of a stream, cleaned and analyzed for story clustering; or, when the clean stage found it is not a
 * news article (an error page, an archive notice, no text left), why not.
 *
 * @param position the article's place in the stream, from 0: the order the clusterer sees it in
 * @param article  the article as the clean stage left it (its id, source, date and title as given), or as read
 *                 when it was rejected
 * @param terms    its terms, or {@code null} when rejected
 * @param rejected why the clean stage dropped it (an article-scope {@link Removal} whose {@link Reason} is
 *                 {@code R2xx}), or {@code null} when it is news
 * @param error    why the article could not be cleaned or analyzed at all (an unexpected failure, named), or
 *                 {@code null}
 */
public record StoryArticle(long position, Article article, ArticleTerms terms, Removal rejected, String error) {

    public StoryArticle {
        Objects.requireNonNull(article, "article");
        int given = (terms != null ? 1 : 0) + (rejected != null ? 1 : 0) + (error != null ? 1 : 0);
        if (given != 1) {
            throw new IllegalArgumentException("a story article has terms, a rejection or an error");
        }
    }

    public String id() {
        return article.id();
    }
}
