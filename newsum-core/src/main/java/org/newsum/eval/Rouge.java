package org.newsum.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * ROUGE as the ROUGE-1.5.5 Perl script computes it, number for number: ROUGE-N (pooled over
 * references, counts clipped per reference), summary-level union-LCS ROUGE-L with unigram clipping,
 * and ROUGE-SU with its quirk of leaving out the last token's unigram. Thread-safe.
 */
public final class Rouge {

    private final RougeOptions options;
    private final ThreadLocal<Map<String, String>> stemCache = ThreadLocal.withInitial(HashMap::new);

    public Rouge(RougeOptions options) {
        this.options = options;
    }

    public RougeOptions options() {
        return options;
    }

    /** Scores one system summary (a list of sentences) against its references (each a list of sentences). */
    public RougeScores score(List<String> system, List<List<String>> references) {
        Map<String, String> cache = stemCache.get();
        if (cache.size() > 500_000) {
            cache.clear();
        }
        Vocabulary vocabulary = new Vocabulary();
        Summary sys = vocabulary.summary(RougeTokens.of(system, options, cache));
        List<Summary> refs = new ArrayList<>();
        for (List<String> reference : references) {
            refs.add(vocabulary.summary(RougeTokens.of(reference, options, cache)));
        }
        Map<String, Score> scores = new LinkedHashMap<>();
        for (int n = 1; n <= options.maxN(); n++) {
            scores.put("ROUGE-" + n, ngram(sys.text(), refs, n));
        }
        scores.put("ROUGE-L", lcs(sys, refs));
        String su = options.skipDistance() < 0 ? "ROUGE-S*" : "ROUGE-" + (options.skipUnigrams() ? "SU" : "S")
                + options.skipDistance();
        scores.put(su, skipBigram(sys.text(), refs));
        return new RougeScores(scores);
    }

    /**
     * A summary's token ids: all of its text as the script's {@code readText} cuts it, and its sentences as
     * {@code readText_LCS} cuts them (see {@link RougeTokens.SummaryTokens}).
     */
    private record Summary(int[] text, int[][] lcsSentences) {
    }

    private Score ngram(int[] sys, List<Summary> refs, int n) {
        Map<Long, Integer> sysCounts = ngrams(sys, n);
        int sysTotal = Math.max(0, sys.length - n + 1);
        double hits = 0;
        double refTotal = 0;
        double sysPooled = 0;
        for (Summary ref : refs) {
            Map<Long, Integer> refCounts = ngrams(ref.text(), n);
            hits += clippedHits(sysCounts, refCounts);
            refTotal += Math.max(0, ref.text().length - n + 1);
            sysPooled += sysTotal;
        }
        return Score.of(hits, refTotal, sysPooled, options.alpha());
    }

    private Score skipBigram(int[] sys, List<Summary> refs) {
        Counted sysCounts = skipBigrams(sys);
        double hits = 0;
        double refTotal = 0;
        double sysPooled = 0;
        for (Summary ref : refs) {
            Counted refCounts = skipBigrams(ref.text());
            hits += clippedHits(sysCounts.counts(), refCounts.counts());
            refTotal += refCounts.total();
            sysPooled += sysCounts.total();
        }
        return Score.of(hits, refTotal, sysPooled, options.alpha());
    }

    /**
     * Summary-level ROUGE-L: for each reference sentence, the union of its LCS with every system sentence, each hit
     * clipped by the unigram counts of the texts; recall is over the reference sentences' tokens and precision over
     * the system text's, as the script counts them (under {@code -b} they are not the same tokens).
     */
    private Score lcs(Summary sys, List<Summary> refs) {
        double hits = 0;
        double refTotal = 0;
        double sysPooled = 0;
        for (Summary ref : refs) {
            Map<Integer, Integer> sysUnigrams = unigrams(sys.text());
            Map<Integer, Integer> refUnigrams = unigrams(ref.text());
            int hit = 0;
            for (int[] refSentence : ref.lcsSentences()) {
                refTotal += refSentence.length;
                boolean[] inUnion = new boolean[refSentence.length];
                for (int[] sysSentence : sys.lcsSentences()) {
                    markLcs(refSentence, sysSentence, inUnion);
                }
                for (int i = 0; i < refSentence.length; i++) {
                    if (inUnion[i]) {
                        int token = refSentence[i];
                        int s = sysUnigrams.getOrDefault(token, 0);
                        int r = refUnigrams.getOrDefault(token, 0);
                        if (s > 0 && r > 0) {
                            hit++;
                            sysUnigrams.put(token, s - 1);
                            refUnigrams.put(token, r - 1);
                        }
                    }
                }
            }
            hits += hit;
            sysPooled += sys.text().length;
        }
        return Score.of(hits, refTotal, sysPooled, options.alpha());
    }

    /**
     * The most word pairs one reference sentence and one system sentence may form for ROUGE-L: its table holds a
     * byte per pair, so this bounds it to 64 MB (0.1 s). Real summaries are far below it (a 250-word summary
     * against a 300-word reference sentence is 75,000); two 200,000-word "sentences" would need 40 billion.
     */
    public static final long MAX_LCS_PAIRS = 64L * 1024 * 1024;

    /** A sentence pair too long for ROUGE-L's table: the summary cannot be scored as given. */
    public static final class TooLongException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        TooLongException(int refWords, int sysWords) {
            super(String.format(java.util.Locale.ROOT, "a reference sentence of %,d words and a system sentence of %,d "
                    + "words are too long for ROUGE-L (at most %,d word pairs); split them into sentences, one per "
                    + "line, or cut them with -l or -b", refWords, sysWords, MAX_LCS_PAIRS));
        }
    }

    /**
     * Marks the reference positions on one LCS, traced back the way ROUGE-1.5.5 traces it. Only the trace's
     * directions are kept for every pair, the lengths for two rows, so memory is a byte per word pair.
     */
    static void markLcs(int[] ref, int[] sys, boolean[] marks) {
        int m = ref.length;
        int n = sys.length;
        if (m == 0 || n == 0) {
            return;
        }
        if ((long) m * n > MAX_LCS_PAIRS) {
            throw new TooLongException(m, n);
        }
        int[] above = new int[n + 1];
        int[] row = new int[n + 1];
        byte[][] b = new byte[m + 1][n + 1]; // 1 diagonal, 2 up, 3 left
        for (int i = 1; i <= m; i++) {
            row[0] = 0;
            for (int j = 1; j <= n; j++) {
                if (ref[i - 1] == sys[j - 1]) {
                    row[j] = above[j - 1] + 1;
                    b[i][j] = 1;
                } else if (above[j] >= row[j - 1]) {
                    row[j] = above[j];
                    b[i][j] = 2;
                } else {
                    row[j] = row[j - 1];
                    b[i][j] = 3;
                }
            }
            int[] swap = above;
            above = row;
            row = swap;
        }
        int i = m;
        int j = n;
        while (i > 0 && j > 0) {
            if (b[i][j] == 1) {
                marks[i - 1] = true;
                i--;
                j--;
            } else if (b[i][j] == 2) {
                i--;
            } else {
                j--;
            }
        }
    }

    private record Counted(Map<Long, Integer> counts, int total) {
    }

    /** Skip-bigrams with at most {@code skipDistance} words between, plus unigrams but the last (as 1.5.5 does). */
    private Counted skipBigrams(int[] tokens) {
        Map<Long, Integer> counts = new HashMap<>();
        int total = 0;
        int d = options.skipDistance();
        for (int i = 0; i < tokens.length - 1; i++) {
            if (options.skipUnigrams()) {
                counts.merge((long) tokens[i], 1, Integer::sum);
                total++;
            }
            for (int j = i + 1; j < tokens.length && (d < 0 || j - i - 1 <= d); j++) {
                counts.merge(pack(tokens[i] + 1L, tokens[j]), 1, Integer::sum);
                total++;
            }
        }
        return new Counted(counts, total);
    }

    private static long pack(long first, int second) {
        return (first << 20) | second;
    }

    private static Map<Long, Integer> ngrams(int[] tokens, int n) {
        Map<Long, Integer> counts = new HashMap<>();
        for (int i = 0; i + n <= tokens.length; i++) {
            long key = 0;
            for (int k = 0; k < n; k++) {
                key = (key << 16) | (tokens[i + k] & 0xFFFF);
            }
            counts.merge(key, 1, Integer::sum);
        }
        return counts;
    }

    private static Map<Integer, Integer> unigrams(int[] tokens) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (int t : tokens) {
            counts.merge(t, 1, Integer::sum);
        }
        return counts;
    }

    private static <K> double clippedHits(Map<K, Integer> sys, Map<K, Integer> ref) {
        double hits = 0;
        for (Map.Entry<K, Integer> e : sys.entrySet()) {
            Integer r = ref.get(e.getKey());
            if (r != null) {
                hits += Math.min(e.getValue(), r);
            }
        }
        return hits;
    }

    private static int[] concat(int[][] sentences) {
        int length = 0;
        for (int[] s : sentences) {
            length += s.length;
        }
        int[] all = new int[length];
        int at = 0;
        for (int[] s : sentences) {
            System.arraycopy(s, 0, all, at, s.length);
            at += s.length;
        }
        return all;
    }

    /** Token ids for one scoring call; n-gram keys pack up to four 16-bit ids into a long. */
    private static final class Vocabulary {
        private final Map<String, Integer> ids = new HashMap<>();

        Summary summary(RougeTokens.SummaryTokens tokens) {
            int[][] text = ids(tokens.text());
            int[][] lcs = tokens.lcsSentences() == tokens.text() ? text : ids(tokens.lcsSentences());
            return new Summary(concat(text), lcs);
        }

        private int[][] ids(List<List<String>> sentences) {
            int[][] out = new int[sentences.size()][];
            for (int s = 0; s < sentences.size(); s++) {
                List<String> tokens = sentences.get(s);
                out[s] = new int[tokens.size()];
                for (int i = 0; i < tokens.size(); i++) {
                    int id = ids.computeIfAbsent(tokens.get(i), k -> ids.size() + 1);
                    if (id >= 0xFFFF) {
                        throw new IllegalArgumentException("more than 65,534 distinct tokens in one scoring call");
                    }
                    out[s][i] = id;
                }
            }
            return out;
        }
    }
}
