package org.newsum.select;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsum.model.Budget;
import org.newsum.model.Cluster;
import org.newsum.model.ScoredSentence;
import org.newsum.model.Selection;
import org.newsum.text.TermIndex;

class MmrMethodTest {

    private static final Cluster CLUSTER = FixtureCluster.cluster();
    private static final TermIndex TERMS = TermIndex.of(CLUSTER);

    /**
     * MMR by its definition, recomputed from scratch at every step: of the salient sentences not taken that
     * fit what is left and repeat none taken, the one with the best λ·salience/top − (1 − λ)·(largest cosine
     * with one taken), ties to the earlier sentence.
     */
    private static List<ScoredSentence> bruteForce(double lambda, Budget budget) {
        double[] salience = CentroidSalience.scores(CLUSTER, TERMS);
        double top = Arrays.stream(salience).max().orElse(0);
        List<ScoredSentence> taken = new ArrayList<>();
        int used = 0;
        while (true) {
            int best = -1;
            double bestScore = Double.NEGATIVE_INFINITY;
            for (int s = 0; s < salience.length; s++) {
                int cost = budget.costAfter(CLUSTER.sentences().get(s).text(), taken.size());
                if (salience[s] <= 0 || used + cost > budget.limit() || isTakenOrRepeats(s, taken)) {
                    continue;
                }
                double redundancy = 0;
                for (ScoredSentence t : taken) {
                    redundancy = Math.max(redundancy, TERMS.cosine(s, t.sentence()));
                }
                double score = lambda * salience[s] / top - (1 - lambda) * redundancy;
                if (score > bestScore) {
                    best = s;
                    bestScore = score;
                }
            }
            if (best < 0) {
                return taken;
            }
            used += budget.costAfter(CLUSTER.sentences().get(best).text(), taken.size());
            taken.add(new ScoredSentence(best, bestScore));
        }
    }

    private static boolean isTakenOrRepeats(int s, List<ScoredSentence> taken) {
        for (ScoredSentence t : taken) {
            if (t.sentence() == s || TERMS.coverage(s, t.sentence()) > CentroidMethod.MAX_OVERLAP
                    || TERMS.coverage(t.sentence(), s) > CentroidMethod.MAX_OVERLAP) {
                return true;
            }
        }
        return false;
    }

    @Test
    void choosesWhatTheDefinitionChoosesForEveryTradeOffAndBudget() {
        for (double lambda : new double[] {0, 0.3, MmrMethod.LAMBDA, 1}) {
            for (int limit = 5; limit <= 120; limit += 5) {
                for (Budget budget : List.of(Budget.words(limit), Budget.sentences(1 + limit / 20), Budget.chars(limit * 6))) {
                    Selection s = new MmrMethod(lambda).select(CLUSTER, TERMS, budget);
                    List<ScoredSentence> expected = bruteForce(lambda, budget);
                    assertThat(s.chosen()).as("λ %s, %s", lambda, budget).hasSameSizeAs(expected);
                    for (int i = 0; i < expected.size(); i++) {
                        assertThat(s.chosen().get(i).sentence()).as("λ %s, %s, pick %d", lambda, budget, i)
                                .isEqualTo(expected.get(i).sentence());
                        assertThat(s.chosen().get(i).score()).isCloseTo(expected.get(i).score(), within(1e-12));
                    }
                }
            }
        }
    }

    @Test
    void withoutRedundancyTheOrderIsTheSalienceOrder() {
        double[] salience = CentroidSalience.scores(CLUSTER, TERMS);
        List<ScoredSentence> chosen = new MmrMethod(1).select(CLUSTER, TERMS, Budget.sentences(20)).chosen();
        assertThat(chosen.size()).isGreaterThan(2);
        for (int i = 1; i < chosen.size(); i++) {
            assertThat(salience[chosen.get(i).sentence()]).isLessThanOrEqualTo(salience[chosen.get(i - 1).sentence()]);
        }
        assertThat(chosen.get(0).score()).isEqualTo(1.0);
    }

    @Test
    void weighingRedundancyMoreTakesLessSimilarSecondSentences() {
        Budget budget = Budget.sentences(2);
        List<ScoredSentence> salient = new MmrMethod(1).select(CLUSTER, TERMS, budget).chosen();
        List<ScoredSentence> diverse = new MmrMethod(0.3).select(CLUSTER, TERMS, budget).chosen();
        assertThat(diverse.get(0).sentence()).isEqualTo(salient.get(0).sentence());
        int first = salient.get(0).sentence();
        assertThat(TERMS.cosine(first, diverse.get(1).sentence()))
                .isLessThan(TERMS.cosine(first, salient.get(1).sentence()));
    }
}
