package org.newsum.model;

import java.util.Locale;
import java.util.Objects;

/**
 * Something the clean stage left out of the summary input, and why: a block of an HTML page, one line
 * or a whole article.
 *
 * @param articleId the article it came from
 * @param scope     a block of a page, a single line or the whole article
 * @param line      the 1-based line number in the article's text (of its first line, for the lines of a
 *                  hard-wrapped paragraph judged as one), or 0 for a block or a whole article
 * @param text      the text that was removed (shortened for whole articles)
 * @param reason    why, from the catalogue: programs match it (or its {@link Reason#code() code})
 * @param message   the reason in words a person can read, e.g. {@code "navigation"}
 */
public record Removal(String articleId, Scope scope, int line, String text, Reason reason, String message) {

    /**
     * How much was removed: an element or block of an HTML page (before the page became lines of
     * text, so it has no line number), a line of the article's text, or the whole article.
     */
    public enum Scope { BLOCK, LINE, ARTICLE }

    public Removal {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(message, "message");
    }

    public static Removal block(String articleId, String text, Reason reason) {
        return new Removal(articleId, Scope.BLOCK, 0, text, reason, reason.message());
    }

    public static Removal line(String articleId, int line, String text, Reason reason) {
        return new Removal(articleId, Scope.LINE, line, text, reason, reason.message());
    }

    public static Removal article(String articleId, String text, Reason reason) {
        return new Removal(articleId, Scope.ARTICLE, 0, text, reason, reason.message());
    }

    /** An article in {@code language} (a language code) dropped from a cluster in {@code clusterLanguage}. */
    public static Removal otherLanguage(String articleId, String text, String language, String clusterLanguage) {
        return new Removal(articleId, Scope.ARTICLE, 0, text, Reason.OTHER_LANGUAGE,
                Code.render(Reason.OTHER_LANGUAGE, language, clusterLanguage));
    }

    /** An article dropped because {@code share} (0 to 1) of it is in the kept article {@code originalId}. */
    public static Removal duplicate(String articleId, String text, String originalId, double share) {
        return new Removal(articleId, Scope.ARTICLE, 0, text, Reason.DUPLICATE,
                Code.render(Reason.DUPLICATE, originalId, String.format(Locale.ROOT, "%.0f", 100 * share)));
    }
}
