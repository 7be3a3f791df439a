package org.newsum.select;

import java.util.ArrayList;
import java.util.List;

import org.newsum.model.Budget;
import org.newsum.model.Cluster;
import org.newsum.model.ScoredSentence;
import org.newsum.model.Selection;
import org.newsum.model.Sentence;
import org.newsum.text.TermIndex;

/**
 * The published Multi-News baseline {@code first3}: the first three sentences of each article, article
 * after article, as they come (no sentence checks, no redundancy removal), until the budget is full.
 */
final class FirstSentencesMethod implements SelectionMethod {

    private static final int PER_ARTICLE = 3;
    /** Never redundant: the baseline keeps repeats. */
    private static final BudgetFiller FILLER = new BudgetFiller(Double.MAX_VALUE);

    @Override
    public String name() {
        return "first3";
    }

    @Override
    public String description() {
        return "baseline: the first three sentences of each article, in article order";
    }

    @Override
    public Selection select(Cluster cluster, TermIndex terms, Budget budget) {
        List<ScoredSentence> ranked = new ArrayList<>();
        for (Sentence s : cluster.sentences()) {
            if (s.position() < PER_ARTICLE) {
                ranked.add(new ScoredSentence(s.index(), 1.0 / (1 + s.position())));
            }
        }
        return FILLER.fill(name(), cluster, terms, budget, ranked);
    }
}
