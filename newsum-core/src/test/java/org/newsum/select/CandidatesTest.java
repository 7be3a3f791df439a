package org.newsum.select;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsum.model.Sentence;
import org.newsum.text.ClusterAnalyzer;

class CandidatesTest {

    private static Sentence sentence(String text) {
        return new Sentence(0, 0, 0, 0, 0, text.length(), text, new ClusterAnalyzer().tokens(text, 0));
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
        assertThat(Candidates.accepts(sentence(text))).isTrue();
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
            "The council said \"it would approve the budget on Tuesday."})    // unbalanced quote
    void rejectsWhatAReaderCannotFollow(String text) {
        assertThat(Candidates.accepts(sentence(text))).isFalse();
    }

    @org.junit.jupiter.api.Test
    void rejectsOverlongRunOns() {
        // the longest sentence a summary takes, and one word more
        String longest = "The " + String.join(" ", java.util.Collections.nCopies(Candidates.MAX_WORDS - 1, "ferry")) + ".";
        String runOn = "The " + String.join(" ", java.util.Collections.nCopies(Candidates.MAX_WORDS, "ferry")) + ".";
        assertThat(sentence(longest).wordCount()).isEqualTo(Candidates.MAX_WORDS);
        assertThat(Candidates.accepts(sentence(longest))).isTrue();
        assertThat(Candidates.accepts(sentence(runOn))).isFalse();
    }

    @org.junit.jupiter.api.Test
    void rejectsALaterSentenceThatOpensWithAPronounButNotAnArticlesFirst() {
        String text = "It followed a long night of talks between the two port authorities in the capital.";
        Sentence first = sentence(text);
        Sentence later = new Sentence(5, 0, 3, 3, 0, text.length(), text, new ClusterAnalyzer().tokens(text, 0));
        assertThat(Candidates.accepts(first)).isTrue();
        assertThat(Candidates.accepts(later)).isFalse();
        String demonstrative = "This comes as the two port authorities prepare for a second round of talks.";
        assertThat(Candidates.accepts(new Sentence(5, 0, 3, 3, 0, demonstrative.length(), demonstrative,
                new ClusterAnalyzer().tokens(demonstrative, 0)))).isFalse();
        String timely = "This week the two port authorities will meet again for a second round of talks.";
        assertThat(Candidates.accepts(new Sentence(5, 0, 3, 3, 0, timely.length(), timely,
                new ClusterAnalyzer().tokens(timely, 0)))).isTrue();
        String named = "The vote followed a long night of talks between the two port authorities in the capital.";
        assertThat(Candidates.accepts(new Sentence(5, 0, 3, 3, 0, named.length(), named,
                new ClusterAnalyzer().tokens(named, 0)))).isTrue();
    }

    @org.junit.jupiter.api.Test
    void rejectsUnquotedFirstPersonButKeepsQuotedSpeech() {
        assertThat(Candidates.accepts(sentence("We want to thank everyone who helped search the harbour last week."))).isFalse();
        assertThat(Candidates.accepts(sentence("I was not told about the closure until the night before it began."))).isFalse();
        assertThat(Candidates.accepts(sentence("\"We will rebuild the pier before summer,\" port director Helena Marsh said."))).isTrue();
        assertThat(Candidates.accepts(sentence("US officials said the talks on the harbour treaty would resume in May."))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "the council approved the new bridge budget on tuesday evening",
            "The council said \"it would approve the budget on Tuesday.",
            "The council approved the new bridge budget on Tuesday evening after a long debate and"})
    void theRelaxedChecksTakeProseThatFailsTheStrictOnes(String text) {
        assertThat(Candidates.accepts(sentence(text))).isFalse();
        assertThat(Candidates.acceptsRelaxed(sentence(text))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Council approves bridge",                                  // fragment
            "12 , 14 , 15 , 19 , 22 , 31 , 40 , 45 .",                  // numbers, not prose
            "Click here to subscribe to our newsletter for more news."}) // site furniture
    void theRelaxedChecksStillRejectWhatIsNotProse(String text) {
        assertThat(Candidates.acceptsRelaxed(sentence(text))).isFalse();
    }
}
