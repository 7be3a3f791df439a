package org.newsum.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.newsum.model.Cluster;
import org.newsum.model.Scripts;
import org.newsum.model.Sentence;
import org.newsum.model.Token;

/**
 * The content terms of a cluster, counted once: each sentence's distinct stems (stop words left
 * out), their frequencies, in how many sentences and articles each stem occurs, and which sentences
 * hold each stem. Selection, citation and insight all measure sentences with it. Immutable.
 */
public final class TermIndex {

    /** The best sentence of another article that carries a given sentence, and how much of it. */
    public record Match(int article, int sentence, double coverage) {
    }

    private final int sentenceCount;
    private final int articleCount;
    private final int[] articleOf;    // per sentence: its article index
    private final String[] vocabulary;
    private final int[][] terms;      // per sentence: distinct term ids, ascending
    private final int[][] counts;     // per sentence: frequency of each term in terms[s]
    private final int[] sentenceFrequency;
    private final int[] articleFrequency;
    private final int[] clusterFrequency;
    private final double[] idf;
    private final int[][] postings;   // per term: sentence indices, ascending

    private TermIndex(int sentenceCount, int articleCount, int[] articleOf, String[] vocabulary, int[][] terms, int[][] counts,
                      int[] sentenceFrequency, int[] articleFrequency, int[] clusterFrequency, int[][] postings) {
        this.sentenceCount = sentenceCount;
        this.articleCount = articleCount;
        this.articleOf = articleOf;
        this.vocabulary = vocabulary;
        this.terms = terms;
        this.counts = counts;
        this.sentenceFrequency = sentenceFrequency;
        this.articleFrequency = articleFrequency;
        this.clusterFrequency = clusterFrequency;
        this.postings = postings;
        this.idf = new double[vocabulary.length];
        for (int t = 0; t < vocabulary.length; t++) {
            idf[t] = Math.log(1.0 + sentenceCount / (double) sentenceFrequency[t]);
        }
    }

    /** Whether a token counts as content: not a stop word, and holding a letter or digit. */
    public static boolean isContent(Token token) {
        return !token.stop() && (token.stem().length() > 1 || Character.isDigit(token.stem().charAt(0))
                || Scripts.isUnspacedWord(token.stem().codePointAt(0)));
    }

    /** Builds the index of a cluster. */
    public static TermIndex of(Cluster cluster) {
        Map<String, Integer> ids = new HashMap<>();
        List<Sentence> sentences = cluster.sentences();
        int[][] terms = new int[sentences.size()][];
        int[][] counts = new int[sentences.size()][];
        for (Sentence s : sentences) {
            // The sentence's term ids, sorted, then counted run by run: no map per sentence.
            int[] all = new int[s.tokens().size()];
            int n = 0;
            for (Token token : s.tokens()) {
                if (isContent(token)) {
                    Integer id = ids.get(token.stem());
                    if (id == null) {
                        id = ids.size();
                        ids.put(token.stem(), id);
                    }
                    all[n++] = id;
                }
            }
            Arrays.sort(all, 0, n);
            int distinct = 0;
            for (int i = 0; i < n; i++) {
                if (i == 0 || all[i] != all[i - 1]) {
                    distinct++;
                }
            }
            int[] t = new int[distinct];
            int[] c = new int[distinct];
            int k = -1;
            for (int i = 0; i < n; i++) {
                if (i == 0 || all[i] != all[i - 1]) {
                    t[++k] = all[i];
                }
                c[k]++;
            }
            terms[s.index()] = t;
            counts[s.index()] = c;
        }
        int v = ids.size();
        String[] vocabulary = new String[v];
        ids.forEach((stem, id) -> vocabulary[id] = stem);
        int[] sentenceFrequency = new int[v];
        int[] articleFrequency = new int[v];
        int[] clusterFrequency = new int[v];
        int[] lastArticle = new int[v];
        Arrays.fill(lastArticle, -1);
        for (Sentence s : sentences) {
            int[] t = terms[s.index()];
            for (int i = 0; i < t.length; i++) {
                sentenceFrequency[t[i]]++;
                clusterFrequency[t[i]] += counts[s.index()][i];
                if (lastArticle[t[i]] != s.articleIndex()) {
                    lastArticle[t[i]] = s.articleIndex();
                    articleFrequency[t[i]]++;
                }
            }
        }
        int[][] postings = new int[v][];
        for (int t = 0; t < v; t++) {
            postings[t] = new int[sentenceFrequency[t]];
        }
        int[] filled = new int[v];
        for (Sentence s : sentences) { // in sentence order, so every posting list is ascending
            for (int t : terms[s.index()]) {
                postings[t][filled[t]++] = s.index();
            }
        }
        int[] articleOf = sentences.stream().mapToInt(Sentence::articleIndex).toArray();
        return new TermIndex(sentences.size(), cluster.articles().size(), articleOf, vocabulary, terms, counts,
                sentenceFrequency, articleFrequency, clusterFrequency, postings);
    }

    public int sentenceCount() {
        return sentenceCount;
    }

    public int articleCount() {
        return articleCount;
    }

    public int termCount() {
        return vocabulary.length;
    }

    /** The stem of a term id. */
    public String stem(int term) {
        return vocabulary[term];
    }

    /** Distinct content term ids of a sentence, ascending (a copy). */
    public int[] terms(int sentence) {
        return terms[sentence].clone();
    }

    /** Number of distinct content terms in a sentence. */
    public int size(int sentence) {
        return terms[sentence].length;
    }

    /** Term id at position {@code i} of a sentence's ascending distinct terms. */
    public int term(int sentence, int i) {
        return terms[sentence][i];
    }

    /** Frequency of the term at position {@code i} of a sentence's distinct terms. */
    public int count(int sentence, int i) {
        return counts[sentence][i];
    }

    public int sentenceFrequency(int term) {
        return sentenceFrequency[term];
    }

    public int articleFrequency(int term) {
        return articleFrequency[term];
    }

    public int clusterFrequency(int term) {
        return clusterFrequency[term];
    }

    /** Inverse sentence frequency within the cluster: {@code ln(1 + sentences / df)}. */
    public double idf(int term) {
        return idf[term];
    }

    /** Sentences containing a term, ascending (a copy). */
    public int[] postings(int term) {
        return postings[term].clone();
    }

    /** Number of sentences containing a term; with {@link #posting(int, int)} avoids copying. */
    public int postingCount(int term) {
        return postings[term].length;
    }

    public int posting(int term, int i) {
        return postings[term][i];
    }

    /** Share of {@code a}'s idf-weighted content that {@code b} also holds (1 when b carries all of a). */
    public double coverage(int a, int b) {
        int[] ta = terms[a];
        int[] tb = terms[b];
        double total = 0;
        double shared = 0;
        int j = 0;
        for (int t : ta) {
            total += idf[t];
            while (j < tb.length && tb[j] < t) {
                j++;
            }
            if (j < tb.length && tb[j] == t) {
                shared += idf[t];
            }
        }
        return total == 0 ? 0 : shared / total;
    }

    /**
     * For each other article, its sentence that best carries {@code sentence}: the one holding the
     * largest share of its idf-weighted content, if that share is at least {@code minCoverage}.
     * Exact, and cheap through prefix filtering: a sentence with that coverage must share one of the
     * rarest terms that together weigh more than {@code 1 - minCoverage}, so only their postings are read.
     * A candidate's weight on those terms plus the weight of all the others bounds its coverage, so
     * only candidates that can reach {@code minCoverage} are compared term by term (count filtering);
     * in a cluster of thousands of articles most candidates share just one common word.
     */
    public List<Match> carriers(int sentence, double minCoverage) {
        int[] t = terms[sentence];
        if (t.length == 0) {
            return List.of();
        }
        double total = 0;
        long[] byRarity = new long[t.length]; // posting length, then position: a stable sort by rarity
        for (int i = 0; i < t.length; i++) {
            byRarity[i] = (long) postings[t[i]].length << 32 | i;
            total += idf[t[i]];
        }
        Arrays.sort(byRarity);
        Scratch scratch = SCRATCH.get().ensure(sentenceCount, articleCount, vocabulary.length);
        double[] weight = scratch.weight;
        for (int term : t) {
            weight[term] = idf[term];
        }
        double[] shared = scratch.shared;
        int[] candidates = scratch.candidates;
        int count = 0;
        double prefix = 0;
        int next = 0;
        while (next < byRarity.length) {
            int term = t[(int) byRarity[next++]];
            for (int other : postings[term]) {
                if (articleOf[other] == articleOf[sentence]) {
                    continue;
                }
                if (shared[other] == 0) { // idf is positive, so zero means not seen yet
                    candidates[count++] = other;
                }
                shared[other] += idf[term];
            }
            prefix += idf[term];
            if (prefix > (1 - minCoverage) * total + 1e-9) {
                break;
            }
        }
        double rest = 0;
        for (int i = next; i < byRarity.length; i++) {
            rest += idf[t[(int) byRarity[i]]];
        }
        double[] best = scratch.best;
        int[] bestSentence = scratch.bestSentence;
        int[] articles = scratch.articles;
        int found = 0;
        for (int i = 0; i < count; i++) { // in the order first seen, so ties go to the same sentence as ever
            int other = candidates[i];
            boolean reachable = shared[other] + rest >= minCoverage * total - 1e-9;
            shared[other] = 0;
            if (!reachable) {
                continue;
            }
            int article = articleOf[other];
            // The same sum as coverage(sentence, other), term by term in the same order, one lookup each.
            double sum = 0;
            for (int term : terms[other]) {
                sum += weight[term];
            }
            double c = sum / total;
            if (c >= minCoverage && c > best[article]) {
                if (bestSentence[article] < 0) {
                    articles[found++] = article;
                }
                best[article] = c;
                bestSentence[article] = other;
            }
        }
        Arrays.sort(articles, 0, found);
        List<Match> matches = new ArrayList<>(found);
        for (int i = 0; i < found; i++) {
            int a = articles[i];
            matches.add(new Match(a, bestSentence[a], best[a]));
            best[a] = 0;
            bestSentence[a] = -1;
        }
        for (int term : t) {
            weight[term] = 0;
        }
        return matches;
    }

    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

    /**
     * Work arrays of {@link #carriers}, kept per thread and left clean after each call: allocating them
     * per call would cost time in proportion to the cluster for every sentence, quadratic in all.
     */
    private static final class Scratch {
        double[] shared = new double[0];   // per sentence: weight shared with the sentence searched for
        int[] candidates = new int[0];     // sentences with shared > 0, in the order first seen
        double[] best = new double[0];     // per article: best coverage found
        int[] bestSentence = new int[0];   // per article: its sentence, or -1
        int[] articles = new int[0];       // articles with a best sentence
        double[] weight = new double[0];   // per term: its idf if the sentence searched for holds it, else 0

        Scratch ensure(int sentences, int articleCount, int termCount) {
            if (weight.length < termCount) {
                weight = new double[termCount];
            }
            if (shared.length < sentences) {
                shared = new double[sentences];
                candidates = new int[sentences];
            }
            if (best.length < articleCount) {
                best = new double[articleCount];
                bestSentence = new int[articleCount];
                Arrays.fill(bestSentence, -1);
                articles = new int[articleCount];
            }
            return this;
        }
    }

    /** Cosine of the tf-idf vectors of two sentences. */
    public double cosine(int a, int b) {
        int[] ta = terms[a];
        int[] tb = terms[b];
        int[] ca = counts[a];
        int[] cb = counts[b];
        double dot = 0;
        int i = 0;
        int j = 0;
        while (i < ta.length && j < tb.length) {
            if (ta[i] == tb[j]) {
                dot += ca[i] * idf[ta[i]] * cb[j] * idf[tb[j]];
                i++;
                j++;
            } else if (ta[i] < tb[j]) {
                i++;
            } else {
                j++;
            }
        }
        double norm = norm(a) * norm(b);
        return norm == 0 ? 0 : dot / norm;
    }

    private double norm(int s) {
        double sum = 0;
        for (int i = 0; i < terms[s].length; i++) {
            double w = counts[s][i] * idf[terms[s][i]];
            sum += w * w;
        }
        return Math.sqrt(sum);
    }
}
