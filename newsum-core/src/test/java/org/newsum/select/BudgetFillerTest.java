package org.newsum.select;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.newsum.model.Budget;
import org.newsum.model.Cluster;
import org.newsum.model.ScoredSentence;
import org.newsum.model.Selection;
import org.newsum.text.TermIndex;

class BudgetFillerTest {

    private static final Cluster FERRY = FixtureCluster.of(String.join("\n",
                    "The ferry to Arnholm was cancelled on Monday because of a storm warning.",   // 13 words
                    "Passengers were offered seats on the evening bus instead.",                  // 9
                    "Fishing boats stayed in the harbour all day."),                              // 8
            String.join("\n",
                    "On Monday the ferry to Arnholm was cancelled because of a storm warning.",   // a copy of the first
                    "The harbour master expects the crossing to resume on Wednesday if the wind drops."));
    private static final TermIndex TERMS = TermIndex.of(FERRY);
    private static final int FERRY_LEAD = 0;
    private static final int BUS = 1;
    private static final int BOATS = 2;
    private static final int COPY = 3;
    private static final int MASTER = 4;

    private static List<ScoredSentence> ranking(int... sentences) {
        List<ScoredSentence> ranked = new ArrayList<>();
        for (int i = 0; i < sentences.length; i++) {
            ranked.add(new ScoredSentence(sentences[i], sentences.length - i));
        }
        return ranked;
    }

    private static List<Integer> taken(Selection selection) {
        return selection.chosen().stream().map(ScoredSentence::sentence).toList();
    }

    @Test
    void passesOverASentenceTooLongForWhatIsLeftForAShorterOneFurtherDown() {
        // 13 words taken, the 14-word sentence no longer fits in the 9 left of 22, the 9-word one does
        Selection s = new BudgetFiller(0.3).fill("m", FERRY, TERMS, Budget.words(22), ranking(FERRY_LEAD, MASTER, BUS));
        assertThat(taken(s)).containsExactly(FERRY_LEAD, BUS);
        assertThat(s.method()).isEqualTo("m");
        assertThat(s.chosen()).extracting(ScoredSentence::score).containsExactly(3.0, 1.0);
    }

    @Test
    void skipsARepeatOfASentenceTakenByItsOverlapShare() {
        List<ScoredSentence> ranked = ranking(FERRY_LEAD, COPY, BOATS);
        assertThat(taken(new BudgetFiller(0.3).fill("m", FERRY, TERMS, Budget.words(60), ranked)))
                .containsExactly(FERRY_LEAD, BOATS);
        // the copy holds all of the lead's content: only a filler that allows any overlap takes it
        assertThat(taken(new BudgetFiller(Double.MAX_VALUE).fill("m", FERRY, TERMS, Budget.words(60), ranked)))
                .containsExactly(FERRY_LEAD, COPY, BOATS);
    }

    @Test
    void fillsWhatTheChosenLeaveAndNeverTakesASentenceTwice() {
        List<ScoredSentence> chosen = List.of(new ScoredSentence(BUS, 10));
        // 9 words chosen leave 13 of 22: the lead fits, then nothing else does
        Selection s = new BudgetFiller(Double.MAX_VALUE).fill("m", FERRY, TERMS, Budget.words(22), chosen,
                ranking(BUS, FERRY_LEAD, BOATS));
        assertThat(taken(s)).containsExactly(BUS, FERRY_LEAD);
        assertThat(s.chosen().get(0).score()).isEqualTo(10);
    }

    @Test
    void aCharacterBudgetCountsTheSeparatorBeforeEverySentenceButTheFirst() {
        int lead = FERRY.sentences().get(FERRY_LEAD).text().length();
        int bus = FERRY.sentences().get(BUS).text().length();
        assertThat(taken(new BudgetFiller(0.3).fill("m", FERRY, TERMS, Budget.chars(lead + bus),
                ranking(FERRY_LEAD, BUS)))).containsExactly(FERRY_LEAD);
        assertThat(taken(new BudgetFiller(0.3).fill("m", FERRY, TERMS, Budget.chars(lead + 1 + bus),
                ranking(FERRY_LEAD, BUS)))).containsExactly(FERRY_LEAD, BUS);
    }

    /**
     * For random rankings of a cluster and every kind of budget, the fill is what its contract says: the
     * sentences taken keep their ranking order, fit, repeat nothing taken, and every sentence passed over
     * either repeats one taken before its turn or did not fit in what was left at its turn.
     */
    @Test
    void everyFillOfRandomRankingsKeepsItsContract() {
        Cluster cluster = FixtureCluster.cluster();
        TermIndex terms = TermIndex.of(cluster);
        Random random = new Random(13);
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < cluster.sentences().size(); i++) {
            all.add(i);
        }
        for (int round = 0; round < 200; round++) {
            Collections.shuffle(all, random);
            List<Integer> order = all.subList(0, 1 + random.nextInt(all.size()));
            int[] sentences = order.stream().mapToInt(Integer::intValue).toArray();
            double maxOverlap = new double[] {0.1, 0.3, 0.5, 0.9}[random.nextInt(4)];
            int limit = 5 + random.nextInt(80);
            Budget budget = switch (random.nextInt(3)) {
                case 0 -> Budget.words(limit);
                case 1 -> Budget.sentences(1 + limit / 20);
                default -> Budget.chars(limit * 6);
            };
            Selection s = new BudgetFiller(maxOverlap).fill("m", cluster, terms, budget, ranking(sentences));
            assertContract(cluster, terms, budget, maxOverlap, sentences, taken(s));
        }
    }

    private static void assertContract(Cluster cluster, TermIndex terms, Budget budget, double maxOverlap,
                                       int[] ranking, List<Integer> taken) {
        String context = "ranking " + java.util.Arrays.toString(ranking) + " " + budget + " overlap " + maxOverlap;
        int position = 0;
        int used = 0;
        List<Integer> before = new ArrayList<>();
        for (int sentence : ranking) {
            int cost = budget.costAfter(cluster.sentences().get(sentence).text(), before.size());
            boolean repeats = before.stream().anyMatch(t -> terms.coverage(sentence, t) > maxOverlap
                    || terms.coverage(t, sentence) > maxOverlap);
            if (position < taken.size() && taken.get(position) == sentence) {
                assertThat(repeats).as(context).isFalse();
                assertThat(used + cost).as(context).isLessThanOrEqualTo(budget.limit());
                before.add(sentence);
                used += cost;
                position++;
            } else {
                assertThat(repeats || used + cost > budget.limit()).as("%s: %d passed over", context, sentence).isTrue();
            }
        }
        assertThat(position).as("%s: taken in ranking order", context).isEqualTo(taken.size());
    }
}
