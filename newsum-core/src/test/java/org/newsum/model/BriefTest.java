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
        assertThat(new Brief("b", one, Insights.NONE, List.of(), List.of(),
                List.of(Notice.emptySummary(Budget.words(10)))).emptyReason()).isEmpty();
    }

    @Test
    void everyArticleRemovedIsTheReasonAndEachIsNamed() {
        List<Removal> removals = List.of(Removal.line("1", 3, "Share this", Reason.SHARE_PROMPT),
                Removal.article("1", "", Reason.EMPTY_ARTICLE), Removal.duplicate("2", "x", "3", 0.9),
                Removal.otherLanguage("3", "y", "de", "en"), Removal.article("4", "z", Reason.EMPTY_ARTICLE));
        Brief.EmptyReason why = new Brief("b", EMPTY, Insights.NONE, List.of(), removals,
                List.of(Notice.noArticleLeft())).emptyReason().orElseThrow();

        assertThat(why.removedArticles()).hasSize(4);
        assertThat(why.message()).isEqualTo("every article was removed: article 1 empty article; article 2 duplicate "
                + "of article 3 (90% the same); article 3 language: de (cluster is en); and 1 more");
    }

    @Test
    void withArticlesLeftTheEmptySummaryNoticeSaysWhy() {
        Brief brief = new Brief("b", EMPTY, Insights.NONE, List.of(Article.ofText("1", "a.txt", "Short.")), List.of(),
                List.of(Notice.emptySummary(Budget.words(10)), Notice.encodingFallback("a.txt", "windows-1252")));

        Brief.EmptyReason why = brief.emptyReason().orElseThrow();
        assertThat(why.removedArticles()).isEmpty();
        assertThat(why.notice().kind()).isEqualTo(Notice.Kind.EMPTY_SUMMARY);
        assertThat(why.message()).isEqualTo("no sentence fit the budget of 10 words or passed the sentence checks");
    }
}
