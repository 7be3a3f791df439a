package org.newsum.model;

/**
 * Where one source article carries a summary sentence's content.
 *
 * @param articleId  the citing article's id
 * @param start      character offset of the matching sentence in that article's body
 * @param end        end offset of the matching sentence
 * @param similarity 1.0 for the sentence itself or an exact copy, less for near-duplicates
 */
public record Citation(String articleId, int start, int end, double similarity) {
}
