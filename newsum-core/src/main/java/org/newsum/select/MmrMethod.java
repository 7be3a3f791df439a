package org.newsum.select;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.newsum.model.Cancellation;
import org.newsum.model.Budget;
import org.newsum.model.Cluster;
import org.newsum.model.ScoredSentence;
import org.newsum.model.Selection;
import org.newsum.model.Sentence;
import org.newsum.text.TermIndex;

/**
 * Maximal marginal relevance (Carbonell and Goldstein, 1998): repeatedly take the sentence that fits the
 * remaining budget and maximizes λ·salience − (1 − λ)·(its largest cosine with a sentence already taken),
 * so each choice trades importance against repeating what the summary already says. Salience is the
 * {@link CentroidSalience} score scaled to [0, 1]. Outright repeats (as the centroid method defines them)
 * are never taken, even when budget is left and nothing else remains.
 */
final class MmrMethod implements SelectionMethod {

    /** Weight of salience against redundancy; 0.5 and 0.85 did no better on Multi-News validation and DUC 2003. */
    static final double LAMBDA = 0.7;

    private final double lambda;

    MmrMethod() {
        this(LAMBDA);
    }

    MmrMethod(double lambda) {
        this.lambda = lambda;
    }

    @Override
    public String name() {
        return "mmr";
    }

    @Override
    public String description() {
        return "maximal marginal relevance: centroid salience traded against similarity to sentences taken";
    }

    @Override
    public Selection select(Cluster cluster, TermIndex terms, Budget budget) {
        double[] salience = CentroidSalience.scores(cluster, terms);
        double top = Arrays.stream(salience).max().orElse(0);
        int[] candidates = cluster.sentences().stream()
                .filter(s -> salience[s.index()] > 0).mapToInt(Sentence::index).toArray();
        double[] maxSimilarity = new double[candidates.length];
        boolean[] out = new boolean[candidates.length];
        List<ScoredSentence> chosen = new ArrayList<>();
        int used = 0;
        while (true) {
            Cancellation.check();
            int best = -1;
            double bestScore = Double.NEGATIVE_INFINITY;
            for (int k = 0; k < candidates.length; k++) {
                if (out[k]) {
                    continue;
                }
                if (used + budget.costAfter(cluster.sentences().get(candidates[k]), chosen.size()) > budget.limit()) {
                    out[k] = true;  // the budget only fills up, so it will never fit
                    continue;
                }
                double score = lambda * salience[candidates[k]] / top - (1 - lambda) * maxSimilarity[k];
                if (score > bestScore) {
                    best = k;
                    bestScore = score;
                }
            }
            if (best < 0) {
                break;
            }
            int s = candidates[best];
            out[best] = true;
            used += budget.costAfter(cluster.sentences().get(s), chosen.size());
            chosen.add(new ScoredSentence(s, bestScore));
            for (int k = 0; k < candidates.length; k++) {
                if (!out[k]) {
                    maxSimilarity[k] = Math.max(maxSimilarity[k], terms.cosine(candidates[k], s));
                    // a repeat by the rule every method shares is never worth taking, whatever budget is left
                    out[k] = BudgetFiller.repeats(terms, candidates[k], s, CentroidMethod.MAX_OVERLAP);
                }
            }
        }
        return new Selection(name(), budget, chosen);
    }
}
