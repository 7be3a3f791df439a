package org.newsum.text;

import java.util.HashMap;
import java.util.Map;

import opennlp.tools.stemmer.snowball.SnowballStemmer;

/**
 * Porter stems of lower-case words (OpenNLP's Snowball Porter stemmer, the same algorithm and the same
 * stems as Lucene's), cached because news text repeats its words. Not thread-safe: use one per thread.
 */
final class Stemmer {

    private static final int MAX_CACHE = 200_000;

    private final SnowballStemmer porter = new SnowballStemmer(SnowballStemmer.ALGORITHM.PORTER);
    private final Map<String, String> cache = new HashMap<>();

    String stem(String lower) {
        String cached = cache.get(lower);
        if (cached != null) {
            return cached;
        }
        String stemmed = porter.stem(lower).toString();
        // Porter takes the plural "s" off a lone "s"; a stem is never empty, later stages read its first letter.
        String stem = stemmed.isEmpty() ? lower : stemmed;
        if (cache.size() >= MAX_CACHE) {
            cache.clear();
        }
        cache.put(lower, stem);
        return stem;
    }
}
