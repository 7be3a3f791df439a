package org.newsum.model;

/**
 * One word or number of a sentence, analysed once by the text stage.
 *
 * @param text  the surface form as in the body
 * @param start character offset of the token in the article body
 * @param lower the lower-cased form
 * @param stem  the Porter stem of the lower-cased form
 * @param stop  whether the token is a stop word (or punctuation-free filler) for content measures
 */
public record Token(String text, int start, String lower, String stem, boolean stop) {
}
