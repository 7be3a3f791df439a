package org.newsum.model;

/**
 * Something the clean stage left out of the summary input, and why: one line or a whole article.
 *
 * @param articleId the article it came from
 * @param scope     a single line or the whole article
 * @param line      the 1-based line number in the article's text, or 0 for a whole article
 * @param text      the text that was removed (shortened for whole articles)
 * @param reason    a short reason a person can read, e.g. {@code "navigation"}
 */
public record Removal(String articleId, Scope scope, int line, String text, String reason) {

    /** How much was removed. */
    public enum Scope { LINE, ARTICLE }

    public static Removal line(String articleId, int line, String text, String reason) {
        return new Removal(articleId, Scope.LINE, line, text, reason);
    }

    public static Removal article(String articleId, String text, String reason) {
        return new Removal(articleId, Scope.ARTICLE, 0, text, reason);
    }
}
