package org.newsum.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class SpeechVerbsTest {

    @Test
    void theQuotingVerbsArePartOfTheOneSortedList() {
        assertThat(SpeechVerbs.ALL).containsAll(SpeechVerbs.QUOTING).isSorted().doesNotHaveDuplicates();
        assertThat(SpeechVerbs.ALL).hasSizeGreaterThan(SpeechVerbs.QUOTING.size());
    }

    @Test
    void lookupIsByTheLowerCaseWord() {
        assertThat(SpeechVerbs.contains("said")).isTrue();
        assertThat(SpeechVerbs.contains("denied")).isTrue();
        assertThat(SpeechVerbs.contains("Said")).isFalse();
        assertThat(SpeechVerbs.contains("sailed")).isFalse();
    }

    @Test
    void theAlternationMatchesEachVerbWhole() {
        Pattern p = Pattern.compile("\\b(?:" + SpeechVerbs.alternation(SpeechVerbs.QUOTING) + ")\\b");
        assertThat(p.matcher("the ferry captain told us").find()).isTrue();
        assertThat(p.matcher("the ferry captain denied it").find()).isFalse(); // not a quoting verb
        assertThat(p.matcher("the ferry captain toldly").find()).isFalse();
    }
}
