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
 * LexRank (Erkan and Radev) as a summarizer: candidate sentences ranked by {@link LexRank} centrality,
 * taken best first, skipping repeats. Continuous by default; {@code lexrank-threshold} uses the
 * unweighted graph of links at cosine 0.1 or more.
 */
final class LexRankMethod implements SelectionMethod {

    private static final BudgetFiller FILLER = new BudgetFiller(CentroidMethod.MAX_OVERLAP);

    private final String name;
    private final LexRank.Options options;

    private LexRankMethod(String name, LexRank.Options options) {
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
    public Selection select(Cluster cluster, TermIndex terms, Budget budget) {
        double[] rank = LexRank.scores(cluster, terms, options);
        List<ScoredSentence> ranked = new ArrayList<>();
        for (Sentence s : cluster.sentences()) {
            if (rank[s.index()] > 0) {
                ranked.add(new ScoredSentence(s.index(), rank[s.index()]));
            }
        }
        ranked.sort(Comparator.comparingDouble(ScoredSentence::score).reversed()
                .thenComparingInt(ScoredSentence::sentence));
        return FILLER.fill(name(), cluster, terms, budget, ranked);
    }
}
