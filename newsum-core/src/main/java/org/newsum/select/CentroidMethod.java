package org.newsum.select;

import org.newsum.model.Cluster;
import org.newsum.text.TermIndex;

/**
 * Centroid salience (Radev et al.) for several articles: a sentence is important when its words are
 * the cluster's frequent, specific words that many articles share, when it comes early in its
 * article (news puts the main facts first), and when other articles carry the same content. The
 * score is centroid cosine × 1/√(1 + position) × (1 + 0.5 × supporting articles); sentences are
 * taken best first, skipping repeats. Weights were chosen on Multi-News validation clusters; the signals
 * themselves are {@link CentroidSalience}.
 */
final class CentroidMethod extends RankedMethod {

    /**
     * A sentence is redundant when a chosen one holds this share of its weighted content. Low, so that
     * paraphrases of one fact ("the talks stalled" / "no progress in the talks") count as repeats.
     */
    static final double MAX_OVERLAP = 0.3;

    CentroidMethod() {
        super(MAX_OVERLAP);
    }

    @Override
    public String name() {
        return "centroid";
    }

    @Override
    public String description() {
        return "centroid similarity with a lead-position prior and redundancy removal";
    }

    @Override
    double[] scores(Cluster cluster, TermIndex terms) {
        return CentroidSalience.scores(cluster, terms);
    }
}
