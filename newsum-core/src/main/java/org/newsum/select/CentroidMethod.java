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
 * taken best first, skipping repeats. Weights were chosen on Multi-News validation clusters; the signals
 * themselves are {@link CentroidSalience}.
 */
final class CentroidMethod implements SelectionMethod {

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
        return "centroid similarity with a lead-position prior and redundancy removal";
    }

    @Override
    public Selection select(Cluster cluster, TermIndex terms, Budget budget) {
        double[] scores = CentroidSalience.scores(cluster, terms);
        List<ScoredSentence> ranked = new ArrayList<>();
        for (Sentence s : cluster.sentences()) {
            if (s.checks().strict()) {
                ranked.add(new ScoredSentence(s.index(), scores[s.index()]));
            }
        }
        ranked.sort(Comparator.comparingDouble(ScoredSentence::score).reversed()
                .thenComparingInt(ScoredSentence::sentence));
        return FILLER.fill(name(), cluster, terms, budget, ranked);
    }
}
