package org.newsum.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.newsum.model.Cancellation;
import org.newsum.model.Article;
import org.newsum.model.ArticleTerms;
import org.newsum.model.Budget;
import org.newsum.model.CleanCluster;
import org.newsum.model.Cluster;
import org.newsum.model.Sentence;
import org.newsum.model.Token;

/**
 * The text stage: segments each clean body into paragraphs (one per line) and sentences with
 * offsets, analyses every token once (lower case, Porter stem, stop word), and runs the sentence checks
 * ({@link SentenceChecker}) on every sentence once. Whether an article's text carries case
 * ({@link LetterCase}) is judged once per article, for the splitter and the checks. Not thread-safe: use one per
 * thread.
 */
public final class ClusterAnalyzer {

    private final SentenceSplitter splitter = new SentenceSplitter();
    private final Tokenizer tokenizer = new Tokenizer();
    private final Stemmer stemmer = new Stemmer();
    /** Analyses by surface form: news text repeats its words, so most tokens are a lookup. */
    private final Map<String, Word> words = new HashMap<>();
    /**
     * The analyses the current cluster has used: a few thousand words, where {@link #words} grows to
     * {@value #MAX_WORDS} over a batch and a lookup in a table that size misses the processor's caches (the
     * costliest line of a batch, by profile). Looked up by a token's characters in its sentence, so a word the
     * cluster has seen costs no new string. Emptied at each cluster.
     */
    private final RecentWords recent = new RecentWords();

    /** What the analysis makes of one surface form ({@code surface} is shared by all its tokens). */
    private record Word(String surface, String lower, String stem, boolean stop) {
    }

    private static final int MAX_WORDS = 200_000;

    /** Segments and tokenizes every article of the cluster. */
    public Cluster analyze(CleanCluster clean) {
        recent.clear();
        List<Sentence> sentences = new ArrayList<>();
        List<Article> articles = clean.articles();
        for (int a = 0; a < articles.size(); a++) {
            Cancellation.check();
            String body = articles.get(a).text();
            boolean cased = LetterCase.carried(body);
            int paragraph = 0;
            int position = 0;
            int lineStart = 0;
            while (lineStart <= body.length()) {
                int lineEnd = body.indexOf('\n', lineStart);
                if (lineEnd < 0) {
                    lineEnd = body.length();
                }
                String line = body.substring(lineStart, lineEnd);
                if (!line.isBlank()) {
                    for (int[] span : splitter.split(line, cased)) {
                        int start = lineStart + span[0];
                        int end = lineStart + span[1];
                        String text = body.substring(start, end);
                        List<Token> tokens = tokens(text, start);
                        int words = Budget.countWords(text);
                        sentences.add(new Sentence(sentences.size(), a, paragraph, position, start, end, text,
                                words, tokens, SentenceChecker.check(text, words, position, tokens, cased)));
                        position++;
                    }
                    paragraph++;
                }
                lineStart = lineEnd + 1;
            }
        }
        return new Cluster(clean.id(), articles, sentences, clean.removals(), clean.notices());
    }

    /** Tokens of one sentence, offsets shifted to the article body. */
    public List<Token> tokens(String text, int offset) {
        List<Token> tokens = new ArrayList<>();
        tokenizer.tokenize(text, (start, end) -> {
            Word word = recent.get(text, start, end);
            if (word == null) {
                String surface = text.substring(start, end);
                word = words.get(surface);
                if (word == null) {
                    word = analyze(surface);
                    if (words.size() >= MAX_WORDS) {
                        words.clear();
                    }
                    words.put(surface, word);
                }
                recent.put(text, start, end, word);
            }
            tokens.add(new Token(word.surface(), offset + start, word.lower(), word.stem(), word.stop()));
        });
        return tokens;
    }

    /** One in this many word 5-grams is sampled for near-duplicate detection (by hash value, so texts agree). */
    static final int SHINGLE_SAMPLE = 4;
    private static final int SHINGLE = 5;

    /**
     * The light path for story clustering: the article's title and body tokenized once, as sentences are, without
     * splitting sentences or judging them. Gives the content stems with their counts (the title's count twice, as
     * a headline states what the article is about), the names (runs of capitalized words inside sentences, or
     * of two and more anywhere, where the body carries case), and a sample of the body's word 5-gram hashes.
     */
    public ArticleTerms terms(Article article) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        if (article.title() != null) {
            for (Token t : tokens(article.title(), 0)) {
                if (TermIndex.isContent(t)) {
                    counts.merge(t.stem(), 2, Integer::sum);
                }
            }
        }
        String body = article.text();
        boolean cased = LetterCase.carried(body);
        List<Token> tokens = tokens(body, 0);
        Set<String> names = new LinkedHashSet<>();
        List<String> run = new ArrayList<>();
        boolean runOpensSentence = false;
        int previousEnd = 0;
        long[] window = new long[SHINGLE];
        List<Long> shingles = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (TermIndex.isContent(t)) {
                counts.merge(t.stem(), 1, Integer::sum);
            }
            window[i % SHINGLE] = t.lower().hashCode();
            if (i >= SHINGLE - 1) {
                long h = 0x9E3779B97F4A7C15L;
                for (int k = i - SHINGLE + 1; k <= i; k++) {
                    h = (h ^ window[k % SHINGLE]) * 0xBF58476D1CE4E5B9L;
                    h ^= h >>> 31;
                }
                if (Long.remainderUnsigned(h, SHINGLE_SAMPLE) == 0) {
                    shingles.add(h);
                }
            }
            if (cased) {
                boolean opens = opensSentence(body, t.start());
                boolean adjacent = !run.isEmpty() && onlySpaceBetween(body, previousEnd, t.start());
                if (!adjacent) {
                    addName(names, run, runOpensSentence);
                    run.clear();
                }
                if (Character.isUpperCase(t.text().codePointAt(0)) && !(t.stop() && run.isEmpty())) {
                    if (run.isEmpty()) {
                        runOpensSentence = opens;
                    }
                    run.add(t.lower());
                } else {
                    addName(names, run, runOpensSentence);
                    run.clear();
                }
                previousEnd = t.start() + t.text().length();
            }
        }
        addName(names, run, runOpensSentence);
        long[] sample = shingles.stream().mapToLong(Long::longValue).distinct().sorted().toArray();
        return new ArticleTerms(counts, new ArrayList<>(names), sample, tokens.size());
    }

    private static void addName(Set<String> names, List<String> run, boolean opensSentence) {
        // A lone capitalized word that opens a sentence is just a sentence's first word.
        if (run.size() >= 2 || (run.size() == 1 && !opensSentence && !StopWords.contains(run.get(0)))) {
            names.add(String.join(" ", run));
        }
    }

    /** Whether a token at {@code start} opens a sentence: after the text's start, a line break or {@code . ! ? :}. */
    private static boolean opensSentence(String text, int start) {
        for (int i = start - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == '\n' || c == '.' || c == '!' || c == '?' || c == ':') {
                return true;
            }
            if (!Character.isWhitespace(c) && "\"'“‘(—–-".indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean onlySpaceBetween(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) != ' ') {
                return false;
            }
        }
        return true;
    }

    private Word analyze(String surface) {
        String lower = surface.toLowerCase(Locale.ROOT).replace('’', '\'');
        String key = lower.endsWith("'s") ? lower.substring(0, lower.length() - 2) : lower;
        boolean stop = StopWords.contains(lower) || StopWords.contains(key);
        return new Word(surface, lower, stemmer.stem(key), stop);
    }

    /**
     * An open-addressing table from a range of characters to its analysis, with the hash of
     * {@link String#hashCode}; emptied in constant time by moving to a new generation.
     */
    private static final class RecentWords {
        private static final int MAX = 1 << 20;
        private Word[] values = new Word[1 << 12];
        private int[] hashes = new int[values.length];
        private int[] generations = new int[values.length];
        private int generation = 1;
        private int size;

        void clear() {
            generation++;
            size = 0;
            if (generation == Integer.MAX_VALUE) {
                Arrays.fill(generations, 0);
                generation = 1;
            }
        }

        Word get(String text, int start, int end) {
            int hash = hash(text, start, end);
            int mask = values.length - 1;
            int length = end - start;
            for (int slot = mix(hash) & mask; generations[slot] == generation; slot = (slot + 1) & mask) {
                if (hashes[slot] == hash) {
                    String surface = values[slot].surface();
                    if (surface.length() == length && text.regionMatches(start, surface, 0, length)) {
                        return values[slot];
                    }
                }
            }
            return null;
        }

        void put(String text, int start, int end, Word word) {
            if (2 * (size + 1) > values.length) {
                if (values.length >= MAX) {
                    clear();
                } else {
                    grow();
                }
            }
            insert(hash(text, start, end), word);
        }

        private void insert(int hash, Word word) {
            int mask = values.length - 1;
            int slot = mix(hash) & mask;
            while (generations[slot] == generation) {
                slot = (slot + 1) & mask;
            }
            generations[slot] = generation;
            hashes[slot] = hash;
            values[slot] = word;
            size++;
        }

        private void grow() {
            Word[] oldValues = values;
            int[] oldHashes = hashes;
            int[] oldGenerations = generations;
            int live = generation;
            values = new Word[oldValues.length * 2];
            hashes = new int[values.length];
            generations = new int[values.length];
            generation = 1;
            size = 0;
            for (int i = 0; i < oldValues.length; i++) {
                if (oldGenerations[i] == live) {
                    insert(oldHashes[i], oldValues[i]);
                }
            }
        }

        private static int hash(String text, int start, int end) {
            int h = 0;
            for (int i = start; i < end; i++) {
                h = 31 * h + text.charAt(i);
            }
            return h;
        }

        private static int mix(int hash) {
            return hash ^ (hash >>> 16);
        }
    }
}
