package org.newsum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import org.junit.jupiter.api.Test;
import org.newsum.model.Reason;
import org.newsum.model.Notice;
import org.newsum.model.Article;
import org.newsum.model.Brief;
import org.newsum.model.Budget;
import org.newsum.model.Citation;
import org.newsum.model.Removal;
import org.newsum.model.Source;
import org.newsum.model.SummarySentence;

class NewsumTest {

    /** Invented scraped articles: the same story from three sites, with their furniture. */
    static Source scrapedCluster() {
        String a = String.join("\n",
                "Ferry strike strands islanders for second day",
                "",
                "Skip to main content",
                "",
                "By Lena Hart",
                "",
                "A strike by ferry crews left about 3,000 islanders without a link to the mainland on Wednesday, the operator Baltic Isles Line said.",
                "",
                "The union wants a 9 percent pay rise after two years of frozen wages.",
                "",
                "Talks between the union and the operator are due to resume on Friday in Kessholm.",
                "",
                "Most Popular",
                "",
                "Load more");
        String b = String.join("\n",
                "Islanders cut off as ferry crews walk out",
                "",
                "Photo: Jon Berg/Island Post",
                "",
                "About 3,000 islanders were left without a link to the mainland on Wednesday by a strike of ferry crews, Baltic Isles Line said.",
                "",
                "Talks between the union and the operator are due to resume on Friday in Kessholm.",
                "",
                "Shops on the island reported shortages of fresh milk and bread.",
                "",
                "Share this article");
        String c = String.join("\n",
                "Ferry talks to resume Friday",
                "",
                "KESSHOLM — The island's only doctor said emergency patients would be flown out by helicopter during the strike.",
                "",
                "Talks between the union and the operator are due to resume on Friday in Kessholm.",
                "",
                "Page not found");
        return new Source("ferry", List.of(Article.ofText("1", "post.txt", a), Article.ofText("2", "wire.txt", b),
                Article.ofText("3", "daily.txt", c)), List.of(), List.of());
    }

    private final Newsum newsum = new Newsum();

    @Test
    void summarizesWithinTheBudgetAndCitesEveryCarrier() {
        Brief brief = newsum.summarize(scrapedCluster(), Newsum.Options.DEFAULT.withBudget(Budget.words(70)));
        assertThat(brief.summary().wordCount()).isLessThanOrEqualTo(70);
        assertThat(brief.summary().sentences()).isNotEmpty();
        SummarySentence talks = brief.summary().sentences().stream()
                .filter(s -> s.text().startsWith("Talks between")).findFirst().orElseThrow();
        assertThat(talks.citations()).extracting(Citation::articleId).containsExactlyInAnyOrder("1", "2", "3");
        for (SummarySentence s : brief.summary().sentences()) {
            assertThat(s.citations()).isNotEmpty();
            for (Citation c : s.citations()) {
                Article source = brief.articles().stream().filter(x -> x.id().equals(c.articleId())).findFirst().orElseThrow();
                assertThat(source.text().substring(c.start(), c.end())).isNotBlank();
            }
        }
    }

    @Test
    void neverPutsFurnitureInTheSummaryAndReportsWhatItRemoved() {
        Brief brief = newsum.summarize(scrapedCluster(), Newsum.Options.DEFAULT.withBudget(Budget.words(200)));
        String text = brief.summary().text();
        assertThat(text).doesNotContain("Skip to", "Most Popular", "Photo:", "Page not found", "Share this", "Lena Hart",
                "KESSHOLM —");
        assertThat(brief.removals()).extracting(Removal::reason)
                .contains(Reason.NAVIGATION, Reason.BYLINE, Reason.PHOTO_CAPTION, Reason.ERROR_PAGE_TEXT, Reason.DATELINE);
        assertThat(brief.articles()).extracting(Article::title)
                .containsExactly("Ferry strike strands islanders for second day", "Islanders cut off as ferry crews walk out",
                        "Ferry talks to resume Friday");
    }

    @Test
    void aSingleArticleGivesASingleDocumentSummary() {
        Source one = new Source("one", List.of(scrapedCluster().articles().get(0)), List.of(), List.of());
        Brief brief = newsum.summarize(one, Newsum.Options.DEFAULT.withBudget(Budget.sentences(2)));
        assertThat(brief.summary().sentences()).hasSize(2);
    }

    @Test
    void anInputOfOnlyFurnitureGivesAnEmptySummaryWithReasons() {
        Source junk = new Source("junk", List.of(Article.ofText("1", "x.txt", "Skip to main content\nPage not found\nLoad more"),
                Article.ofText("2", "y.txt", "")), List.of(), List.of());
        Brief brief = newsum.summarize(junk, Newsum.Options.DEFAULT);
        assertThat(brief.summary().sentences()).isEmpty();
        assertThat(brief.removals()).filteredOn(r -> r.scope() == Removal.Scope.ARTICLE).hasSize(2);
    }

    /**
     * Invented scraped text as the lower-cased datasets hold it, run on without a full stop: not one sentence
     * passes the sentence checks.
     */
    static Source runOnCluster() {
        String a = "the harbour authority said on monday that the east pier would stay closed until the end of"
                + " the month after the storm damaged its deck , \" we are checking every beam , said the port"
                + " director helena marsh , who added that ferries would use the west pier in the meantime";
        String b = "ferries will use the west pier while engineers check the east pier the harbour authority said"
                + " on monday adding that cracks had been found in four of the twelve pillars and that repairs"
                + " could take weeks depending on the weather and on how soon steel beams can be delivered from"
                + " the mainland where the only supplier has a backlog of orders from other ports hit by the same"
                + " storm which also flooded the fish market and closed the coast road for two days last week";
        return new Source("pier", List.of(Article.ofText("1", "a.txt", a), Article.ofText("2", "b.txt", b)),
                List.of(), List.of());
    }

    @Test
    void aClusterOfProseThatFailsTheSentenceChecksStillGetsASummary() {
        Source source = runOnCluster();
        org.newsum.model.Cluster cluster = newsum.analyze(source);
        assertThat(cluster.sentences()).noneMatch(s -> s.checks().strict());
        for (org.newsum.select.SelectionMethod method : org.newsum.select.Methods.all()) {
            Brief brief = newsum.summarize(source, method, Budget.words(60), org.newsum.model.Insights.Level.NONE);
            assertThat(brief.summary().sentences()).as(method.name()).isNotEmpty();
            assertThat(brief.summary().wordCount()).isLessThanOrEqualTo(60);
            if (!method.name().equals("first3")) { // the baseline takes first sentences unchecked
                assertThat(brief.notices()).as(method.name()).extracting(Notice::kind)
                        .contains(Notice.Kind.RELAXED_FALLBACK);
            }
        }
    }

    @Test
    void aBudgetThatNoCheckedSentenceFitsTakesAShorterProseSentence() {
        // the one checked sentence is longer than 12 words; the lower-cased one fits
        Source source = new Source("pier", List.of(Article.ofText("1", "a.txt",
                "The harbour authority said on Monday that the east pier would stay closed for a month.\n"
                        + "ferries now use the west pier instead, the operator said.")), List.of(), List.of());
        Brief brief = newsum.summarize(source, Newsum.Options.DEFAULT.withBudget(Budget.words(12)));
        assertThat(brief.summary().sentences()).extracting(SummarySentence::text)
                .containsExactly("ferries now use the west pier instead, the operator said.");
        assertThat(brief.notices()).extracting(Notice::kind).contains(Notice.Kind.RELAXED_FALLBACK);
    }

    @Test
    void versionIsKnown() {
        assertThat(Newsum.version()).isNotBlank().isNotEqualTo("unknown");
    }

    /** An invented cluster big enough that a summary takes a while: the same few sentences, reworded by seed. */
    private static Source largeCluster() {
        java.util.Random random = new java.util.Random(12);
        String[] words = ("harbour council ferry bridge repairs engineers storm crossing schools officials weather "
                + "residents timetable budget island pier inspection").split(" ");
        List<Article> articles = new ArrayList<>();
        for (int a = 0; a < 30; a++) {
            StringBuilder text = new StringBuilder();
            for (int p = 0; p < 40; p++) {
                for (int s = 0; s < 4; s++) {
                    text.append("The");
                    for (int w = 0; w < 16; w++) {
                        text.append(' ').append(words[random.nextInt(words.length)]);
                    }
                    text.append(". ");
                }
                text.append("\n\n");
            }
            articles.add(new Article(String.valueOf(a + 1), "wire " + a, null, null, null, null, Article.Format.TEXT,
                    text.toString()));
        }
        return new Source("large", articles, List.of(), List.of());
    }

    @Test
    void anInterruptedSummaryStopsInsteadOfFinishing() throws Exception {
        Newsum newsum = new Newsum();
        Source cluster = largeCluster();
        CountDownLatch started = new CountDownLatch(1);
        CompletableFuture<Object> outcome = new CompletableFuture<>();
        Thread worker = new Thread(() -> {
            started.countDown();
            try {
                outcome.complete(newsum.summarize(cluster, Newsum.Options.DEFAULT));
            } catch (RuntimeException e) {
                outcome.complete(e);
            }
        });
        worker.start();
        started.await();
        worker.interrupt();
        worker.join();

        // Whenever the interrupt landed, a check after it ends the summary: no brief comes out.
        assertThat(outcome.get()).isInstanceOf(CancellationException.class);
    }

    @Test
    void aThreadInterruptedBeforeTheSummaryDoesNoWork() {
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> new Newsum().summarize(largeCluster(), Newsum.Options.DEFAULT))
                    .isInstanceOf(CancellationException.class);
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
    }
}
