package org.newsum.select;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntPredicate;

import org.newsum.model.Budget;
import org.newsum.model.Cluster;
import org.newsum.model.ScoredSentence;
import org.newsum.model.Selection;
import org.newsum.model.Sentence;
import org.newsum.text.TermIndex;

/**
 * The step the ranked methods share, as sumy's summarizers share theirs: the method scores each sentence,
 * the sentences it ranks are offered to the budget best first (ties to the earlier sentence), and a
 * {@link BudgetFiller} takes each that fits and repeats none taken. A ranked method is its scores, which
 * sentences it ranks and how much overlap makes a repeat; a new one is a subclass and a line in
 * {@link Methods}.
 */
abstract class RankedMethod implements SelectionMethod {

    /** Higher score first, then the earlier sentence: the order of every ranking in selection. */
    static final Comparator<ScoredSentence> BEST_FIRST = Comparator.comparingDouble(ScoredSentence::score)
            .reversed().thenComparingInt(ScoredSentence::sentence);

    private final BudgetFiller filler;

    /**
     * @param maxOverlap the share of a sentence's weighted content that a sentence already taken may hold
     *                   before the later one is a repeat ({@link BudgetFiller})
     */
    RankedMethod(double maxOverlap) {
        this.filler = new BudgetFiller(maxOverlap);
    }

    /** Every sentence's score, by sentence index: higher is more worth taking. */
    abstract double[] scores(Cluster cluster, TermIndex terms);

    /** Whether the sentence is ranked at all; by default, whether it passes the strict sentence checks. */
    boolean ranks(Sentence sentence, double score) {
        return sentence.checks().strict();
    }

    /** The order in which ranked sentences are offered to the budget: by default {@link #BEST_FIRST}. */
    Comparator<ScoredSentence> order() {
        return BEST_FIRST;
    }

    @Override
    public final Selection select(Cluster cluster, TermIndex terms, Budget budget) {
        double[] scores = scores(cluster, terms);
        List<ScoredSentence> ranked = ranking(scores, s -> ranks(cluster.sentences().get(s), scores[s]), order());
        return filler.fill(name(), cluster, terms, budget, ranked);
    }

    /** The sentences that {@code ranked} admits (by sentence index), each with its score, in {@code order}. */
    static List<ScoredSentence> ranking(double[] scores, IntPredicate ranked, Comparator<ScoredSentence> order) {
        List<ScoredSentence> ranking = new ArrayList<>();
        for (int s = 0; s < scores.length; s++) {
            if (ranked.test(s)) {
                ranking.add(new ScoredSentence(s, scores[s]));
            }
        }
        ranking.sort(order);
        return ranking;
    }
}
