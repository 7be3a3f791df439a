package org.newsum.select;

import java.util.ArrayList;
import java.util.List;

import org.newsum.model.Budget;
import org.newsum.model.Cluster;
import org.newsum.model.ScoredSentence;
import org.newsum.model.Selection;
import org.newsum.text.TermIndex;

/**
 * Fills a budget from a ranking: takes sentences best first, skipping any that do not fit the
 * remaining budget or repeat a sentence already taken, until nothing more fits. The budget is never
 * exceeded: a sentence that is too long is passed over for a shorter one further down.
 */
final class BudgetFiller {

    /**
     * How similar two sentences may be before the later one is redundant: the share of its
     * idf-weighted content that an earlier choice already holds.
     */
    private final double maxOverlap;

    BudgetFiller(double maxOverlap) {
        this.maxOverlap = maxOverlap;
    }

    /** Fills {@code budget} from {@code ranked} (best first). */
    Selection fill(String method, Cluster cluster, TermIndex terms, Budget budget, List<ScoredSentence> ranked) {
        return fill(method, cluster, terms, budget, List.of(), ranked);
    }

    /**
     * Fills what {@code chosen} leaves of {@code budget} from {@code ranked} (best first), skipping sentences
     * already chosen or repeating them; {@code chosen} comes first in the selection.
     */
    Selection fill(String method, Cluster cluster, TermIndex terms, Budget budget, List<ScoredSentence> chosen,
                   List<ScoredSentence> ranked) {
        chosen = new ArrayList<>(chosen);
        int used = 0;
        for (int i = 0; i < chosen.size(); i++) {
            used += budget.costAfter(cluster.sentences().get(chosen.get(i).sentence()), i);
        }
        for (ScoredSentence candidate : ranked) {
            if (used >= budget.limit()) {
                break;
            }
            int cost = budget.costAfter(cluster.sentences().get(candidate.sentence()), chosen.size());
            if (used + cost > budget.limit() || redundant(candidate.sentence(), chosen, terms)) {
                continue;
            }
            chosen.add(candidate);
            used += cost;
        }
        return new Selection(method, budget, chosen);
    }

    private boolean redundant(int sentence, List<ScoredSentence> chosen, TermIndex terms) {
        for (ScoredSentence c : chosen) {
            if (c.sentence() == sentence || repeats(terms, sentence, c.sentence(), maxOverlap)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether one of two sentences repeats the other: either holds more than {@code maxOverlap} of the
     * other's idf-weighted content. The one repeat rule of selection; methods differ only in the share.
     */
    static boolean repeats(TermIndex terms, int a, int b, double maxOverlap) {
        return terms.coverage(a, b) > maxOverlap || terms.coverage(b, a) > maxOverlap;
    }
}
