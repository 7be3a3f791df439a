package org.newsum.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the text stage's light path makes of one article for story clustering: its content stems with their
 * counts (title and body, stop words left out), the names it mentions, and a sample of its word 5-gram hashes
 * for telling near-duplicates.
 *
 * @param counts   content stem to count, in first-seen order
 * @param names    capitalized names inside sentences, lower-cased, in first-seen order; empty where the text
 *                 does not carry case
 * @param shingles a sorted sample of the hashes of the body's word 5-grams (a fixed share of all, chosen by hash
 *                 value, so two texts sample the same 5-grams)
 * @param words    how many tokens the body has
 */
public record ArticleTerms(Map<String, Integer> counts, List<String> names, long[] shingles, int words) {

    public ArticleTerms {
        counts = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(counts));
        names = List.copyOf(names);
        Objects.requireNonNull(shingles, "shingles");
    }
}
