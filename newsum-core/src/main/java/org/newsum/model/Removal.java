package org.newsum.model;

/**
 * Something the clean stage left out of the summary input, and why: a block of an HTML page, one line
 * or a whole article.
 *
 * @param articleId the article it came from
 * @param scope     a block of a page, a single line or the whole article
 * @param line      the 1-based line number in the article's text (of its first line, for the lines of a
 *                  hard-wrapped paragraph judged as one), or 0 for a block or a whole article
 * @param text      the text that was removed (shortened for whole articles)
 * @param reason    a short reason a person can read, e.g. {@code "navigation"}
 */
public record Removal(String articleId, Scope scope, int line, String text, String reason) {

    /**
     * How much was removed: an element or block of an HTML page (before the page became lines of
     * text, so it has no line number), a line of the article's text, or the whole article.
     */
    public enum Scope { BLOCK, LINE, ARTICLE }

    public static Removal block(String articleId, String text, String reason) {
        return new Removal(articleId, Scope.BLOCK, 0, text, reason);
    }

    public static Removal line(String articleId, int line, String text, String reason) {
        return new Removal(articleId, Scope.LINE, line, text, reason);
    }

    public static Removal article(String articleId, String text, String reason) {
        return new Removal(articleId, Scope.ARTICLE, 0, text, reason);
    }
}
