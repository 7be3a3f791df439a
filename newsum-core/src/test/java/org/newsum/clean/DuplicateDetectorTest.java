package org.newsum.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class DuplicateDetectorTest {

    private static final String STORY = "Heavy rain flooded the lower town of Riverton on Sunday night, forcing"
            + " dozens of families to leave their homes. The fire service said the water had reached the first"
            + " floor of several houses near the canal.";
    private static final String FOLLOW_UP = "The county opened two shelters on Monday morning and said it would"
            + " inspect the canal walls before anyone was allowed back.";
    private static final String OTHER = "The Riverton library will extend its opening hours during the school"
            + " holidays, the head librarian announced on Wednesday, after a survey of local parents.";

    @Test
    void identicalTextsKeepTheFirst() {
        List<DuplicateDetector.Duplicate> found = DuplicateDetector.find(List.of(STORY, OTHER, STORY));

        assertThat(found).containsExactly(new DuplicateDetector.Duplicate(2, 0, 1.0));
    }

    @Test
    void aTextContainedInALongerOneIsTheDuplicateWhereverItStands() {
        List<DuplicateDetector.Duplicate> found = DuplicateDetector.find(List.of(STORY, STORY + "\n\n" + FOLLOW_UP));

        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.index()).isZero();
            assertThat(d.original()).isEqualTo(1);
            assertThat(d.containment()).isEqualTo(1.0);
        });
    }

    @Test
    void caseAndPunctuationDoNotHideADuplicate() {
        String shouted = STORY.toUpperCase().replace(",", "").replace(".", "!");

        assertThat(DuplicateDetector.find(List.of(STORY, shouted)))
                .containsExactly(new DuplicateDetector.Duplicate(1, 0, 1.0));
    }

    @Test
    void differentStoriesAreNotDuplicates() {
        assertThat(DuplicateDetector.find(List.of(STORY, FOLLOW_UP, OTHER))).isEmpty();
    }

    @Test
    void partialOverlapBelowTheThresholdIsKept() {
        // Shares its first sentence with STORY, then goes its own way for longer.
        String rewrite = "Heavy rain flooded the lower town of Riverton on Sunday night, forcing dozens of families"
                + " to leave their homes. " + OTHER + " " + FOLLOW_UP;

        assertThat(DuplicateDetector.find(List.of(STORY, rewrite))).isEmpty();
    }

    @Test
    void severalCopiesAreAllDuplicatesOfTheFirst() {
        List<DuplicateDetector.Duplicate> found = DuplicateDetector.find(List.of(OTHER, OTHER, OTHER));

        assertThat(found).extracting(DuplicateDetector.Duplicate::index).containsExactly(1, 2);
        assertThat(found).extracting(DuplicateDetector.Duplicate::original).containsOnly(0);
    }

    @Test
    void textsWithoutWordsAreIgnored() {
        assertThat(DuplicateDetector.find(List.of("", "  ...  ", ""))).isEmpty();
        assertThat(DuplicateDetector.shingles("--- !!!")).isEmpty();
    }

    @Test
    void shinglesAreDistinctWordFiveGrams() {
        assertThat(DuplicateDetector.shingles("one two three four five six")).hasSize(2);
        assertThat(DuplicateDetector.shingles("a b a b a b a b a")).hasSize(2);
        assertThat(DuplicateDetector.shingles("just three words")).hasSize(1);
        assertThat(DuplicateDetector.shingles("The Vote")).containsExactly(DuplicateDetector.shingles("the, vote!")[0]);
    }

    @Test
    void noTextsNoDuplicates() {
        assertThat(DuplicateDetector.find(List.of())).isEmpty();
    }

    @Test
    void wordHashesAreTheHashesOfTheWords() {
        String lower = "the café's 3½ ¾-mile ride, \uD835\uDC00x — on 12/03";
        int[] expected = java.util.Arrays.stream(lower.split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty())
                .mapToInt(String::hashCode).toArray();
        assertThat(DuplicateDetector.wordHashes(lower)).containsExactly(expected);
        assertThat(DuplicateDetector.wordHashes("")).isEmpty();
        assertThat(DuplicateDetector.wordHashes("a")).containsExactly("a".hashCode());
    }
}
