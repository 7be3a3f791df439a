package org.newsum.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsum.model.Cluster;
import org.newsum.model.Figure;
import org.newsum.model.Mention;

class FigureFinderTest {

    private static Cluster cluster(String... bodies) {
        return InsightFixtures.cluster(bodies);
    }

    private static List<Mention> mentions(List<Figure> figures) {
        return figures.stream().flatMap(f -> f.values().stream()).flatMap(v -> v.mentions().stream()).toList();
    }

    private static void assertMentionsMatch(Cluster cluster, List<Figure> figures) {
        for (Mention m : mentions(figures)) {
            String body = cluster.articles().stream().filter(a -> a.id().equals(m.articleId())).findFirst()
                    .orElseThrow().text();
            assertThat(m.start()).isBetween(0, m.end());
            assertThat(m.end()).isLessThanOrEqualTo(body.length());
            assertThat(m.text()).isEqualTo(body.substring(m.start(), m.end()));
        }
    }

    @Test
    void anArticleMayOpenWithASumInWords() {
        // No currency sign before the number: the mention starts at the number, not one character before
        // (which was -1 at the start of an article).
        Cluster c = cluster(
                "100 dollars from Harlow school parents paid for the new library roof this spring.",
                "120 dollars from Harlow school parents went to the library roof, the head teacher said.",
                "Thousands of dollars went missing from the Harlow school fund for the library roof last year.",
                "Millions of dollars will be spent on the Harlow school library roof over ten years.");
        List<Figure> figures = new FigureFinder().find(c);
        assertMentionsMatch(c, figures);
        assertThat(mentions(figures)).extracting(Mention::text).contains("100", "120");
    }

    @Test
    void aSumInWordsInsideASentenceStartsAtItsNumber() {
        Cluster c = cluster(
                "The Harlow school fund raised 100 dollars for the library roof, the head teacher said.",
                "The Harlow school fund raised 120 dollars for its library roof, according to the head teacher.");
        List<Figure> figures = new FigureFinder().find(c);
        assertMentionsMatch(c, figures);
        assertThat(mentions(figures)).extracting(Mention::text).containsExactlyInAnyOrder("100", "120");
    }

    @Test
    void aCurrencySignBelongsToTheMention() {
        Cluster c = cluster(
                "The Harlow school fund raised $100 for the new library roof this spring, the teacher said.",
                "The Harlow school fund raised $120 for the library roof this spring, the teacher said.");
        List<Figure> figures = new FigureFinder().find(c);
        assertMentionsMatch(c, figures);
        assertThat(mentions(figures)).extracting(Mention::text).containsExactlyInAnyOrder("$100", "$120");
    }
}
