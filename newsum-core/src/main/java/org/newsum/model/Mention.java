package org.newsum.model;

/**
 * A span of one article's body that an insight rests on (a quote, a number, a name).
 *
 * @param articleId the article's id
 * @param start     character offset in the article's clean body
 * @param end       end offset
 * @param text      exactly {@code body.substring(start, end)}
 */
public record Mention(String articleId, int start, int end, String text) {
}
