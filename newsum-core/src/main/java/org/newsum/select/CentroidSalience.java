package org.newsum.select;

import org.newsum.model.Cluster;
import org.newsum.model.Sentence;
import org.newsum.text.TermIndex;

/**
 * Centroid salience (Radev et al.) for several articles, as reusable per-sentence signals: cosine to the
 * cluster's centroid (frequent, specific words that many articles share), multi-article support (how many
 * other articles carry the sentence), and their product with the {@link PositionPrior}, which is what the
 * {@code centroid} method ranks by.
 */
public final class CentroidSalience {

    /** Boost per other article that carries the sentence: content several sources report matters more. */
    public static final double SUPPORT_WEIGHT = 0.5;
    /** Share of a sentence's content another article's sentence must hold to count as support. */
    public static final double SUPPORT_COVERAGE = 0.5;

    private CentroidSalience() {
    }

    /** Term weights of the cluster's centroid: frequency times idf, scaled by the share of articles using it. */
    public static double[] centroid(TermIndex terms) {
        double[] c = new double[terms.termCount()];
        double articles = Math.max(1, terms.articleCount());
        for (int t = 0; t < c.length; t++) {
            double spread = terms.articleFrequency(t) / articles;
            c[t] = terms.clusterFrequency(t) / articles * terms.idf(t) * (0.5 + spread);
        }
        return c;
    }

    /** Cosine of every sentence's tf-idf vector with the centroid, by sentence index. */
    public static double[] similarity(TermIndex terms) {
        double[] centroid = centroid(terms);
        double centroidNorm = Math.sqrt(java.util.Arrays.stream(centroid).map(w -> w * w).sum());
        double[] similarity = new double[terms.sentenceCount()];
        for (int s = 0; s < similarity.length; s++) {
            similarity[s] = similarity(s, terms, centroid, centroidNorm);
        }
        return similarity;
    }

    /** Number of other articles holding at least {@link #SUPPORT_COVERAGE} of the sentence's weighted content. */
    public static int support(TermIndex terms, int sentence) {
        return terms.carriers(sentence, SUPPORT_COVERAGE).size();
    }

    /**
     * The centroid method's salience of each candidate sentence ({@link Sentence#checks()}), by sentence
     * index: cosine to centroid × position prior × (1 + {@link #SUPPORT_WEIGHT} × support); 0 for the rest.
     */
    public static double[] scores(Cluster cluster, TermIndex terms) {
        double[] similarity = similarity(terms);
        double[] scores = new double[similarity.length];
        for (Sentence s : cluster.sentences()) {
            if (s.checks().strict()) {
                scores[s.index()] = similarity[s.index()] * PositionPrior.weight(s.position())
                        * (1 + SUPPORT_WEIGHT * support(terms, s.index()));
            }
        }
        return scores;
    }

    private static double similarity(int sentence, TermIndex terms, double[] centroid, double centroidNorm) {
        double dot = 0;
        double norm = 0;
        for (int i = 0; i < terms.size(sentence); i++) {
            int t = terms.term(sentence, i);
            double w = terms.count(sentence, i) * terms.idf(t);
            dot += w * centroid[t];
            norm += w * w;
        }
        return norm == 0 || centroidNorm == 0 ? 0 : dot / (Math.sqrt(norm) * centroidNorm);
    }
}
