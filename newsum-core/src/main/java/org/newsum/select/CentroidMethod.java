package org.newsum.select;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.newsum.model.Budget;
import org.newsum.model.Cluster;
import org.newsum.model.ScoredSentence;
import org.newsum.model.Selection;
import org.newsum.model.Sentence;
import org.newsum.text.TermIndex;

/**
 * Centroid salience (Radev et al.) for several articles: a sentence is important when its words are
 * the cluster's frequent, specific words that many articles share, when it comes early in its
 * article (news puts the main facts first), and when other articles carry the same content. The
 * score is centroid cosine × 1/√(1 + position) × (1 + 0.5 × supporting articles); sentences are
 * taken best first, skipping repeats. Weights were chosen on Multi-News validation clusters.
 */
final class CentroidMethod implements SelectionMethod {

    /** Boost per other article that carries the sentence: content several sources report matters more. */
    static final double SUPPORT_WEIGHT = 0.5;
    /** Share of a sentence's content another article's sentence must hold to count as support. */
    static final double SUPPORT_COVERAGE = 0.5;
    /**
     * A sentence is redundant when a chosen one holds this share of its weighted content. Low, so that
     * paraphrases of one fact ("relations at a low point" / "a low level of trust") count as repeats.
     */
    static final double MAX_OVERLAP = 0.3;
    private static final BudgetFiller FILLER = new BudgetFiller(MAX_OVERLAP);

    @Override
    public String name() {
        return "centroid";
    }

    @Override
    public String description() {
        return "centroid similarity with a lead-position prior and redundancy removal (default)";
    }

    @Override
    public Selection select(Cluster cluster, TermIndex terms, Budget budget) {
        double[] centroid = centroid(terms);
        double centroidNorm = SentenceFeatures.norm(centroid);
        List<ScoredSentence> ranked = new ArrayList<>();
        for (Sentence s : cluster.sentences()) {
            if (!Candidates.accepts(s)) {
                continue;
            }
            double similarity = similarity(s.index(), terms, centroid, centroidNorm);
            int support = terms.carriers(s.index(), SUPPORT_COVERAGE).size();
            ranked.add(new ScoredSentence(s.index(), score(similarity, s.position(), support)));
        }
        ranked.sort(Comparator.comparingDouble(ScoredSentence::score).reversed()
                .thenComparingInt(ScoredSentence::sentence));
        return FILLER.fill(name(), cluster, terms, budget, ranked);
    }

    /** The centroid score of a sentence from its similarity to the centroid, its position and its support. */
    static double score(double similarity, int position, int support) {
        return similarity / Math.sqrt(1.0 + position) * (1 + SUPPORT_WEIGHT * support);
    }

    /** Term weights of the cluster's centroid: frequency times idf, scaled by the share of articles using it. */
    static double[] centroid(TermIndex terms) {
        double[] c = new double[terms.termCount()];
        double articles = Math.max(1, terms.articleCount());
        for (int t = 0; t < c.length; t++) {
            double spread = terms.articleFrequency(t) / articles;
            c[t] = terms.clusterFrequency(t) / articles * terms.idf(t) * (0.5 + spread);
        }
        return c;
    }

    static double similarity(int sentence, TermIndex terms, double[] centroid, double centroidNorm) {
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
