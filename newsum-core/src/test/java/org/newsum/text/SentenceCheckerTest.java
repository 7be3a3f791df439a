package org.newsum.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsum.model.SentenceChecks;

class SentenceCheckerTest {

    /** The verdicts on an article's first sentence. */
    private static SentenceChecks sentence(String text) {
        return at(0, text);
    }

    private static SentenceChecks at(int position, String text) {
        return SentenceChecker.check(text, position, new ClusterAnalyzer().tokens(text, 0), true);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "The council approved the new bridge budget on Tuesday evening.",
            "\"We will rebuild the pier,\" port director Helena Marsh said on Monday.",
            "Spokesman J.P. Lindqvist said the ferry talks would resume in Lagos.",
            "The mayor said the pier would reopen in May once the storm damage was repaired.",
            "Roughly 40 percent of the harbour's cargo passes through the east pier.",
            // scripts without capitals, and sentence ends other than the period
            "云湾市政府周二宣布，老石桥将在明年春天重新开放。",
            "市長は記者会見で「この橋は町の記憶です」と語った。",
            "أعلنت بلدية المدينة يوم الثلاثاء أن الجسر القديم سيفتح في الربيع.",
            "नगर परिषद ने मंगलवार को पुराने पुल की मरम्मत के लिए बजट मंजूर किया।"})
    void acceptsWholeStatements(String text) {
        assertThat(sentence(text).strict()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Council approves bridge",                                           // fragment
            "Council approves the new bridge budget after a long debate",      // headline, no full stop
            "Will the council approve the new bridge budget this week?",      // question
            "工程什么时候开始？市政府还没有公布时间表",                              // question, full-width mark
            "and the council approved the new bridge budget on Tuesday.",     // starts mid-sentence
            "MARIA SOTO: The council approved the new bridge budget today.",  // transcript label
            "\"Nobody listened to the workers,\" he said on Tuesday evening.", // speaker unknown
            "The pier will reopen in May, THEY   INSISTED after the storm had passed.", // any case and spacing
            "She warned that the pier would stay closed for the whole of the summer.", // pronoun first
            "The harbour will reopen in May, the mayor said, and the ferries will run later...", // trails off
            "\"The company knew about the fault, and the port knew too.\"",   // bare quotation
            "It blames the storm for the collapse.",                           // dangling reference
            "The pier reopened on Monday ( photo: Jane Roe ) and ferries returned.", // a credit glued in
            "Reuters/Jane Roe The pier reopened on Monday and ferries returned.",   // a credit glued in
            "The council said \"it would approve the budget on Tuesday."})    // unbalanced quote
    void rejectsWhatAReaderCannotFollow(String text) {
        assertThat(sentence(text).strict()).isFalse();
    }

    @org.junit.jupiter.api.Test
    void inTextWithoutCaseAnyLetterStartsASentence() {
        String lowered = "\" the pier will be safe by may, \" harbour master lena okafor told the council.";
        assertThat(SentenceChecker.check(lowered, 0, new ClusterAnalyzer().tokens(lowered, 0), false).strict()).isTrue();
        assertThat(sentence(lowered).strict()).as("where text has case, a lower-case start is a fragment").isFalse();
        String closed = "the council called the new bridge budget \" a fair deal for the town. \"";
        assertThat(SentenceChecker.check(closed, 0, new ClusterAnalyzer().tokens(closed, 0), false).strict()).isTrue();
        String cut = "and the council approved the new bridge budget on tuesday.";
        assertThat(SentenceChecker.check(cut, 0, new ClusterAnalyzer().tokens(cut, 0), false).strict()).isTrue();
    }

    @org.junit.jupiter.api.Test
    void rejectsAListNumberFusedToItsText() {
        assertThat(sentence("2The council approved the new bridge budget on Tuesday.").strict()).isFalse();
        assertThat(sentence("3M said the council approved the new bridge budget on Tuesday.").strict()).isTrue();
    }

    @org.junit.jupiter.api.Test
    void rejectsOverlongRunOns() {
        // the longest sentence a summary takes, and one word more
        String longest = "The " + String.join(" ", java.util.Collections.nCopies(SentenceChecker.MAX_WORDS - 1, "ferry")) + ".";
        String runOn = "The " + String.join(" ", java.util.Collections.nCopies(SentenceChecker.MAX_WORDS, "ferry")) + ".";
        assertThat(org.newsum.model.Budget.countWords(longest)).isEqualTo(SentenceChecker.MAX_WORDS);
        assertThat(sentence(longest).strict()).isTrue();
        assertThat(sentence(runOn).strict()).isFalse();
    }

    @org.junit.jupiter.api.Test
    void rejectsALaterSentenceThatOpensWithAPronounButNotAnArticlesFirst() {
        String text = "It followed a long night of talks between the two port authorities in the capital.";
        assertThat(sentence(text).strict()).isTrue();
        assertThat(at(3, text).strict()).isFalse();
        assertThat(at(3, "This comes as the two port authorities prepare for a second round of talks.").strict())
                .isFalse();
        assertThat(at(3, "This week the two port authorities will meet again for a second round of talks.").strict())
                .isTrue();
        assertThat(at(3, "The vote followed a long night of talks between the two port authorities in the capital.")
                .strict()).isTrue();
    }

    @org.junit.jupiter.api.Test
    void rejectsUnquotedFirstPersonButKeepsQuotedSpeech() {
        assertThat(sentence("We want to thank everyone who helped search the harbour last week.").strict()).isFalse();
        assertThat(sentence("I was not told about the closure until the night before it began.").strict()).isFalse();
        assertThat(sentence("\"We will rebuild the pier before summer,\" port director Helena Marsh said.").strict()).isTrue();
        assertThat(sentence("US officials said the talks on the harbour treaty would resume in May.").strict()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "the council approved the new bridge budget on tuesday evening",
            "The council said \"it would approve the budget on Tuesday.",
            "The council approved the new bridge budget on Tuesday evening after a long debate and"})
    void theRelaxedChecksTakeProseThatFailsTheStrictOnes(String text) {
        assertThat(sentence(text).strict()).isFalse();
        assertThat(sentence(text).relaxed()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Council approves bridge",                                  // fragment
            "12 , 14 , 15 , 19 , 22 , 31 , 40 , 45 .",                  // numbers, not prose
            "Click here to subscribe to our newsletter for more news."}) // site furniture
    void theRelaxedChecksStillRejectWhatIsNotProse(String text) {
        assertThat(sentence(text).relaxed()).isFalse();
    }

    @org.junit.jupiter.api.Test
    void theTwoLevelsAreJudgedApart() {
        // a statement by its shape, but too few of its words are words of letters to pass as prose
        assertThat(sentence("In 2019 the 14 , 15 , 19 , 22 , 31 and 40 routes ran.")).isEqualTo(SentenceChecks.of(true, false));
        // a heading's shape is furniture to the strict checks, prose cut short to the relaxed ones
        assertThat(sentence("Council approves the new bridge budget after a long debate"))
                .isEqualTo(SentenceChecks.of(false, true));
        assertThat(sentence("The council approved the new bridge budget on Tuesday evening."))
                .isEqualTo(SentenceChecks.of(true, true));
        assertThat(sentence("Council approves bridge")).isEqualTo(SentenceChecks.of(false, false));
    }
}
