package org.newsum.select;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.newsum.model.Budget;
import org.newsum.model.Cluster;
import org.newsum.model.ScoredSentence;
import org.newsum.model.Selection;
import org.newsum.model.Sentence;
import org.newsum.text.TermIndex;

class SubmodularMethodTest {

    private static final Cluster CLUSTER = FixtureCluster.cluster();
    private static final TermIndex TERMS = TermIndex.of(CLUSTER);
    private static final double EPSILON = 1e-9;

    /**
     * Lin and Bilmes' objective computed from scratch for a set of sentences, over dense cosines: coverage
     * Σ_i w_i·min(C_i(S), α·C_i(V)) plus λ·Σ_k √(Σ_{j ∈ S ∩ P_k} r_j), with each sentence's weight w_i its
     * position prior.
     */
    private static final class Objective {
        final SubmodularMethod.Options options;
        final int[] nodes;       // sentences with content, ascending
        final double[][] similarity;
        final double[] total;
        final double[] importance;
        final double[] reward;
        final int[] group;
        final double alpha;

        Objective(SubmodularMethod.Options options) {
            this.options = options;
            nodes = CLUSTER.sentences().stream().filter(s -> TERMS.size(s.index()) > 0).mapToInt(Sentence::index).toArray();
            int n = nodes.length;
            similarity = new double[n][n];
            total = new double[n];
            importance = new double[n];
            reward = new double[n];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    similarity[i][j] = i == j ? 1 : TERMS.cosine(nodes[i], nodes[j]);
                    total[i] += similarity[i][j];
                }
                double prior = 1 / Math.sqrt(1 + CLUSTER.sentences().get(nodes[i]).position());
                importance[i] = 1 - options.positionMix() + options.positionMix() * prior;
                reward[i] = importance[i] * total[i] / n;
            }
            alpha = Math.min(1, options.a() / n);
            group = leaderGroups(similarity, reward, options.groupSimilarity());
        }

        double value(List<Integer> sentences) {
            int[] chosen = sentences.stream().mapToInt(s -> Arrays.binarySearch(nodes, s)).toArray();
            double coverage = 0;
            for (int i = 0; i < nodes.length; i++) {
                double covered = 0;
                for (int j : chosen) {
                    covered += similarity[i][j];
                }
                coverage += importance[i] * Math.min(covered, alpha * total[i]);
            }
            double[] groupReward = new double[nodes.length];
            for (int j : chosen) {
                groupReward[group[j]] += reward[j];
            }
            return coverage + options.lambda() * Arrays.stream(groupReward).map(Math::sqrt).sum();
        }

        double reward(int sentence) {
            return reward[Arrays.binarySearch(nodes, sentence)];
        }
    }

    /**
     * Groups by leaders, the long way: in order of centrality (ties to the lower node), a node not yet grouped
     * leads a group, and every ungrouped node at least {@code min} similar to it joins.
     */
    private static int[] leaderGroups(double[][] similarity, double[] centrality, double min) {
        int n = centrality.length;
        Integer[] order = IntStream.range(0, n).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -centrality[i]).thenComparingInt(i -> i));
        int[] group = new int[n];
        Arrays.fill(group, -1);
        int groups = 0;
        for (int leader : order) {
            if (group[leader] < 0) {
                for (int member = 0; member < n; member++) {
                    if (group[member] < 0 && (member == leader || similarity[leader][member] >= min)) {
                        group[member] = groups;
                    }
                }
                groups++;
            }
        }
        return group;
    }

    @Test
    void groupsAreThoseOfTheLeaderRuleOverTheDenseSimilarities() {
        int[] all = CLUSTER.sentences().stream().mapToInt(Sentence::index).toArray();
        SimilarityGraph graph = SimilarityGraph.of(TERMS, all, 0);
        double[][] similarity = new double[all.length][all.length];
        for (int i = 0; i < all.length; i++) {
            for (int j = 0; j < all.length; j++) {
                similarity[i][j] = i == j ? 1 : TERMS.cosine(all[i], all[j]);
            }
        }
        Random random = new Random(7);
        for (int round = 0; round < 50; round++) {
            double[] centrality = random.doubles(all.length).map(x -> Math.floor(x * 4)).toArray(); // ties too
            double min = new double[] {0.05, 0.1, 0.2, 0.4}[round % 4];
            assertThat(SubmodularMethod.groups(graph, centrality, min)).as("round %d", round)
                    .containsExactly(leaderGroups(similarity, centrality, min));
        }
    }

    /**
     * For every budget, the choice is feasible, repeats nothing, is worth at least any one candidate alone
     * (the best-singleton check), and is where greedy must stop: no candidate that still fits and repeats
     * nothing would add to the objective.
     */
    @Test
    void theChoiceIsAFeasibleGreedyStopOfTheObjective() {
        List<SubmodularMethod.Options> variants = List.of(SubmodularMethod.Options.DEFAULT,
                new SubmodularMethod.Options(3, 1, 1, 0.3, 3_000, 0),
                new SubmodularMethod.Options(100, 20, 0.5, 0.1, 3_000, 0.5));
        int greedyStops = 0;
        for (SubmodularMethod.Options options : variants) {
            Objective f = new Objective(options);
            List<Integer> candidates = CLUSTER.sentences().stream().filter(s -> s.checks().strict())
                    .map(Sentence::index).toList();
            for (int limit = 6; limit <= 120; limit += 6) {
                for (Budget budget : List.of(Budget.words(limit), Budget.sentences(1 + limit / 30), Budget.chars(limit * 6))) {
                    String context = options + " " + budget;
                    int[] cost = SentenceCosts.of(CLUSTER, budget);
                    int capacity = SentenceCosts.capacity(budget);
                    Selection selection = new SubmodularMethod(options).select(CLUSTER, TERMS, budget);
                    List<Integer> chosen = selection.chosen().stream().map(ScoredSentence::sentence).toList();
                    assertThat(candidates).as(context).containsAll(chosen);
                    int used = chosen.stream().mapToInt(s -> cost[s]).sum();
                    assertThat(used).as(context).isLessThanOrEqualTo(capacity);
                    for (int a : chosen) {
                        for (int b : chosen) {
                            assertThat(a == b || !repeats(a, b)).as(context).isTrue();
                        }
                    }
                    double value = f.value(chosen);
                    for (int c : candidates) {
                        if (cost[c] <= capacity) {
                            assertThat(value).as("%s: %d alone", context, c).isGreaterThanOrEqualTo(f.value(List.of(c)) - EPSILON);
                        }
                    }
                    if (chosen.size() > 1) { // a single sentence may be the singleton check's, not greedy's
                        greedyStops++;
                        for (int c : candidates) {
                            if (!chosen.contains(c) && used + cost[c] <= capacity
                                    && chosen.stream().noneMatch(t -> repeats(c, t))) {
                                List<Integer> more = new ArrayList<>(chosen);
                                more.add(c);
                                assertThat(f.value(more) - value).as("%s: %d left out", context, c).isLessThanOrEqualTo(EPSILON);
                            }
                        }
                    }
                    assertThat(selection.chosen()).as(context).isSortedAccordingTo(RankedMethod.BEST_FIRST);
                    for (ScoredSentence c : selection.chosen()) {
                        assertThat(c.score()).isCloseTo(f.reward(c.sentence()), org.assertj.core.data.Offset.offset(EPSILON));
                    }
                }
            }
        }
        assertThat(greedyStops).isGreaterThan(50);
    }

    @Test
    void aNearRestatementOfAChosenSentenceGainsNothing() {
        // the two reports of the landslide open with one fact: no budget takes both
        int first = CLUSTER.sentencesOf(0).get(0).index();
        int second = CLUSTER.sentencesOf(1).get(0).index();
        assertThat(repeats(first, second)).isTrue();
        for (int words = 20; words <= 120; words += 10) {
            List<Integer> chosen = new SubmodularMethod().select(CLUSTER, TERMS, Budget.words(words)).chosen().stream()
                    .map(ScoredSentence::sentence).toList();
            assertThat(chosen.contains(first) && chosen.contains(second)).as("%d words", words).isFalse();
        }
    }

    private static boolean repeats(int a, int b) {
        return TERMS.coverage(a, b) > SubmodularMethod.NEAR_COPY || TERMS.coverage(b, a) > SubmodularMethod.NEAR_COPY;
    }
}
