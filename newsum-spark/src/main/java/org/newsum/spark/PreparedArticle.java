package org.newsum.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;

import org.newsum.model.Article;
import org.newsum.model.ArticleTerms;
import org.newsum.model.Reason;
import org.newsum.model.Removal;
import org.newsum.model.StoryArticle;

/**
 * One article of a stream as an executor reads and prepares it for the story stage ({@link
 * org.newsum.Newsum#storyArticle}), shipped to the driver, which clusters it: the article as read (for its story's
 * brief) and its {@link StoryArticle}; or a line of the stream that could not be read. A serializable copy, field
 * for field, because the model's records are not serializable; {@link #storyArticle} gives back an equal record.
 *
 * @param unreadable why the line could not be read (then every other field is null), or null
 * @param asRead     the article as read
 * @param clean      the article as the clean stage left it, or null when that is the article as read (most are)
 * @param terms      its terms, or null when rejected or failed
 * @param rejected   why the clean stage dropped it, or null
 * @param error      why it could not be prepared at all, or null
 */
record PreparedArticle(String unreadable, StoriesJob.Member asRead, StoriesJob.Member clean, Terms terms,
                       Rejection rejected, String error) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** {@link ArticleTerms}, with the collections its order and equality depend on. */
    record Terms(LinkedHashMap<String, Integer> counts, ArrayList<String> names, long[] shingles, int words)
            implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /** {@link Removal}, its enums by name. */
    record Rejection(String articleId, String scope, int line, String text, String reason, String message)
            implements Serializable {
        private static final long serialVersionUID = 1L;

        static Rejection of(Removal r) {
            return new Rejection(r.articleId(), r.scope().name(), r.line(), r.text(), r.reason().name(), r.message());
        }

        Removal removal() {
            return new Removal(articleId, Removal.Scope.valueOf(scope), line, text, Reason.valueOf(reason), message);
        }
    }

    static PreparedArticle unreadableLine(String error) {
        return new PreparedArticle(error, null, null, null, null, null);
    }

    /** {@code prepared}, made from {@code read} by {@link org.newsum.Newsum#storyArticle}. */
    static PreparedArticle of(Article read, StoryArticle prepared) {
        ArticleTerms t = prepared.terms();
        return new PreparedArticle(null, StoriesJob.Member.of(read),
                prepared.article().equals(read) ? null : StoriesJob.Member.of(prepared.article()),
                t == null ? null : new Terms(new LinkedHashMap<>(t.counts()), new ArrayList<>(t.names()),
                        t.shingles(), t.words()),
                prepared.rejected() == null ? null : Rejection.of(prepared.rejected()), prepared.error());
    }

    Article read() {
        return asRead.article();
    }

    /** The prepared article, equal to the one {@link #of} was given; at position 0, as {@code newsum stories}. */
    StoryArticle storyArticle() {
        return new StoryArticle(0, (clean == null ? asRead : clean).article(),
                terms == null ? null : new ArticleTerms(terms.counts(), terms.names(), terms.shingles(), terms.words()),
                rejected == null ? null : rejected.removal(), error);
    }
}
