package org.newsum.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class ExtractionScoreTest {

    private static final Offset<Double> EXACT = Offset.offset(1e-12);

    @Test
    void identicalTextsScoreOneWhateverThePunctuation() {
        ExtractionScore s = ExtractionScore.of("The tide came in, fast; boats rose.", "The tide came in fast. Boats rose!");
        // case is kept, so "boats" and "Boats" differ: tokens The tide came in fast b/Boats rose
        assertThat(s.tp()).isEqualTo(2); // "The tide came in", "tide came in fast"
        assertThat(s.fp()).isEqualTo(2);
        assertThat(s.fn()).isEqualTo(2);

        ExtractionScore same = ExtractionScore.of("Boats rose at dawn today", "Boats  rose — at dawn, today.");
        assertThat(same).isEqualTo(new ExtractionScore(2, 0, 0));
        assertThat(same.precision()).isEqualTo(1);
        assertThat(same.recall()).isEqualTo(1);
        assertThat(same.f1()).isEqualTo(1);
    }

    @Test
    void extraTextCostsPrecisionAndMissingTextCostsRecall() {
        String truth = "one two three four five six";                      // 3 shingles
        ExtractionScore extra = ExtractionScore.of(truth, truth + " menu item");   // 5 shingles, 3 right
        assertThat(extra).isEqualTo(new ExtractionScore(3, 2, 0));
        assertThat(extra.precision()).isCloseTo(3.0 / 5, EXACT);
        assertThat(extra.recall()).isEqualTo(1);

        ExtractionScore missing = ExtractionScore.of(truth, "one two three four"); // 1 shingle of 3
        assertThat(missing).isEqualTo(new ExtractionScore(1, 0, 2));
        assertThat(missing.precision()).isEqualTo(1);
        assertThat(missing.recall()).isCloseTo(1.0 / 3, EXACT);
        assertThat(missing.f1()).isCloseTo(2 * (1.0 / 3) / (1 + 1.0 / 3), EXACT);
    }

    @Test
    void shinglesAreAMultiset() {
        // "a b c d" twice in the truth, once extracted: one match, one missing
        ExtractionScore s = ExtractionScore.of("a b c d x a b c d", "a b c d");
        assertThat(s.tp()).isEqualTo(1);
        assertThat(s.fp()).isZero();
        assertThat(s.fn()).isEqualTo(5);
    }

    @Test
    void shortTextsAreOneShingleAndUnicodeWordsAreTokens() {
        assertThat(ExtractionScore.shingles("Grüße aus Köln")).containsExactly(java.util.Map.entry("Grüße aus Köln", 1));
        assertThat(ExtractionScore.tokens("naïve café_bar 42-x")).containsExactly("naïve", "café_bar", "42", "x");
        assertThat(ExtractionScore.shingles("  ... ")).isEmpty();
    }

    @Test
    void emptySides() {
        ExtractionScore bothEmpty = ExtractionScore.of("", null);
        assertThat(bothEmpty.precision()).isEqualTo(1);
        assertThat(bothEmpty.recall()).isEqualTo(1);

        ExtractionScore nothingExtracted = ExtractionScore.of("the article body is here", "");
        assertThat(nothingExtracted.precision()).isZero();
        assertThat(nothingExtracted.recall()).isZero();
        assertThat(nothingExtracted.f1()).isZero();

        ExtractionScore nothingDue = ExtractionScore.of("", "a menu of links here");
        assertThat(nothingDue.precision()).isZero();
        assertThat(nothingDue.recall()).isEqualTo(1);
    }

    @Test
    void summaryIsTheHarmonicMeanOfMeanPrecisionAndMeanRecall() {
        ExtractionScore a = new ExtractionScore(1, 1, 0); // P 0.5, R 1
        ExtractionScore b = new ExtractionScore(1, 0, 3); // P 1, R 0.25
        ExtractionScore.Summary s = ExtractionScore.summarize(List.of(a, b));
        assertThat(s.precision()).isCloseTo(0.75, EXACT);
        assertThat(s.recall()).isCloseTo(0.625, EXACT);
        assertThat(s.f1()).isCloseTo(2 * 0.75 * 0.625 / (0.75 + 0.625), EXACT);
        assertThat(s.pages()).isEqualTo(2);
        assertThat(ExtractionScore.summarize(List.of()).f1()).isZero();
    }

    @Test
    void pagesWithNothingExtractedOrNothingDueLeaveTheMeansTheyHaveNoValueFor() {
        // evaluate.py: precision over pages with tp + fp > 0, recall over pages with tp + fn > 0
        ExtractionScore good = new ExtractionScore(1, 1, 0);                        // P 0.5, R 1
        ExtractionScore nothingExtracted = ExtractionScore.of("the article body is here", "");
        ExtractionScore nothingDue = ExtractionScore.of("", "a menu of links here");
        ExtractionScore bothEmpty = ExtractionScore.of("", "");
        ExtractionScore.Summary s = ExtractionScore.summarize(List.of(good, nothingExtracted, nothingDue, bothEmpty));
        assertThat(s.precision()).isCloseTo((0.5 + 0) / 2, EXACT);   // good and nothingDue
        assertThat(s.recall()).isCloseTo((1 + 0) / 2.0, EXACT);      // good and nothingExtracted
        assertThat(s.precisionPages()).isEqualTo(2);
        assertThat(s.recallPages()).isEqualTo(2);
        assertThat(s.pages()).isEqualTo(4);
        assertThat(ExtractionScore.summarize(List.of(nothingExtracted)).precision()).isZero();
    }
}
