package org.newsum.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsum.model.Article;
import org.newsum.model.CleanCluster;
import org.newsum.model.Cluster;
import org.newsum.model.Sentence;
import org.newsum.model.SentenceChecks;
import org.newsum.model.Token;

class ClusterAnalyzerTest {

    static Cluster analyze(String... bodies) {
        List<Article> articles = new java.util.ArrayList<>();
        for (int i = 0; i < bodies.length; i++) {
            articles.add(Article.ofText(String.valueOf(i + 1), "a" + (i + 1) + ".txt", bodies[i]));
        }
        return new ClusterAnalyzer().analyze(new CleanCluster("c", articles, List.of(), List.of()));
    }

    @Test
    void sentencesHaveOffsetsParagraphsAndPositions() {
        String body = "The river rose overnight. Roads were closed.\n\nSchools stayed shut on Monday.";
        Cluster c = analyze(body);
        assertThat(c.sentences()).extracting(Sentence::text)
                .containsExactly("The river rose overnight.", "Roads were closed.", "Schools stayed shut on Monday.");
        for (Sentence s : c.sentences()) {
            assertThat(body.substring(s.start(), s.end())).isEqualTo(s.text());
        }
        assertThat(c.sentences()).extracting(Sentence::paragraph).containsExactly(0, 0, 1);
        assertThat(c.sentences()).extracting(Sentence::position).containsExactly(0, 1, 2);
    }

    @Test
    void everySentenceCarriesTheVerdictsOfTheChecksAtItsPlace() {
        String lead = "It rained on the harbour towns of the north coast for the whole of the week.";
        Cluster c = analyze(lead + " " + lead + " Click here to subscribe to our newsletter for more news.");
        // an opening pronoun leans on the sentence before, which only a later sentence has
        assertThat(c.sentences()).extracting(Sentence::checks).containsExactly(
                SentenceChecks.of(true, true), SentenceChecks.of(false, true), SentenceChecks.of(false, false));
        for (Sentence s : c.sentences()) {
            assertThat(s.checks()).isEqualTo(SentenceChecker.check(s.text(), s.position(), s.tokens(), true));
        }
    }

    @Test
    void tokensAreLowerCasedStemmedAndMarked() {
        Cluster c = analyze("The engineers were running tests.");
        List<Token> tokens = c.sentences().get(0).tokens();
        assertThat(tokens).extracting(Token::lower).containsExactly("the", "engineers", "were", "running", "tests");
        assertThat(tokens).extracting(Token::stem).containsExactly("the", "engin", "were", "run", "test");
        assertThat(tokens).extracting(Token::stop).containsExactly(true, false, true, false, false);
        assertThat(c.sentences().get(0).text().substring(tokens.get(1).start(), tokens.get(1).start() + 9))
                .isEqualTo("engineers");
    }

    @Test
    void stopListIsLargerThanLucenes() {
        assertThat(StopWords.size()).isGreaterThan(300);
        assertThat(StopWords.contains("however")).isTrue();
        assertThat(StopWords.contains("harbour")).isFalse();
    }

    @Test
    void termIndexFindsTheSentenceOtherArticlesCarry() {
        Cluster c = analyze(
                "Floodwater reached the old granary in Tarnby on Sunday. Volunteers filled sandbags.",
                "Volunteers cooked soup for evacuees. Floodwater reached the old granary in Tarnby on Sunday night.",
                "The mayor praised the volunteers.");
        TermIndex terms = TermIndex.of(c);
        List<TermIndex.Match> carriers = terms.carriers(0, 0.7);
        assertThat(carriers).hasSize(1);
        assertThat(carriers.get(0).article()).isEqualTo(1);
        assertThat(c.sentences().get(carriers.get(0).sentence()).text()).startsWith("Floodwater reached");
        assertThat(terms.coverage(0, carriers.get(0).sentence())).isEqualTo(1.0);
        assertThat(terms.cosine(0, 0)).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void aTokenAlwaysHasAStem() {
        // Porter strips the plural "s" of a lone letter s to nothing; later stages read a stem's first letter.
        Cluster c = analyze("The mayor ’s office and the s key were named.");
        assertThat(c.sentences().get(0).tokens()).allSatisfy(t -> assertThat(t.stem()).isNotEmpty());
    }
}
