package org.newsum.clean;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.newsum.model.Scripts;

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
     * one when they are of equal size), so no content is lost. Candidates are tried in article order.
     */
    static List<Duplicate> find(List<String> texts) {
        int n = texts.size();
        if (n < 2) {
            return List.of();
        }
        long[][] shingles = new long[n][];
        for (int i = 0; i < n; i++) {
            shingles[i] = shingles(texts.get(i));
        }
        Postings postings = Postings.of(shingles);
        boolean[] dropped = new boolean[n];
        int[] overlap = new int[n];
        int[] touched = new int[n];
        List<Duplicate> duplicates = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            long[] set = shingles[i];
            if (set.length == 0) {
                continue;
            }
            int candidates = 0;
            for (int id : postings.idsOf()[i]) {
                for (int p = postings.start()[id]; p < postings.start()[id + 1]; p++) {
                    int j = postings.articles()[p];
                    if (j != i && overlap[j]++ == 0) {
                        touched[candidates++] = j;
                    }
                }
            }
            Arrays.sort(touched, 0, candidates);
            for (int c = 0; c < candidates; c++) {
                int j = touched[c];
                int shared = overlap[j];
                overlap[j] = 0;
                if (dropped[i] || dropped[j]) {
                    continue;
                }
                long[] other = shingles[j];
                double containment = shared / (double) Math.min(set.length, other.length);
                boolean iIsSmaller = set.length < other.length || (set.length == other.length && i > j);
                if (containment >= CONTAINMENT && iIsSmaller) {
                    dropped[i] = true;
                    duplicates.add(new Duplicate(i, j, containment));
                }
            }
        }
        return duplicates;
    }

    /**
     * Which articles hold each distinct shingle, in compressed form: shingle {@code id}'s articles are
     * {@code articles[start[id] .. start[id + 1])}, ascending. Primitive arrays, because a cluster
     * has tens of thousands of shingles and boxing each one cost more than the comparison itself.
     * {@code idsOf[a]} are article {@code a}'s shingles as ids.
     */
    private record Postings(int[][] idsOf, int[] start, int[] articles) {

        static Postings of(long[][] shingles) {
            int total = 0;
            for (long[] s : shingles) {
                total += s.length;
            }
            long[] all = new long[total];
            int k = 0;
            for (long[] s : shingles) {
                System.arraycopy(s, 0, all, k, s.length);
                k += s.length;
            }
            long[] values = sortedDistinct(all);
            int distinct = values.length;
            int[][] idsOf = new int[shingles.length][];
            int[] start = new int[distinct + 1];
            for (int a = 0; a < shingles.length; a++) {
                idsOf[a] = new int[shingles[a].length];
                for (int i = 0; i < shingles[a].length; i++) {
                    int id = Arrays.binarySearch(values, shingles[a][i]);
                    idsOf[a][i] = id;
                    start[id + 1]++;
                }
            }
            for (int id = 0; id < distinct; id++) {
                start[id + 1] += start[id];
            }
            int[] next = Arrays.copyOf(start, distinct);
            int[] articles = new int[total];
            for (int a = 0; a < shingles.length; a++) {
                for (int id : idsOf[a]) {
                    articles[next[id]++] = a;
                }
            }
            return new Postings(idsOf, start, articles);
        }
    }

    /** Distinct hashes of lower-cased word 5-grams (fewer words: one hash of all of them), ascending. */
    static long[] shingles(String text) {
        int[] words = wordHashes(text.toLowerCase(Locale.ROOT));
        if (words.length == 0) {
            return new long[0];
        }
        int n = Math.max(1, words.length - SHINGLE + 1);
        long[] hashes = new long[n];
        for (int i = 0; i < n; i++) {
            long h = 1125899906842597L;
            for (int k = i; k < Math.min(words.length, i + SHINGLE); k++) {
                h = 31 * h + words[k];
                h ^= (h >>> 29);
            }
            hashes[i] = h;
        }
        return sortedDistinct(hashes);
    }

    /** The values ascending without repeats (sorts {@code values} in place). */
    private static long[] sortedDistinct(long[] values) {
        Arrays.sort(values);
        int distinct = 0;
        for (int i = 0; i < values.length; i++) {
            if (i == 0 || values[i] != values[i - 1]) {
                values[distinct++] = values[i];
            }
        }
        return Arrays.copyOf(values, distinct);
    }

    /**
     * {@link String#hashCode()} of each word of a lower-cased text (a run of letters and digits, as
     * in {@link LineFilter#letters(String)}, or one Chinese or Japanese character), computed in
     * place rather than on substrings.
     */
    static int[] wordHashes(String lower) {
        int[] hashes = new int[lower.length() + 1]; // every character may be a word: 中文
        int count = 0;
        int h = 0;
        boolean inWord = false;
        for (int i = 0; i < lower.length(); ) {
            int c = lower.codePointAt(i);
            int next = i + Character.charCount(c);
            if (Scripts.isUnspacedWord(c)) { // a Chinese or Japanese character is a word of its own
                if (inWord) {
                    hashes[count++] = h;
                    h = 0;
                    inWord = false;
                }
                for (int j = i; j < next; j++) {
                    h = 31 * h + lower.charAt(j);
                }
                hashes[count++] = h;
                h = 0;
            } else if (LineFilter.isLetterOrNumber(c)) {
                for (int j = i; j < next; j++) {
                    h = 31 * h + lower.charAt(j);
                }
                inWord = true;
            } else if (inWord) {
                hashes[count++] = h;
                h = 0;
                inWord = false;
            }
            i = next;
        }
        if (inWord) {
            hashes[count++] = h;
        }
        return Arrays.copyOf(hashes, count);
    }
}
