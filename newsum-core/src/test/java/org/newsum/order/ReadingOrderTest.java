package org.newsum.order;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsum.model.Budget;
import org.newsum.model.Cluster;
import org.newsum.model.Summary;
import org.newsum.model.SummarySentence;

class ReadingOrderTest {

    /** Every sentence of the articles chosen, in reading order. */
    private static Summary arrangeAll(String... bodies) {
        Cluster cluster = analyze(bodies);
        List<SummarySentence> chosen = cluster.sentences().stream()
                .map(s -> new SummarySentence(s.index(), s.text(), 1.0, List.of())).toList();
        return new ReadingOrder().arrange(cluster, "test", Budget.words(100), chosen);
    }

    private static Cluster analyze(String... bodies) {
        List<org.newsum.model.Article> articles = new java.util.ArrayList<>();
        for (int i = 0; i < bodies.length; i++) {
            articles.add(org.newsum.model.Article.ofText(String.valueOf(i + 1), "a" + (i + 1), bodies[i]));
        }
        return new org.newsum.text.ClusterAnalyzer().analyze(new org.newsum.model.CleanCluster("c", articles, List.of(),
                List.of()));
    }

    @Test
    void removesDanglingOpeners() {
        assertThat(ReadingOrder.withoutDanglingOpener("But the talks went on.")).isEqualTo("The talks went on.");
        assertThat(ReadingOrder.withoutDanglingOpener("However, officials disagreed.")).isEqualTo("Officials disagreed.");
        assertThat(ReadingOrder.withoutDanglingOpener("Meanwhile, the port stayed shut.")).isEqualTo("The port stayed shut.");
    }

    @Test
    void removesTemporalAndPairedOpeners() {
        assertThat(ReadingOrder.withoutDanglingOpener("Then the mayor ordered a recess.")).isEqualTo("The mayor ordered a recess.");
        assertThat(ReadingOrder.withoutDanglingOpener("But then, the port closed again.")).isEqualTo("The port closed again.");
        assertThat(ReadingOrder.withoutDanglingOpener("As a result, ferries were cancelled.")).isEqualTo("Ferries were cancelled.");
        assertThat(ReadingOrder.withoutDanglingOpener("but the talks went on.")).isEqualTo("The talks went on.");
        assertThat(ReadingOrder.withoutDanglingOpener("And, for once, the ferry was early.")).isEqualTo("For once, the ferry was early.");
    }

    @Test
    void removesWireDatelines() {
        assertThat(ReadingOrder.withoutDateline("PORT VARNA (AP) — The pier reopened on Monday."))
                .isEqualTo("The pier reopened on Monday.");
        assertThat(ReadingOrder.withoutDateline("port varna, bulgaria ( reuters ) - the pier reopened on monday."))
                .isEqualTo("The pier reopened on monday.");
        assertThat(ReadingOrder.withoutDateline("(CNN) The pier reopened on Monday.")).isEqualTo("The pier reopened on Monday.");
        assertThat(ReadingOrder.withoutDateline("Officials told the wire service (AP) on Monday that the pier reopened."))
                .isEqualTo("Officials told the wire service (AP) on Monday that the pier reopened.");
    }

    @Test
    void keepsThenBeforeAVerbOrAHyphen() {
        assertThat(ReadingOrder.withoutDanglingOpener("Then-mayor Ana Ruiz opened the pier.")).isEqualTo("Then-mayor Ana Ruiz opened the pier.");
        assertThat(ReadingOrder.withoutDanglingOpener("Then came the storm.")).isEqualTo("Then came the storm.");
    }

    @Test
    void aSentencePointingBackComesAfterTheOneThatIntroducesItsNoun() {
        Summary summary = arrangeAll(
                "The ferry company responded to that strike with a new timetable on Friday.",
                "Crews met the owners at the port on Tuesday. Dock workers began a strike over unpaid overtime.");
        assertThat(summary.sentences()).extracting(SummarySentence::text).containsExactly(
                "Dock workers began a strike over unpaid overtime.",
                "The ferry company responded to that strike with a new timetable on Friday.",
                "Crews met the owners at the port on Tuesday.");
    }

    @Test
    void aTimeIsNotAReference() {
        Summary summary = arrangeAll("The ferry company changed its timetable this week.",
                "Crews met the owners at the port on Tuesday. Talks went on for a week.");
        assertThat(summary.sentences().get(0).text()).isEqualTo("The ferry company changed its timetable this week.");
    }

    @Test
    void keepsWordsThatOnlyLookLikeOpeners() {
        assertThat(ReadingOrder.withoutDanglingOpener("Still unknown is the cause.")).isEqualTo("Still unknown is the cause.");
        assertThat(ReadingOrder.withoutDanglingOpener("Butler Street was closed.")).isEqualTo("Butler Street was closed.");
        assertThat(ReadingOrder.withoutDanglingOpener("Andrea Voss spoke first.")).isEqualTo("Andrea Voss spoke first.");
    }
}
