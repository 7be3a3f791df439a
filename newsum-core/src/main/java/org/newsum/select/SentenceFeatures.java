package org.newsum.select;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.newsum.model.Cancellation;
import org.newsum.model.Cluster;
import org.newsum.model.Sentence;
import org.newsum.model.Token;
import org.newsum.text.TermIndex;

/**
 * The features a learned sentence scorer reads: position, length, centrality, how widely the
 * sentence's content is shared across articles, and quote and attribution cues. Every feature is
 * case-insensitive (it reads lower-cased tokens and stems only), so a model trained on the
 * lower-cased Multi-News training split applies to cased input unchanged.
 */
public final class SentenceFeatures {

    /** Feature names, in the order of each row. A model stores them and is checked against them. */
    public static final List<String> NAMES = List.of(
            "first", "position-1-2", "position-3-5", "position-6-10", "inverse-sqrt-position", "relative-position",
            "log-words", "short", "long", "centroid", "support-share", "log-support", "log-articles",
            "term-spread", "lead-coverage", "quote", "attribution", "number", "content-ratio", "log-article-sentences",
            "centroid-score");

    /** How many sentences of each other article count as its lead. */
    static final int LEAD = 3;
    private static final Set<String> ATTRIBUTION = Set.of("said", "says", "told", "according", "announced",
            "stated", "reported", "added", "confirmed");

    private SentenceFeatures() {
    }

    /**
     * One row of features per sentence of the cluster, indexed like {@link Cluster#sentences()}; the
     * row is {@code null} for a sentence that may not stand in a summary ({@link Sentence#checks()}).
     */
    public static double[][] of(Cluster cluster, TermIndex terms) {
        List<Sentence> sentences = cluster.sentences();
        Context context = new Context(cluster, terms);
        double[][] rows = new double[sentences.size()][];
        for (Sentence s : sentences) {
            Cancellation.check();
            if (s.checks().strict()) {
                rows[s.index()] = row(s, terms, context);
            }
        }
        return rows;
    }

    /** What every row reads of the whole cluster, computed once. */
    private static final class Context {
        final int articles;
        /** Per sentence: cosine with the cluster centroid. */
        final double[] similarity;
        final int[] articleLength;
        /** Per article: the distinct terms of its lead sentences, ascending. */
        final int[][] leadTerms;
        /** Per term: how many articles use it in their lead. */
        final int[] leadFrequency;

        Context(Cluster cluster, TermIndex terms) {
            articles = cluster.articles().size();
            similarity = CentroidSalience.similarity(terms);
            articleLength = new int[articles];
            List<java.util.TreeSet<Integer>> leads = new ArrayList<>();
            for (int a = 0; a < articles; a++) {
                leads.add(new java.util.TreeSet<>());
            }
            for (Sentence s : cluster.sentences()) {
                articleLength[s.articleIndex()]++;
                if (s.position() < LEAD) {
                    for (int i = 0; i < terms.size(s.index()); i++) {
                        leads.get(s.articleIndex()).add(terms.term(s.index(), i));
                    }
                }
            }
            leadTerms = new int[articles][];
            leadFrequency = new int[terms.termCount()];
            for (int a = 0; a < articles; a++) {
                leadTerms[a] = leads.get(a).stream().mapToInt(Integer::intValue).toArray();
                for (int t : leadTerms[a]) {
                    leadFrequency[t]++;
                }
            }
        }
    }

    private static double[] row(Sentence s, TermIndex terms, Context c) {
        int articles = c.articles;
        int p = s.position();
        int words = s.wordCount();
        int length = c.articleLength[s.articleIndex()];
        int support = CentroidSalience.support(terms, s.index());
        double[] f = new double[NAMES.size()];
        int i = 0;
        f[i++] = p == 0 ? 1 : 0;
        f[i++] = p >= 1 && p <= 2 ? 1 : 0;
        f[i++] = p >= 3 && p <= 5 ? 1 : 0;
        f[i++] = p >= 6 && p <= 10 ? 1 : 0;
        f[i++] = 1 / Math.sqrt(1 + p);
        f[i++] = length > 1 ? p / (double) (length - 1) : 0;
        f[i++] = Math.log(1 + words);
        f[i++] = words < 12 ? 1 : 0;
        f[i++] = words > 40 ? 1 : 0;
        f[i++] = c.similarity[s.index()];
        f[i++] = articles > 1 ? support / (double) (articles - 1) : 0;
        f[i++] = Math.log(1 + support);
        f[i++] = Math.log(articles);
        f[i++] = termSpread(s.index(), terms);
        f[i++] = leadCoverage(s.index(), s.articleIndex(), terms, c.leadTerms, c.leadFrequency);
        f[i++] = hasQuote(s.text()) ? 1 : 0;
        boolean attribution = false;
        boolean number = false;
        for (Token t : s.tokens()) {
            attribution |= !attribution && ATTRIBUTION.contains(t.lower());
            number |= Character.isDigit(t.lower().charAt(0));
        }
        f[i++] = attribution ? 1 : 0;
        f[i++] = number ? 1 : 0;
        f[i++] = contentRatio(s);
        f[i++] = Math.log(length);
        f[i++] = c.similarity[s.index()] * PositionPrior.weight(p) * (1 + CentroidSalience.SUPPORT_WEIGHT * support);
        return f;
    }

    /** Mean share of articles that use each of the sentence's content terms. */
    private static double termSpread(int sentence, TermIndex terms) {
        int n = terms.size(sentence);
        if (n == 0) {
            return 0;
        }
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += terms.articleFrequency(terms.term(sentence, i));
        }
        return sum / n / Math.max(1, terms.articleCount());
    }

    /**
     * How much of the sentence the other articles' leads hold: the idf-weighted mean, over its content
     * terms, of the share of other articles whose first sentences use the term. Linear in the
     * sentence's length, whatever the number of articles.
     */
    private static double leadCoverage(int sentence, int article, TermIndex terms, int[][] leadArticles,
                                       int[] leadFrequency) {
        int others = terms.articleCount() - 1;
        if (others <= 0) {
            return 0;
        }
        double total = 0;
        double held = 0;
        int[] own = leadArticles[article];
        for (int i = 0; i < terms.size(sentence); i++) {
            int t = terms.term(sentence, i);
            int frequency = leadFrequency[t] - (java.util.Arrays.binarySearch(own, t) >= 0 ? 1 : 0);
            total += terms.idf(t);
            held += terms.idf(t) * frequency / others;
        }
        return total == 0 ? 0 : held / total;
    }

    private static boolean hasQuote(String text) {
        return text.indexOf('"') >= 0 || text.indexOf('“') >= 0 || text.indexOf('”') >= 0;
    }

    private static double contentRatio(Sentence s) {
        if (s.tokens().isEmpty()) {
            return 0;
        }
        int content = 0;
        for (Token t : s.tokens()) {
            if (TermIndex.isContent(t)) {
                content++;
            }
        }
        return content / (double) s.tokens().size();
    }
}
