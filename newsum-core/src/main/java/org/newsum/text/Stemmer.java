package org.newsum.text;

import java.util.HashMap;
import java.util.Map;

import org.tartarus.snowball.ext.PorterStemmer;

/**
 * Porter stems of lower-case words (Lucene's Snowball Porter stemmer), cached because news text
 * repeats its words. Not thread-safe: use one per thread.
 */
final class Stemmer {

    private static final int MAX_CACHE = 200_000;

    private final PorterStemmer porter = new PorterStemmer();
    private final Map<String, String> cache = new HashMap<>();

    String stem(String lower) {
        String cached = cache.get(lower);
        if (cached != null) {
            return cached;
        }
        porter.setCurrent(lower);
        porter.stem();
        // Porter takes the plural "s" off a lone "s"; a stem is never empty, later stages read its first letter.
        String stem = porter.getCurrent().isEmpty() ? lower : porter.getCurrent();
        if (cache.size() >= MAX_CACHE) {
            cache.clear();
        }
        cache.put(lower, stem);
        return stem;
    }
}
