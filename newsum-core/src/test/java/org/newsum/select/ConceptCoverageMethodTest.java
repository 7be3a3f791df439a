package org.newsum.select;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.newsum.model.Article;
import org.newsum.model.Budget;
import org.newsum.model.CleanCluster;
import org.newsum.model.Cluster;
import org.newsum.model.Selection;
import org.newsum.text.ClusterAnalyzer;
import org.newsum.text.TermIndex;

class ConceptCoverageMethodTest {

    private static final Cluster CLUSTER = FixtureCluster.cluster();

    @Test
    void choosesTheSentenceHoldingTheWeightiestConcept() {
        ConceptWeights concepts = ConceptWeights.of(CLUSTER);
        int heaviest = IntStream.range(0, concepts.conceptCount()).boxed()
                .max((a, b) -> Double.compare(concepts.weight(a), concepts.weight(b))).orElseThrow();
        Selection s = new ConceptCoverageMethod().select(CLUSTER, TermIndex.of(CLUSTER), Budget.words(30));
        assertThat(s.chosen()).anySatisfy(c ->
                assertThat(concepts.concepts(c.sentence())).contains(heaviest));
    }

    @Test
    void aSentenceSalienceBonusPullsItsSentenceIn() {
        TermIndex terms = TermIndex.of(CLUSTER);
        Budget budget = Budget.sentences(1);
        int plain = new ConceptCoverageMethod().select(CLUSTER, terms, budget).chosen().get(0).sentence();
        // a candidate other than the plain choice that holds at least one concept, made the only salient one
        int favourite = CLUSTER.sentences().stream().filter(x -> x.index() != plain && x.checks().strict()
                && ConceptWeights.of(CLUSTER).size(x.index()) > 0).findFirst().orElseThrow().index();
        ConceptCoverageMethod.Salience salience = (cluster, t) -> {
            double[] s = new double[cluster.sentences().size()];
            s[favourite] = 1;
            return s;
        };
        Selection weak = new ConceptCoverageMethod("x", "x", ConceptCoverageMethod.Options.DEFAULT, salience, 0)
                .select(CLUSTER, terms, budget);
        Selection strong = new ConceptCoverageMethod("x", "x", ConceptCoverageMethod.Options.DEFAULT, salience, 5)
                .select(CLUSTER, terms, budget);
        assertThat(weak.chosen().get(0).sentence()).isEqualTo(plain);
        assertThat(strong.chosen().get(0).sentence()).isEqualTo(favourite);
    }

    @Test
    void exactSearchIsAtLeastAsGoodAsGreedy() {
        ConceptWeights concepts = ConceptWeights.of(CLUSTER);
        ConceptCoverageMethod method = new ConceptCoverageMethod();
        for (int words = 10; words <= 80; words += 7) {
            Budget budget = Budget.words(words);
            ConceptCoverageMethod.Solution exact = method.solve(CLUSTER, concepts, budget);
            int[] candidates = CLUSTER.sentences().stream()
                    .filter(s -> concepts.size(s.index()) > 0 && s.checks().strict()).mapToInt(s -> s.index()).toArray();
            ConceptCoverageMethod.Solution greedy = ConceptCoverageMethod.greedy(candidates, concepts,
                    SentenceCosts.of(CLUSTER, budget), SentenceCosts.capacity(budget));
            assertThat(exact.exact()).isTrue();
            assertThat(exact.value()).isGreaterThanOrEqualTo(greedy.value() - 1e-9);
            assertThat(cost(CLUSTER, exact.sentences(), budget)).isLessThanOrEqualTo(words);
        }
    }

    @Test
    void aLargeClusterFallsBackToGreedyWithinTheBudget() {
        Cluster big = syntheticCluster(60, 12);
        assertThat(big.sentences().stream().filter(s -> s.checks().strict()).count()).isGreaterThan(300);
        ConceptCoverageMethod method = new ConceptCoverageMethod(new ConceptCoverageMethod.Options(
                ConceptWeights.Options.DEFAULT, 200, 300, 3_000, 200_000));
        ConceptWeights concepts = ConceptWeights.of(big);
        for (Budget budget : List.of(Budget.words(100), Budget.sentences(4), Budget.chars(600))) {
            ConceptCoverageMethod.Solution solution = method.solve(big, concepts, budget);
            assertThat(solution.exact()).isFalse();
            assertThat(solution.sentences()).isNotEmpty();
            assertThat(cost(big, solution.sentences(), budget)).isLessThanOrEqualTo(budget.limit());
            Selection selection = method.select(big, TermIndex.of(big), budget);
            int used = 0;
            for (int i = 0; i < selection.chosen().size(); i++) {
                used += budget.costAfter(big.sentences().get(selection.chosen().get(i).sentence()).text(), i);
            }
            assertThat(used).isLessThanOrEqualTo(budget.limit());
        }
    }

    @Test
    void tooManyConceptsAlsoFallsBackToGreedy() {
        Cluster big = syntheticCluster(20, 10);
        ConceptCoverageMethod method = new ConceptCoverageMethod(new ConceptCoverageMethod.Options(
                ConceptWeights.Options.DEFAULT, 200, 5_000, 10, 200_000));
        assertThat(method.solve(big, ConceptWeights.of(big), Budget.words(80)).exact()).isFalse();
    }

    private static int cost(Cluster cluster, int[] sentences, Budget budget) {
        int used = 0;
        for (int i = 0; i < sentences.length; i++) {
            used += budget.costAfter(cluster.sentences().get(sentences[i]).text(), i);
        }
        return used;
    }

    /** Articles of sentences built from a small vocabulary, so bigrams recur across articles. */
    static Cluster syntheticCluster(int articleCount, int sentencesPerArticle) {
        String[] subjects = {"The harbour board", "A ferry company", "The city council", "Dock workers", "The port authority",
                "A shipping firm", "The mayor's office", "Local fishermen"};
        String[] verbs = {"approved", "rejected", "delayed", "funded", "reviewed", "questioned", "announced", "opposed"};
        String[] objects = {"the new pier", "a cargo terminal", "the dredging plan", "night crossings", "the fuel depot",
                "a safety inquiry", "higher mooring fees", "the breakwater repair"};
        String[] times = {"on Monday", "last week", "after a long meeting", "this spring", "in a public vote",
                "without comment"};
        List<Article> articles = new ArrayList<>();
        for (int a = 0; a < articleCount; a++) {
            StringBuilder body = new StringBuilder();
            for (int k = 0; k < sentencesPerArticle; k++) {
                int x = a * 7 + k * 3;
                body.append(subjects[x % subjects.length]).append(' ').append(verbs[(x / 2 + a) % verbs.length])
                        .append(' ').append(objects[(x + k) % objects.length]).append(' ')
                        .append(times[(a + k) % times.length]).append(", officials said in report ")
                        .append(a).append('-').append(k).append(".\n");
            }
            articles.add(Article.ofText(String.valueOf(a), "s" + a + ".txt", body.toString()));
        }
        return new ClusterAnalyzer().analyze(new CleanCluster("synthetic", articles, List.of(), List.of()));
    }
}
