package org.newsum.select;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsum.model.Budget;
import org.newsum.model.Cluster;
import org.newsum.model.ScoredSentence;
import org.newsum.model.Selection;
import org.newsum.text.TermIndex;

class MethodsTest {

    private static final Cluster CLUSTER = FixtureCluster.cluster();
    private static final TermIndex TERMS = TermIndex.of(CLUSTER);

    static List<SelectionMethod> methods() {
        return Methods.all();
    }

    @Test
    void registryHasTheDefaultFirstAndFindsByName() {
        assertThat(Methods.defaultMethod().name()).isEqualTo("learned");
        assertThat(Methods.names()).contains("centroid", "lead");
        assertThat(Methods.byName("lead")).isPresent();
        assertThat(Methods.byName("nope")).isEmpty();
    }

    @Test
    void namesMatchInAnyCaseAndWithoutSurroundingSpace() {
        assertThat(Methods.byName("LEAD")).containsSame(Methods.byName("lead").orElseThrow());
        assertThat(Methods.byName(" LexRank-Threshold ")).map(SelectionMethod::name).contains("lexrank-threshold");
        assertThat(Methods.byName(null)).isEmpty();
        assertThat(Methods.byName("")).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("methods")
    void neverExceedsTheBudgetInAnyUnit(SelectionMethod method) {
        for (int limit = 1; limit <= 120; limit++) {
            for (Budget budget : List.of(Budget.words(limit), Budget.sentences(Math.max(1, limit / 10)),
                    Budget.chars(limit * 6))) {
                Selection s = method.select(CLUSTER, TERMS, budget);
                int used = 0;
                for (int i = 0; i < s.chosen().size(); i++) {
                    used += budget.costAfter(CLUSTER.sentences().get(s.chosen().get(i).sentence()).text(), i);
                }
                assertThat(used).as("%s with %s", method.name(), budget).isLessThanOrEqualTo(budget.limit());
            }
        }
    }

    @ParameterizedTest
    @MethodSource("methods")
    void isDeterministic(SelectionMethod method) {
        Budget b = Budget.words(60);
        assertThat(method.select(CLUSTER, TERMS, b)).isEqualTo(method.select(CLUSTER, TERMS, b));
    }

    @ParameterizedTest
    @MethodSource("methods")
    void neverTakesBothOfTwoSentencesReportingTheSameFact(SelectionMethod method) {
        if (method.name().equals("first3")) {
            return;  // the published baseline keeps repeats on purpose
        }
        for (Budget budget : List.of(Budget.words(40), Budget.words(60), Budget.sentences(4))) {
            List<String> texts = method.select(CLUSTER, TERMS, budget).chosen().stream()
                    .map(c -> CLUSTER.sentences().get(c.sentence()).text()).toList();
            long landslideLeads = texts.stream().filter(t -> t.contains("landslide blocked the coastal railway")).count();
            assertThat(landslideLeads).as("%s with %s", method.name(), budget).isLessThanOrEqualTo(1);
        }
    }

    @Test
    void registersEveryMethodOnce() {
        assertThat(Methods.names()).containsExactly("learned", "ilp", "centroid", "lead", "first3", "lexrank",
                "lexrank-threshold", "mmr", "submodular");
    }

    @Test
    void leadTakesFirstSentencesInTurn() {
        Selection s = new LeadMethod().select(CLUSTER, TERMS, Budget.sentences(3));
        assertThat(s.chosen()).extracting(c -> CLUSTER.sentences().get(c.sentence()).position())
                .containsExactly(0, 0, 1);
        // article 2's lead repeats article 1's, so the baseline skips it and moves on
        assertThat(s.chosen()).extracting(c -> CLUSTER.sentences().get(c.sentence()).articleIndex())
                .containsExactly(0, 2, 0);
    }

    @Test
    void centroidPrefersWhatSeveralArticlesReportAndNeverRepeatsIt() {
        Selection s = new CentroidMethod().select(CLUSTER, TERMS, Budget.words(60));
        List<String> texts = s.chosen().stream().map(ScoredSentence::sentence)
                .map(i -> CLUSTER.sentences().get(i).text()).toList();
        assertThat(texts.get(0)).containsAnyOf("landslide blocked the coastal railway");
        long landslideLeads = texts.stream().filter(t -> t.contains("landslide blocked the coastal railway")).count();
        assertThat(landslideLeads).isEqualTo(1);
    }
}
