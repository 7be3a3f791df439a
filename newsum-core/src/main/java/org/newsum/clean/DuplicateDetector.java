package org.newsum.clean;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds articles that repeat another article of the cluster: the same story syndicated twice, or
 * one article contained in a longer one. Compares sets of word 5-gram hashes through an inverted
 * index, so cost grows with the text, not with the square of the article count.
 */
final class DuplicateDetector {

    /** Share of the shorter article's 5-grams that must occur in the other one. */
    static final double CONTAINMENT = 0.8;
    private static final int SHINGLE = 5;

    /** An article that duplicates another: {@code index} repeats {@code original}. */
    record Duplicate(int index, int original, double containment) {
    }

    private DuplicateDetector() {
    }

    /**
     * The duplicates among the given texts. Of two duplicates the longer one is kept (the earlier
     * one when they are of equal size), so no content is lost.
     */
    static List<Duplicate> find(List<String> texts) {
        List<long[]> shingles = new ArrayList<>();
        Map<Long, List<Integer>> postings = new HashMap<>();
        for (int i = 0; i < texts.size(); i++) {
            long[] set = shingles(texts.get(i));
            shingles.add(set);
            for (long h : set) {
                postings.computeIfAbsent(h, k -> new ArrayList<>(2)).add(i);
            }
        }
        boolean[] dropped = new boolean[texts.size()];
        List<Duplicate> duplicates = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            long[] set = shingles.get(i);
            if (set.length == 0) {
                continue;
            }
            Map<Integer, Integer> overlap = new HashMap<>();
            for (long h : set) {
                for (int j : postings.get(h)) {
                    if (j != i) {
                        overlap.merge(j, 1, Integer::sum);
                    }
                }
            }
            for (Map.Entry<Integer, Integer> e : overlap.entrySet()) {
                int j = e.getKey();
                if (dropped[j]) {
                    continue;
                }
                long[] other = shingles.get(j);
                double containment = e.getValue() / (double) Math.min(set.length, other.length);
                boolean iIsSmaller = set.length < other.length || (set.length == other.length && i > j);
                if (containment >= CONTAINMENT && iIsSmaller) {
                    dropped[i] = true;
                    duplicates.add(new Duplicate(i, j, containment));
                    break;
                }
            }
        }
        return duplicates;
    }

    /** Distinct hashes of lower-cased word 5-grams (fewer words: one hash of all of them). */
    static long[] shingles(String text) {
        List<String> words = new ArrayList<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        if (words.isEmpty()) {
            return new long[0];
        }
        int n = Math.max(1, words.size() - SHINGLE + 1);
        java.util.Set<Long> set = new java.util.HashSet<>();
        for (int i = 0; i < n; i++) {
            long h = 1125899906842597L;
            for (int k = i; k < Math.min(words.size(), i + SHINGLE); k++) {
                h = 31 * h + words.get(k).hashCode();
                h ^= (h >>> 29);
            }
            set.add(h);
        }
        return set.stream().mapToLong(Long::longValue).toArray();
    }
}
