package org.newsum.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsum.model.Article;
import org.newsum.model.Budget;
import org.newsum.model.Source;
import org.newsum.text.SentenceSplitter;

class PlainFirstSentencesTest {

    private static final Source SOURCE = new Source("c", List.of(
            Article.ofText("1", "a", "Skip to main content\nThe pier closed on Monday. Ferries stopped. Crews came.\n"
                    + "A fourth sentence is left out."),
            Article.ofText("2", "b", "The council met. It voted late")), List.of("ref"), List.of());

    @Test
    void takesTheFirstThreeSentencesOfEachArticleWithoutCleaningOrChecks() {
        assertThat(PlainFirstSentences.summary(SOURCE, Budget.words(250), new SentenceSplitter())).containsExactly(
                "Skip to main content", "The pier closed on Monday.", "Ferries stopped.", "The council met.",
                "It voted late");
    }

    @Test
    void keepsASentenceOrCharacterBudget() {
        assertThat(PlainFirstSentences.summary(SOURCE, Budget.sentences(2), new SentenceSplitter())).hasSize(2);
    }

    @Test
    void isAnEvaluationMethodBeforeTheOracle() {
        List<org.newsum.model.Method> methods = Evaluation.methods();
        assertThat(methods.get(methods.size() - 2)).isEqualTo(Evaluation.FIRST3_PLAIN);
    }
}
