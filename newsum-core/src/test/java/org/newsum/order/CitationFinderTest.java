package org.newsum.order;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsum.model.Article;
import org.newsum.model.Budget;
import org.newsum.model.Citation;
import org.newsum.model.CleanCluster;
import org.newsum.model.Cluster;
import org.newsum.model.ScoredSentence;
import org.newsum.model.Selection;
import org.newsum.model.Sentence;
import org.newsum.model.SummarySentence;
import org.newsum.text.ClusterAnalyzer;
import org.newsum.text.TermIndex;

class CitationFinderTest {

    private static final String CLOSURE = "The Kelling tunnel will close for repairs from the first of June.";

    /** Four invented reports of a tunnel closure: a copy, a longer sentence holding it, a partial echo, nothing. */
    private static final Cluster TUNNEL = cluster(
            CLOSURE + " Drivers will be sent over the mountain pass instead. Tolls stay the same.",
            "Road officials said on Friday that the Kelling tunnel will close for repairs from the first of June.",
            "Tolls stay the same. The Kelling tunnel will close for repairs from the first of June, officials said,"
                    + " and lorries will need a permit for the mountain pass.",
            "The tunnel opened in 1987 and carries ten thousand cars a day.",
            "A ferry across the fjord will run every hour while the roads are busy.");
    private static final TermIndex TERMS = TermIndex.of(TUNNEL);
    private final CitationFinder finder = new CitationFinder();

    private static Cluster cluster(String... bodies) {
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < bodies.length; i++) {
            articles.add(Article.ofText("r" + (i + 1), "report" + (i + 1) + ".txt", bodies[i]));
        }
        return new ClusterAnalyzer().analyze(new CleanCluster("tunnel", articles, List.of(), List.of()));
    }

    private static Sentence sentence(Cluster cluster, String start) {
        return cluster.sentences().stream().filter(s -> s.text().startsWith(start)).findFirst().orElseThrow();
    }

    @Test
    void citesItsOwnArticleFirstAndEachArticleCarryingItsContentAfter() {
        Sentence closure = sentence(TUNNEL, "The Kelling tunnel");
        List<Citation> citations = finder.citations(TUNNEL, TERMS, closure);
        assertThat(citations).extracting(Citation::articleId).containsExactly("r1", "r2", "r3");
        assertThat(citations.get(0)).isEqualTo(new Citation("r1", closure.start(), closure.end(), 1.0));
        // the carrying sentences are cited by their own offsets in their own articles
        Sentence officials = sentence(TUNNEL, "Road officials");
        assertThat(citations.get(1).start()).isEqualTo(officials.start());
        assertThat(citations.get(1).end()).isEqualTo(officials.end());
        assertThat(citations.get(1).similarity()).isEqualTo(1.0);
        Sentence longer = TUNNEL.sentencesOf(2).get(1);
        assertThat(longer.text()).startsWith("The Kelling tunnel will close");
        assertThat(citations.get(2).start()).isEqualTo(longer.start());
    }

    @Test
    void aSentenceTooShortToMatchReliablyCitesOnlyItsOwnArticle() {
        Sentence tolls = sentence(TUNNEL, "Tolls stay the same.");
        assertThat(TERMS.size(tolls.index())).isLessThan(3);
        // the third report holds the same words, but two content terms match by chance too often
        assertThat(finder.citations(TUNNEL, TERMS, tolls)).extracting(Citation::articleId).containsExactly("r1");
    }

    /**
     * Citations by brute force for every sentence: each other article whose best sentence holds at least
     * {@link CitationFinder#MIN_COVERAGE} of the sentence's weighted content is cited, in article order,
     * with that share rounded to three places and the offsets of a sentence of that article holding it.
     */
    @Test
    void citesExactlyTheArticlesABruteForceComparisonFinds() {
        for (Cluster cluster : List.of(TUNNEL, cluster(
                "Storms closed the coast road near Brask on Tuesday. Crews cleared fallen trees by noon.",
                "Crews cleared fallen trees from the coast road near Brask by noon on Tuesday.",
                "Storms closed the coast road near Brask on Tuesday, and schools sent pupils home early.",
                "Schools in Brask sent pupils home early as storms closed the coast road."))) {
            TermIndex terms = TermIndex.of(cluster);
            for (Sentence s : cluster.sentences()) {
                List<Citation> citations = finder.citations(cluster, terms, s);
                List<String> expected = new ArrayList<>(List.of(cluster.articles().get(s.articleIndex()).id()));
                if (terms.size(s.index()) >= 3) {
                    for (int a = 0; a < cluster.articles().size(); a++) {
                        double best = 0;
                        for (Sentence o : cluster.sentencesOf(a)) {
                            best = a == s.articleIndex() ? 0 : Math.max(best, terms.coverage(s.index(), o.index()));
                        }
                        if (best >= CitationFinder.MIN_COVERAGE) {
                            expected.add(cluster.articles().get(a).id());
                            Citation c = citations.get(expected.size() - 1);
                            assertThat(c.similarity()).isEqualTo(Math.round(best * 1000) / 1000.0);
                            double share = best;
                            assertThat(cluster.sentencesOf(a)).as(s.text()).anyMatch(o -> o.start() == c.start()
                                    && o.end() == c.end() && terms.coverage(s.index(), o.index()) == share);
                        }
                    }
                }
                assertThat(citations).as(s.text()).extracting(Citation::articleId).containsExactlyElementsOf(expected);
            }
        }
    }

    @Test
    void citeKeepsTheSelectionOrderTextAndScores() {
        Sentence closure = sentence(TUNNEL, "The Kelling tunnel");
        Sentence ferry = sentence(TUNNEL, "A ferry");
        Selection selection = new Selection("m", Budget.words(40),
                List.of(new ScoredSentence(ferry.index(), 0.9), new ScoredSentence(closure.index(), 0.4)));
        List<SummarySentence> cited = finder.cite(TUNNEL, TERMS, selection);
        assertThat(cited).extracting(SummarySentence::sentence).containsExactly(ferry.index(), closure.index());
        assertThat(cited).extracting(SummarySentence::text).containsExactly(ferry.text(), CLOSURE);
        assertThat(cited).extracting(SummarySentence::score).containsExactly(0.9, 0.4);
        assertThat(cited.get(0).citations()).extracting(Citation::articleId).containsExactly("r5");
        assertThat(cited.get(1).citations()).hasSize(3);
    }
}
