package org.newsum.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class RougeTest {

    private static final Offset<Double> EXACT = Offset.offset(1e-12);
    private final Rouge rouge = new Rouge(RougeOptions.STANDARD);

    @Test
    void identicalSummariesScoreOne() {
        List<String> s = List.of("The ferry strike ended on Friday.", "Crews accepted a new offer.");
        RougeScores scores = rouge.score(s, List.of(s));
        for (String metric : List.of("ROUGE-1", "ROUGE-2", "ROUGE-3", "ROUGE-4", "ROUGE-L", "ROUGE-SU4")) {
            assertThat(scores.get(metric).f()).as(metric).isCloseTo(1.0, EXACT);
        }
    }

    @Test
    void aSentencePairPastTheLcsBoundIsRefusedInWordsRatherThanFillingTheHeap() {
        // 9,000 x 9,000 = 81 million word pairs: over the bound, while each text alone is unremarkable.
        String sentence = String.join(" ", java.util.Collections.nCopies(9_000, "tide"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> rouge.score(List.of(sentence),
                        List.of(List.of(sentence))))
                .isInstanceOf(Rouge.TooLongException.class)
                .hasMessageContaining("9,000 words").hasMessageContaining("-l or -b");
        // Just under it the score is still computed exactly.
        String shorter = String.join(" ", java.util.Collections.nCopies(8_000, "tide"));
        assertThat(rouge.score(List.of(shorter), List.of(List.of(shorter))).get("ROUGE-L").f()).isCloseTo(1.0, EXACT);
    }

    @Test
    void disjointSummariesScoreZero() {
        RougeScores scores = rouge.score(List.of("Apples grow slowly."), List.of(List.of("Trains leave early.")));
        assertThat(scores.get("ROUGE-1").f()).isZero();
        assertThat(scores.get("ROUGE-L").f()).isZero();
    }

    @Test
    void tokenizesAsTheScriptDoes() {
        // lower case, '-' set apart and dropped, non-ASCII splits words, tokens <= 3 chars unstemmed
        assertThat(RougeTokens.tokens("U.K.-Norway quotas: café talks!", true, new HashMap<>()))
                .containsExactly("u", "k", "norwai", "quota", "caf", "talk");
        // WordNet exceptions come before Porter: said -> say, mice (4 chars) -> mouse
        assertThat(RougeTokens.tokens("He said mice ran", true, new HashMap<>()))
                .containsExactly("he", "say", "mouse", "ran");
    }

    @Test
    void clipsCountsPerReferenceAndPoolsReferences() {
        // system "the the the" against "the cat": 1 hit of 3 system unigrams, 1 of 2 reference unigrams
        Score one = rouge.score(List.of("the the the"), List.of(List.of("the cat"))).get("ROUGE-1");
        assertThat(one.r()).isCloseTo(0.5, EXACT);
        assertThat(one.p()).isCloseTo(1.0 / 3, EXACT);
        // two references: hits and counts add up (1 + 1 hits, 2 + 2 reference unigrams, 3 + 3 system unigrams)
        Score two = rouge.score(List.of("the the the"), List.of(List.of("the cat"), List.of("the dog")))
                .get("ROUGE-1");
        assertThat(two.r()).isCloseTo(0.5, EXACT);
        assertThat(two.p()).isCloseTo(2.0 / 6, EXACT);
    }

    @Test
    void rougeLIsTheSummaryLevelUnionLcs() {
        // Lin (2004): reference w1..w5; c1 = w1 w2 w6 w7 w8, c2 = w1 w3 w8 w9 w5: union LCS = w1 w2 w3 w5
        List<String> ref = List.of("alpha bravo charlie delta echo");
        List<String> sys = List.of("alpha bravo foxtrot golf hotel", "alpha charlie hotel india echo");
        Score l = rouge.score(sys, List.of(ref)).get("ROUGE-L");
        assertThat(l.r()).isCloseTo(4.0 / 5, EXACT);
        assertThat(l.p()).isCloseTo(4.0 / 10, EXACT);
    }

    @Test
    void skipBigramsLeaveOutTheLastUnigramAsTheScriptDoes() {
        // four tokens: skip-bigrams 3 + 2 + 1 = 6, unigrams of all but the last = 3: 9 in all
        Score su = rouge.score(List.of("alpha bravo charlie delta"), List.of(List.of("alpha bravo charlie delta")))
                .get("ROUGE-SU4");
        assertThat(su.r()).isCloseTo(1.0, EXACT);
        Score partial = rouge.score(List.of("alpha bravo"), List.of(List.of("alpha bravo charlie delta")))
                .get("ROUGE-SU4");
        // system grams: "alpha", "alpha bravo" (2), both in the reference's 9
        assertThat(partial.p()).isCloseTo(1.0, EXACT);
        assertThat(partial.r()).isCloseTo(2.0 / 9, EXACT);
        // one token only: no grams at all
        assertThat(rouge.score(List.of("alpha"), List.of(List.of("alpha"))).get("ROUGE-SU4").r()).isZero();
    }

    @Test
    void wordAndByteLimitsCutBothSides() {
        Rouge l2 = new Rouge(RougeOptions.STANDARD.withWordLimit(2));
        Score s = l2.score(List.of("alpha bravo charlie"), List.of(List.of("alpha bravo delta echo"))).get("ROUGE-1");
        assertThat(s.r()).isCloseTo(1.0, EXACT);
        assertThat(s.p()).isCloseTo(1.0, EXACT);
        // the space between two sentences is not counted: 5 bytes, then 2 of the next
        assertThat(RougeTokens.truncate(List.of("ab cd", "ef gh"), RougeOptions.STANDARD.withByteLimit(7)))
                .containsExactly("ab cd", "ef");
        assertThat(RougeTokens.truncate(List.of("one two", "three four"), RougeOptions.STANDARD.withWordLimit(3)))
                .containsExactly("one two", "three");
    }

    // The expected counts below are the script's own: perl 5.36 running ROUGE-1.5.5.pl's readText, readText_LCS,
    // computeNGramScore, computeLCSScore and computeSkipBigramScore (with -m) on these sentences as SPL files.

    @Test
    void byteLimitCutsAsTheScriptDoesAndRougeLSentencesOnTheirOwn() {
        // -b 30: the text keeps 19 + 10 bytes and then "f" of the third sentence (no byte for the spaces between);
        // ROUGE-L's sentences keep every sentence shorter than 30 bytes whole and cut the first longer one to 30
        Rouge b30 = new Rouge(RougeOptions.STANDARD.withByteLimit(30));
        List<String> sys = List.of("alpha bravo charlie", "delta echo", "foxtrot golf hotel");
        List<String> ref = List.of("delta echo alpha", "hotel golf foxtrot bravo charlie");
        assertThat(RougeTokens.truncate(sys, b30.options())).containsExactly("alpha bravo charlie", "delta echo", "f");
        RougeScores scores = b30.score(sys, List.of(ref));
        assertCounts(scores.get("ROUGE-1"), 3, 6, 6);
        assertCounts(scores.get("ROUGE-2"), 1, 5, 5);
        assertCounts(scores.get("ROUGE-4"), 0, 3, 3);
        // recall over the 3 + 5 tokens of the reference's LCS sentences, precision over the 6 of the system text;
        // foxtrot, golf and hotel are on the union LCS but not in the cut text, so they are no hits
        assertCounts(scores.get("ROUGE-L"), 3, 8, 6);
        assertCounts(scores.get("ROUGE-SU4"), 4, 20, 20);
    }

    @Test
    void whiteSpaceCountsUnderTheLimitsAsTheScriptReadsIt() {
        // -l 3: the leading white space makes an empty first word, so only "alpha bravo" is left
        Score l3 = new Rouge(RougeOptions.STANDARD.withWordLimit(3))
                .score(List.of("  alpha bravo charlie", "delta echo"), List.of(List.of("alpha bravo charlie delta")))
                .get("ROUGE-1");
        assertCounts(l3, 2, 3, 2);
        // -b 20: the trailing blank and tab and the blank-only line count, so 4 bytes of "charlie delta" are left
        List<String> sys = List.of("alpha bravo \t", "   ", "charlie delta");
        RougeScores b20 = new Rouge(RougeOptions.STANDARD.withByteLimit(20))
                .score(sys, List.of(List.of("alpha bravo charlie delta echo")));
        assertCounts(b20.get("ROUGE-1"), 2, 3, 3);
        assertCounts(b20.get("ROUGE-L"), 2, 3, 3);
    }

    private static void assertCounts(Score s, int hits, int referenceCount, int systemCount) {
        assertThat(s.r()).isCloseTo(referenceCount == 0 ? 0 : (double) hits / referenceCount, EXACT);
        assertThat(s.p()).isCloseTo(systemCount == 0 ? 0 : (double) hits / systemCount, EXACT);
    }

    @Test
    void averagesMacro() {
        RougeScores a = rouge.score(List.of("alpha bravo"), List.of(List.of("alpha bravo")));
        RougeScores b = rouge.score(List.of("alpha bravo"), List.of(List.of("charlie delta")));
        assertThat(RougeScores.average(List.of(a, b)).get("ROUGE-1").f()).isCloseTo(0.5, EXACT);
    }
}
