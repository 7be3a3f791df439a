package org.newsum.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuoteMarksTest {

    @Test
    void pairedMarksBalanceAndOpenNothing() {
        QuoteMarks marks = QuoteMarks.of("“The tide is late,” the pilot said, and \"twice\" more.");
        assertThat(marks).isEqualTo(new QuoteMarks(1, 1, 2, 0));
        assertThat(marks.balanced()).isTrue();
        assertThat(marks.opensQuotation()).isFalse();
        assertThat(marks.closers()).isEqualTo(3);
    }

    @Test
    void anUnclosedOpenerOrAnOddStraightMarkOpensAQuotation() {
        assertThat(QuoteMarks.of("“The tide is late, the pilot said.").opensQuotation()).isTrue();
        assertThat(QuoteMarks.of("\"The tide is late, the pilot said.").opensQuotation()).isTrue();
        assertThat(QuoteMarks.of("“The tide is late, the pilot said.").balanced()).isFalse();
        assertThat(QuoteMarks.of("The tide is late,\" the pilot said.").balanced()).isFalse();
    }

    @Test
    void aCloserWithNothingOpenClosesNothingThatOpensLater() {
        // The closer comes first, so the opener after it stays open; the counts still pair up.
        QuoteMarks marks = QuoteMarks.of("late,” the pilot said. “Again");
        assertThat(marks.unclosed()).isEqualTo(1);
        assertThat(marks.opensQuotation()).isTrue();
        assertThat(marks.balanced()).isTrue();
    }

    @Test
    void aRangeCountsOnlyItsOwnMarks() {
        String text = "“Late,” he said.";
        assertThat(QuoteMarks.of(text, 1, text.length())).isEqualTo(new QuoteMarks(0, 1, 0, 0));
        assertThat(QuoteMarks.of(text, 0, 0)).isEqualTo(new QuoteMarks(0, 0, 0, 0));
    }
}
