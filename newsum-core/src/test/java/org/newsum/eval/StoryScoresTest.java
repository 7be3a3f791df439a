package org.newsum.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class StoryScoresTest {

    private static Map<String, String> gold() {
        Map<String, String> gold = new LinkedHashMap<>();
        gold.put("a", "X");
        gold.put("b", "X");
        gold.put("c", "X");
        gold.put("d", "Y");
        gold.put("e", "Y");
        return gold;
    }

    @Test
    void scoresAPerfectClusteringAsOne() {
        StoryScores s = StoryScores.of(gold(), List.of(List.of("a", "b", "c"), List.of("d", "e")));
        assertThat(s.f1()).isEqualTo(1.0);
        assertThat(s.pairF1()).isEqualTo(1.0);
    }

    @Test
    void scoresByHandComputedValuesWithUnheldArticlesAsSingletons() {
        // Predicted {a, b, d}, and c, e held in none (singletons).
        StoryScores s = StoryScores.of(gold(), List.of(List.of("a", "b", "d")));
        // B3 precision: a, b 2/3 each, d 1/3, c 1, e 1 -> (2/3 + 2/3 + 1/3 + 1 + 1) / 5
        assertThat(s.precision()).isCloseTo((2 / 3.0 + 2 / 3.0 + 1 / 3.0 + 2) / 5, within(1e-12));
        // B3 recall: a, b 2/3, c 1/3, d 1/2, e 1/2
        assertThat(s.recall()).isCloseTo((2 / 3.0 + 2 / 3.0 + 1 / 3.0 + 0.5 + 0.5) / 5, within(1e-12));
        // Pairs: predicted 3 (ab, ad, bd), of which ab is right; gold 4 (ab, ac, bc, de).
        assertThat(s.pairPrecision()).isCloseTo(1 / 3.0, within(1e-12));
        assertThat(s.pairRecall()).isCloseTo(1 / 4.0, within(1e-12));
        assertThat(s.heldInNone()).isEqualTo(2);
        assertThat(s.predictedStories()).isEqualTo(3);
    }

    @Test
    void refusesIdsNotInTheGoldOrInTwoStories() {
        assertThatThrownBy(() -> StoryScores.of(gold(), List.of(List.of("a", "z"))))
                .hasMessageContaining("z");
        assertThatThrownBy(() -> StoryScores.of(gold(), List.of(List.of("a"), List.of("a"))))
                .hasMessageContaining("two");
    }
}
