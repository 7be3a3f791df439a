package org.newsum.select;

import org.newsum.model.Cluster;
import org.newsum.model.Sentence;

/**
 * The lead prior of news: a sentence's weight falls with its place in its article as
 * {@code 1/√(1 + position)}, so the first sentence weighs 1, the fourth 0.5 and the ninety-ninth 0.1.
 * Gentler than {@code 1/(1 + position)}, because later paragraphs of a news story still carry facts.
 */
public final class PositionPrior {

    private PositionPrior() {
    }

    /** The prior of the sentence at 0-based {@code position} in its article. */
    public static double weight(int position) {
        return 1.0 / Math.sqrt(1.0 + position);
    }

    /** The prior of every sentence of a cluster, by {@link Sentence#index()}. */
    public static double[] of(Cluster cluster) {
        double[] prior = new double[cluster.sentences().size()];
        for (Sentence s : cluster.sentences()) {
            prior[s.index()] = weight(s.position());
        }
        return prior;
    }
}
