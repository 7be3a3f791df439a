package org.newsum.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    private final SentenceSplitter splitter = new SentenceSplitter();

    private List<String> sentences(String paragraph) {
        return splitter.split(paragraph).stream().map(s -> paragraph.substring(s[0], s[1])).toList();
    }

    @Test
    void keepsInitialismsTitlesAndInitialsInsideSentences() {
        assertThat(sentences("The E.U. Commissioner for Fisheries met Mr. Okafor in Dakar on Friday. "
                + "Harbour master J.P. Lindqvist said the quota talks would go on."))
                .containsExactly("The E.U. Commissioner for Fisheries met Mr. Okafor in Dakar on Friday.",
                        "Harbour master J.P. Lindqvist said the quota talks would go on.");
    }

    @Test
    void keepsSpacedHyphenAfterInitialism() {
        assertThat(sentences("The board asked how U.K. -Norway fishing quotas are set. Its report is due in May."))
                .containsExactly("The board asked how U.K. -Norway fishing quotas are set.", "Its report is due in May.");
    }

    @Test
    void splitsAfterInitialismThatEndsASentence() {
        assertThat(sentences("The ferry line moved its head office to the U.K. The move took two years."))
                .containsExactly("The ferry line moved its head office to the U.K.", "The move took two years.");
    }

    @Test
    void splitsAfterAQuotationThatEndsASentence() {
        assertThat(sentences("He said: \"The cranes are safe.\" Work resumed an hour later."))
                .containsExactly("He said: \"The cranes are safe.\"", "Work resumed an hour later.");
        assertThat(sentences("“We will rebuild,” she said. The mayor agreed."))
                .containsExactly("“We will rebuild,” she said.", "The mayor agreed.");
    }

    @Test
    void keepsAMultiSentenceQuotationTogether() {
        assertThat(sentences("\"Not yet. Not before the tide turns,\" the harbour master said. Boats stay in port."))
                .containsExactly("\"Not yet. Not before the tide turns,\" the harbour master said.", "Boats stay in port.");
    }

    @Test
    void keepsATimeBeforeADayTogether() {
        assertThat(sentences("The ferry left at 4:30 p.m. Thursday and docked late. Crews were tired."))
                .containsExactly("The ferry left at 4:30 p.m. Thursday and docked late.", "Crews were tired.");
        assertThat(sentences("The ferry left at 4:30 p.m. The crews were tired.")).hasSize(2);
    }

    @Test
    void keepsTimesAndDoctorsTogether() {
        assertThat(sentences("The harbour inquiry opened at 9:15 a.m. on Friday. Dr. Amal Reyes spoke first."))
                .containsExactly("The harbour inquiry opened at 9:15 a.m. on Friday.", "Dr. Amal Reyes spoke first.");
    }

    @Test
    void offsetsPointIntoTheParagraph() {
        String p = "  First one here.   Second one here.  ";
        List<int[]> spans = splitter.split(p);
        assertThat(spans).hasSize(2);
        assertThat(p.substring(spans.get(1)[0], spans.get(1)[1])).isEqualTo("Second one here.");
    }

    @Test
    void headlineWithoutFullStopIsOneSentence() {
        assertThat(sentences("Storm closes harbour for a second day")).containsExactly("Storm closes harbour for a second day");
    }

    @Test
    void splitsAfterTheIdeographicFullStopAndFullWidthMarks() {
        String p = "市长说：“这座桥是我们的记忆。”修复费用约为四百万元！工程什么时候开始？明年春天。";
        assertThat(sentences(p)).containsExactly("市长说：“这座桥是我们的记忆。”", "修复费用约为四百万元！", "工程什么时候开始？",
                "明年春天。");
        assertThat(sentences("市長は「必ず直します」と語った。修理費は約四百万元だ。"))
                .containsExactly("市長は「必ず直します」と語った。", "修理費は約四百万元だ。");
    }

    @Test
    void aQuotationOfSeveralChineseSentencesStaysOneUnit() {
        assertThat(sentences("“我们会回来。我们会赢。”他说。")).containsExactly("“我们会回来。我们会赢。”", "他说。");
    }

    @Test
    void splitsSentencesGluedWithoutASpace() {
        assertThat(sentences("The ferry sailed late.But the crew stayed calm on board."))
                .containsExactly("The ferry sailed late.", "But the crew stayed calm on board.");
        assertThat(sentences("The pier was closed in Varna.\"We will rebuild it,\" the mayor said."))
                .containsExactly("The pier was closed in Varna.", "\"We will rebuild it,\" the mayor said.");
        assertThat(sentences("The judge stayed in the cell with him.\"I had never been to jail,\" she said."))
                .containsExactly("The judge stayed in the cell with him.", "\"I had never been to jail,\" she said.");
        assertThat(sentences("Details are at www.portvarna.org.Tickets cost less this year."))
                .as("inside an address").hasSize(1);
    }

    @Test
    void splitsAfterANumberThatEndsASentence() {
        assertThat(sentences("The vote was set for March 3. Although the council agreed, the date moved."))
                .containsExactly("The vote was set for March 3.", "Although the council agreed, the date moved.");
    }

    @Test
    void splitsAfterASentenceInBrackets() {
        assertThat(sentences("(The council did not say why it met in the old hall.) The budget passed on Monday."))
                .containsExactly("(The council did not say why it met in the old hall.)", "The budget passed on Monday.");
    }

    @Test
    void aClosingBracketStaysWithTheSentenceItCloses() {
        String p = "the pier reopened on monday ( photo: port authority. ) the ferries then returned to the harbour.";
        List<String> split = splitter.split(p, false).stream().map(s -> p.substring(s[0], s[1])).toList();
        assertThat(split).noneMatch(s -> s.startsWith(")"));
        assertThat(String.join(" ", split)).isEqualTo(p);
    }

    @Test
    void inTextWithoutCaseInitialsAndInitialismsAreReadByTheirLetters() {
        String p = "Engineer j. Okafor said the pier was safe. Officials at the u.s. Embassy agreed on monday.";
        assertThat(splitter.split(p, false).stream().map(s -> p.substring(s[0], s[1])).toList())
                .containsExactly("Engineer j. Okafor said the pier was safe.", "Officials at the u.s. Embassy agreed on monday.");
        String q = "The ferry firm moved its office to the u.s. The move took two years.";
        assertThat(splitter.split(q, false)).hasSize(2);
    }

    @Test
    void detokenizedQuotationMarksEndAndStartSentencesByWhetherTheyCloseOrOpen() {
        String p = "the mayor called it a \"sad day. \" harbour officials said the pier would reopen in may. "
                + "The port is run by varna holdings inc. \" we are checking every beam, \" the director said.";
        assertThat(splitter.split(p, false).stream().map(s -> p.substring(s[0], s[1])).toList()).containsExactly(
                "the mayor called it a \"sad day. \"", "harbour officials said the pier would reopen in may.",
                "The port is run by varna holdings inc.", "\" we are checking every beam, \" the director said.");
    }
}
