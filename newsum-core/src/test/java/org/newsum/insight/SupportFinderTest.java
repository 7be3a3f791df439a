package org.newsum.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsum.Newsum;
import org.newsum.model.Article;
import org.newsum.model.Brief;
import org.newsum.model.Budget;
import org.newsum.model.Insights;
import org.newsum.model.Source;
import org.newsum.model.Summary;
import org.newsum.model.SummarySentence;
import org.newsum.model.Support;

class SupportFinderTest {

    @Test
    void eachSummarySentenceIsSupportedByExactlyTheArticlesItCites() {
        Source source = new Source("lamp", List.of(
                Article.ofText("1", "a.txt", "The Brenholm lighthouse was lit again on Friday after ten dark years. "
                        + "Keepers cleaned the great lens by hand."),
                Article.ofText("2", "b.txt", "The Brenholm lighthouse was lit again on Friday after ten dark years. "
                        + "A brass band played on the pier."),
                Article.ofText("3", "c.txt", "A brass band played on the pier as the old lamp came back to life.")),
                List.of(), List.of());
        Brief brief = new Newsum().summarize(source, new Newsum.Options(Budget.words(40), Newsum.defaultMethod(),
                Insights.Level.NONE));
        Summary summary = brief.summary();
        List<Support> support = new SupportFinder().find(summary);
        assertThat(summary.sentences()).isNotEmpty();
        assertThat(support).hasSameSizeAs(summary.sentences());
        for (int i = 0; i < support.size(); i++) {
            SummarySentence s = summary.sentences().get(i);
            assertThat(support.get(i).text()).isEqualTo(s.text());
            assertThat(support.get(i).carriers()).isEqualTo(s.citations());
            assertThat(support.get(i).sentence()).isEqualTo(s.sentence());
        }
        // The lighthouse sentence is in two articles: whichever copy the summary took, both carry it.
        assertThat(support).anySatisfy(x -> assertThat(x.articles()).containsExactlyInAnyOrder("1", "2"));
    }
}
