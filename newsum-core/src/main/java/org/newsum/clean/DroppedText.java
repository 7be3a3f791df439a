package org.newsum.clean;

/**
 * A piece of a page's visible text that HTML extraction left out of the article, and why.
 *
 * @param text    the element's or block's text, whitespace collapsed, cut to about 200 characters with "…"
 * @param reason  a short reason a person can read, e.g. {@code "navigation"} or {@code "outside the main text"}
 */
public record DroppedText(String text, String reason) {
}
