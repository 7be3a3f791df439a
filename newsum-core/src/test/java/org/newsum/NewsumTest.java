package org.newsum;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
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
                .contains("navigation", "byline", "photo credit or caption", "error page", "dateline");
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

    @Test
    void versionIsKnown() {
        assertThat(Newsum.version()).isNotBlank().isNotEqualTo("unknown");
    }
}
