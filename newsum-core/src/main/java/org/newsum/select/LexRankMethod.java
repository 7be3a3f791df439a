package org.newsum.select;

import org.newsum.model.Cluster;
import org.newsum.model.Sentence;
import org.newsum.text.TermIndex;

/**
 * LexRank (Erkan and Radev) as a summarizer: candidate sentences ranked by {@link LexRank} centrality,
 * taken best first, skipping repeats. Continuous by default; {@code lexrank-threshold} uses the
 * unweighted graph of links at cosine 0.1 or more.
 */
final class LexRankMethod extends RankedMethod {

    private final String name;
    private final LexRank.Options options;

    private LexRankMethod(String name, LexRank.Options options) {
        super(CentroidMethod.MAX_OVERLAP);
        this.name = name;
        this.options = options;
    }

    /** Continuous LexRank. */
    static LexRankMethod continuous() {
        return new LexRankMethod("lexrank", LexRank.Options.CONTINUOUS);
    }

    /** LexRank on the thresholded, unweighted graph. */
    static LexRankMethod threshold() {
        return new LexRankMethod("lexrank-threshold", LexRank.Options.THRESHOLD);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String description() {
        return options.threshold() == 0
                ? "LexRank (Erkan & Radev): centrality on the cosine-weighted sentence graph"
                : "LexRank on the graph of links with cosine >= " + options.threshold();
    }

    @Override
    double[] scores(Cluster cluster, TermIndex terms) {
        return LexRank.scores(cluster, terms, options);
    }

    /** The nodes of the graph: candidates with content; every node's rank is positive. */
    @Override
    boolean ranks(Sentence sentence, double rank) {
        return rank > 0;
    }
}
