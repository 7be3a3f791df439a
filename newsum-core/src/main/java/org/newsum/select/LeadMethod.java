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
 * The lead baseline: the first sentence of each article in turn, then the second of each, and so
 * on, skipping fragments and near-identical repeats. The same over the sentences that pass only the
 * relaxed checks ({@link Sentence#checks()}) is the fallback when a method finds nothing.
 */
final class LeadMethod implements SelectionMethod {

    /** Only near-copies count as repeats for the baseline. */
    private static final BudgetFiller FILLER = new BudgetFiller(0.9);

    private final boolean relaxed;

    LeadMethod() {
        this(false);
    }

    /** The lead of the candidates, or with {@code relaxed} the lead of the sentences that pass the relaxed checks. */
    LeadMethod(boolean relaxed) {
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

    @Override
    public Selection select(Cluster cluster, TermIndex terms, Budget budget) {
        // One pass over the sentences, not one per article: a pooled cluster has thousands of articles.
        List<List<Sentence>> byArticle = new ArrayList<>();
        for (int a = 0; a < cluster.articles().size(); a++) {
            byArticle.add(new ArrayList<>());
        }
        for (Sentence s : cluster.sentences()) {
            if (relaxed ? s.checks().relaxed() : s.checks().strict()) {
                byArticle.get(s.articleIndex()).add(s);
            }
        }
        List<ScoredSentence> ranked = new ArrayList<>();
        int depth = byArticle.stream().mapToInt(List::size).max().orElse(0);
        for (int round = 0; round < depth; round++) {
            for (List<Sentence> sentences : byArticle) {
                if (round < sentences.size()) {
                    ranked.add(new ScoredSentence(sentences.get(round).index(), 1.0 / (round + 1)));
                }
            }
        }
        return FILLER.fill(name(), cluster, terms, budget, ranked);
    }
}
