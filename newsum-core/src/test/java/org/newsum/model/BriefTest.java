package org.newsum.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Why a brief's summary is empty, said by the object that explains it. */
class BriefTest {

    private static final Summary EMPTY = new Summary("lead", Budget.words(10), List.of());

    @Test
    void aSummaryWithSentencesHasNoEmptyReason() {
        Summary one = new Summary("lead", Budget.words(10), List.of(new SummarySentence(0, "A sentence.", 1.0, List.of())));
        assertThat(new Brief("b", one, Insights.NONE, List.of(), List.of(), List.of("a notice")).emptyReason()).isEmpty();
    }

    @Test
    void everyArticleRemovedIsTheReasonAndEachIsNamed() {
        List<Removal> removals = List.of(Removal.line("1", 3, "Share this", "share"),
                Removal.article("1", "", "empty article"), Removal.article("2", "x", "duplicate of article 3"),
                Removal.article("3", "y", "language: de (cluster is en)"), Removal.article("4", "z", "empty article"));
        Brief.EmptyReason why = new Brief("b", EMPTY, Insights.NONE, List.of(), removals,
                List.of("no article had text left to summarize")).emptyReason().orElseThrow();

        assertThat(why.removedArticles()).hasSize(4);
        assertThat(why.message()).isEqualTo("every article was removed: article 1 empty article; article 2 duplicate "
                + "of article 3; article 3 language: de (cluster is en); and 1 more");
    }

    @Test
    void withArticlesLeftTheLastNoticeSaysWhy() {
        Brief brief = new Brief("b", EMPTY, Insights.NONE, List.of(Article.ofText("1", "a.txt", "Short.")), List.of(),
                List.of("read as Windows-1252", "no sentence fit the budget of 10 words or passed the sentence checks"));

        Brief.EmptyReason why = brief.emptyReason().orElseThrow();
        assertThat(why.removedArticles()).isEmpty();
        assertThat(why.message()).isEqualTo("no sentence fit the budget of 10 words or passed the sentence checks");
    }
}
