package org.newsum.clean;

import org.newsum.model.Reason;

/**
 * A piece of a page's visible text that HTML extraction left out of the article, and why.
 *
 * @param text    the element's or block's text, whitespace collapsed, cut to about 200 characters with "…"
 * @param reason  why, e.g. {@link Reason#NAVIGATION} or {@link Reason#OUTSIDE_MAIN_TEXT}
 */
public record DroppedText(String text, Reason reason) {
}
