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
import org.newsum.model.Sentence;
import org.newsum.text.TermIndex;

class LexRankMethodTest {

    private static final Cluster CLUSTER = FixtureCluster.cluster();
    private static final TermIndex TERMS = TermIndex.of(CLUSTER);

    /**
     * LexRank the long way: the dense matrix of links between candidates with content (the cosine, or 1 at
     * or above the threshold; every node linked to itself), each row normalized, and the damped walk iterated
     * until it no longer moves.
     */
    private static double[] denseLexRank(LexRank.Options options) {
        int[] nodes = CLUSTER.sentences().stream().filter(s -> s.checks().strict() && TERMS.size(s.index()) > 0)
                .mapToInt(Sentence::index).toArray();
        int n = nodes.length;
        double[][] link = new double[n][n];
        for (int i = 0; i < n; i++) {
            double row = 0;
            for (int j = 0; j < n; j++) {
                double cosine = i == j ? 1 : TERMS.cosine(nodes[i], nodes[j]);
                link[i][j] = options.threshold() == 0 ? cosine : cosine >= options.threshold() ? 1 : 0;
                row += link[i][j];
            }
            for (int j = 0; j < n; j++) {
                link[i][j] /= row;
            }
        }
        double[] p = new double[n];
        Arrays.fill(p, 1.0 / n);
        for (int iteration = 0; iteration < 5_000; iteration++) {
            double[] next = new double[n];
            for (int i = 0; i < n; i++) {
                next[i] = (1 - options.damping()) / n;
                for (int j = 0; j < n; j++) {
                    next[i] += options.damping() * p[j] * link[j][i];
                }
            }
            p = next;
        }
        double[] bySentence = new double[CLUSTER.sentences().size()];
        for (int i = 0; i < n; i++) {
            bySentence[nodes[i]] = p[i];
        }
        return bySentence;
    }

    @Test
    void ranksAreTheStationaryDistributionOfTheDenseWalk() {
        for (LexRank.Options options : List.of(LexRank.Options.CONTINUOUS, LexRank.Options.THRESHOLD,
                new LexRank.Options(0.5, 0.3))) {
            assertThat(LexRank.scores(CLUSTER, TERMS, options)).as("%s", options)
                    .containsExactly(denseLexRank(options), within(1e-8));
        }
    }

    /**
     * Both variants take sentences in the order of their ranks (ties, which the unweighted graph makes, to the
     * earlier sentence), skipping a sentence only when it repeats one taken before its turn (at the centroid
     * method's share) or no longer fits, for every budget. The ranks are LexRank's own, as the dense walk
     * agrees with them only to rounding, which can swap two tied sentences.
     */
    @Test
    void takesTheBestRankedSentencesThatFitAndRepeatNothing() {
        for (LexRankMethod method : List.of(LexRankMethod.continuous(), LexRankMethod.threshold())) {
            LexRank.Options options = method.name().equals("lexrank") ? LexRank.Options.CONTINUOUS
                    : LexRank.Options.THRESHOLD;
            double[] rank = LexRank.scores(CLUSTER, TERMS, options);
            assertThat(rank).containsExactly(denseLexRank(options), within(1e-8));
            List<Integer> ranking = new ArrayList<>();
            for (int s = 0; s < rank.length; s++) {
                if (rank[s] > 0) {
                    ranking.add(s);
                }
            }
            ranking.sort((a, b) -> rank[a] != rank[b] ? Double.compare(rank[b], rank[a]) : Integer.compare(a, b));
            for (int words = 8; words <= 120; words += 4) {
                Budget budget = Budget.words(words);
                Selection selection = method.select(CLUSTER, TERMS, budget);
                assertThat(selection.method()).isEqualTo(method.name());
                List<Integer> expected = new ArrayList<>();
                int used = 0;
                for (int s : ranking) {
                    int cost = budget.cost(CLUSTER.sentences().get(s).text());
                    boolean repeats = expected.stream().anyMatch(t -> TERMS.coverage(s, t) > CentroidMethod.MAX_OVERLAP
                            || TERMS.coverage(t, s) > CentroidMethod.MAX_OVERLAP);
                    if (!repeats && used + cost <= words) {
                        expected.add(s);
                        used += cost;
                    }
                }
                assertThat(selection.chosen()).as("%s, %s", method.name(), budget)
                        .extracting(ScoredSentence::sentence).containsExactlyElementsOf(expected);
                for (ScoredSentence c : selection.chosen()) {
                    assertThat(c.score()).isEqualTo(rank[c.sentence()]);
                }
            }
        }
    }

    @Test
    void theVariantsAreNamedAndDescribedApart() {
        assertThat(LexRankMethod.continuous().name()).isEqualTo("lexrank");
        assertThat(LexRankMethod.threshold().name()).isEqualTo("lexrank-threshold");
        assertThat(LexRankMethod.threshold().description()).contains("0.1");
        assertThat(LexRankMethod.continuous().description()).doesNotContain("0.1");
    }
}
