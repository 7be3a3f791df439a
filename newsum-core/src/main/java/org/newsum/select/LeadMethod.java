package org.newsum.select;

import org.newsum.model.Cluster;
import org.newsum.model.Sentence;
import org.newsum.text.TermIndex;

/**
 * The lead baseline: the first sentence of each article in turn, then the second of each, and so
 * on, skipping fragments and near-identical repeats. The same over the sentences that pass only the
 * relaxed checks ({@link Sentence#checks()}) is the fallback when a method finds nothing.
 */
final class LeadMethod extends RankedMethod {

    /** Only near-copies count as repeats for the baseline. */
    private static final double MAX_OVERLAP = 0.9;

    private final boolean relaxed;

    LeadMethod() {
        this(false);
    }

    /** The lead of the candidates, or with {@code relaxed} the lead of the sentences that pass the relaxed checks. */
    LeadMethod(boolean relaxed) {
        super(MAX_OVERLAP);
        this.relaxed = relaxed;
    }

    @Override
    public String name() {
        return relaxed ? "lead-relaxed" : "lead";
    }

    @Override
    public String description() {
        return relaxed ? "fallback: first sentences of each article in turn that pass the relaxed sentence checks"
                : "baseline: first sentences of each article in turn (round robin)";
    }

    /**
     * 1 for each article's first ranked sentence, 1/2 for its second and so on: best first, ties to the
     * earlier sentence, that is each article in turn, as sentences come article by article.
     */
    @Override
    double[] scores(Cluster cluster, TermIndex terms) {
        double[] scores = new double[cluster.sentences().size()];
        int[] ranked = new int[cluster.articles().size()];
        for (Sentence s : cluster.sentences()) {
            if (ranks(s, 0)) {
                scores[s.index()] = 1.0 / (++ranked[s.articleIndex()]);
            }
        }
        return scores;
    }

    @Override
    boolean ranks(Sentence sentence, double score) {
        return relaxed ? sentence.checks().relaxed() : sentence.checks().strict();
    }
}
