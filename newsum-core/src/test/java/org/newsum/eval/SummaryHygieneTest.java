package org.newsum.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SummaryHygieneTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "The ferry left late for a safety check.But the crew stayed calm.",
            "Port Varna opened its new terminal in June. The old one closed in 2019.",
            "The line runs ferries to pier 4. The next boat leaves at noon.",
            "The mayor spoke last.\"We will rebuild,\" she told the crowd.",
            "The judge stayed with him.\"I had never been to jail,\" she said."})
    void findsGluedSentences(String sentence) {
        assertThat(SummaryHygiene.glued(sentence)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "\"We tried. We failed,\" the harbour master said on Monday.",
            "The inquiry opened at 9 a.m. Friday in the old town hall.",
            "Dr. Amal Reyes and Mr. Okafor of the U.S. Coast Guard spoke.",
            "Tickets are sold at portvarna.org/Tickets and by phone.",
            "Varna won the match vs. Ostend on penalties.",
            "The mayor said... Nobody knows what comes next for the pier."})
    void leavesOneSentenceAlone(String sentence) {
        assertThat(SummaryHygiene.glued(sentence)).isFalse();
    }

    @Test
    void findsCaptionsAndCredits() {
        assertThat(SummaryHygiene.caption("Above, a ferry at the east pier of Port Varna.")).isTrue();
        assertThat(SummaryHygiene.caption("Pictured: the harbour master at the opening.")).isTrue();
        assertThat(SummaryHygiene.caption("In this undated photo provided by the council, the pier stands empty.")).isTrue();
        assertThat(SummaryHygiene.caption("Crews cleared the pier on Monday (AP Photo/Lena Okafor).")).isTrue();
        assertThat(SummaryHygiene.caption("The council published a photo of the pier on Monday.")).isFalse();
        assertThat(SummaryHygiene.caption("Above all, the council wants the pier open by May.")).isFalse();
    }

    @Test
    void findsFirstPersonOutsideQuotations() {
        assertThat(SummaryHygiene.unquotedFirstPerson("As I've argued before, the ferry line has grown fast.")).isTrue();
        assertThat(SummaryHygiene.unquotedFirstPerson("The harbour master told us the pier was safe.")).isTrue();
        assertThat(SummaryHygiene.unquotedFirstPerson("\"We will rebuild,\" the mayor said of our pier.")).isTrue();
        assertThat(SummaryHygiene.unquotedFirstPerson("\"We will rebuild,\" the mayor said.")).isFalse();
        assertThat(SummaryHygiene.unquotedFirstPerson("“My boat is gone,” a fisherman said.")).isFalse();
        assertThat(SummaryHygiene.unquotedFirstPerson("US officials inspected the pier built after World War I.")).isFalse();
    }

    @Test
    void findsListNumbersFusedToText() {
        assertThat(SummaryHygiene.fusedNumber("2His plan for the pier was dropped in May.")).isTrue();
        assertThat(SummaryHygiene.fusedNumber("3. The ferries return in June.")).isTrue();
        assertThat(SummaryHygiene.fusedNumber("3M said the ferries return in June.")).isFalse();
        assertThat(SummaryHygiene.fusedNumber("40 ferries return in June.")).isFalse();
    }

    @Test
    void findsAReferenceBeforeItsAntecedent() {
        List<String> early = List.of("The mayor responded to that strike with a new offer.",
                "Dock workers began a strike over unpaid overtime on Monday.");
        assertThat(SummaryHygiene.of(early, new boolean[2]).count(SummaryHygiene.Fault.EARLY_REFERENCE)).isEqualTo(1);
        List<String> late = List.of(early.get(1), early.get(0));
        assertThat(SummaryHygiene.of(late, new boolean[2]).count(SummaryHygiene.Fault.EARLY_REFERENCE)).isZero();
        List<String> time = List.of("The mayor made a new offer this week.", "Talks went on for a week.");
        assertThat(SummaryHygiene.of(time, new boolean[2]).count(SummaryHygiene.Fault.EARLY_REFERENCE)).isZero();
    }

    @Test
    void anOpenerDanglesUnlessItsSentenceFollowsTheOneItLeansOn() {
        List<String> summary = List.of("However, the pier stayed shut.", "The council met on Monday.",
                "But the vote was put off.", "Then the mayor left the hall.");
        SummaryHygiene.Counts counts = SummaryHygiene.of(summary, new boolean[] {false, false, true, false});
        assertThat(counts.count(SummaryHygiene.Fault.DANGLING_OPENER)).isEqualTo(2); // the first and the last
        assertThat(counts.sentences()).isEqualTo(4);
        assertThat(counts.plus(counts).count(SummaryHygiene.Fault.DANGLING_OPENER)).isEqualTo(4);
    }
}
