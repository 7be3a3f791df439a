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
 */
public record StoryArticle(long position, Article article, ArticleTerms terms, Removal rejected) {

    public StoryArticle {
        Objects.requireNonNull(article, "article");
        if ((terms == null) == (rejected == null)) {
            throw new IllegalArgumentException("a story article has either terms or a rejection");
        }
    }

    public String id() {
        return article.id();
    }
}
