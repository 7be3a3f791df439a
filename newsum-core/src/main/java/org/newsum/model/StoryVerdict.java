package org.newsum.model;

/**
 * What the story stage did with one article of the stream.
 *
 * @param articleId the article
 * @param kind      what happened to it
 * @param story     the story it joined, started or (a duplicate) was attached to, or {@code null} for an article
 *                  that is not news
 * @param reason    why it was not clustered ({@link Reason#DUPLICATE} or the clean stage's {@code R2xx} reason),
 *                  else {@code null}
 * @param detail    for a duplicate, the id of the article it repeats; for a rejected article, the removal's
 *                  message; else {@code null}
 */
public record StoryVerdict(String articleId, Kind kind, String story, Reason reason, String detail) {

    /** What happened to an article. */
    public enum Kind {
        /** It started a new story. */
        STARTED,
        /** It joined an open story. */
        JOINED,
        /**
         * It nearly repeats an article of an open story: reported, and attached to that story without taking part
         * in grouping it (its terms do not change the story's).
         */
        DUPLICATE,
        /** The clean stage found it is not a news article: reported, not clustered. */
        NOT_NEWS,
        /** It could not be cleaned or analyzed (the detail says why): reported, not clustered. */
        FAILED
    }

    /** Whether the article is in a story. */
    public boolean inStory() {
        return story != null;
    }
}
