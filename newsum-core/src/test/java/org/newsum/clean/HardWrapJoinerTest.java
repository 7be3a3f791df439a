package org.newsum.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import org.newsum.clean.HardWrapJoiner.SourceLine;

class HardWrapJoinerTest {

    private static final String OPENING = "The town library on Mercer Street will reopen on Saturday after a"
            + " two-year renovation that added a reading garden, a children's wing and a lift to the upper floor,"
            + " the borough council said on Tuesday.";
    private static final String COST = "The work cost 6.2 million pounds, about a fifth more than planned, because"
            + " rotten beams were found under the old roof. Librarians spent the winter carrying 80,000 books back"
            + " onto the shelves by hand.";
    private static final String TALK = "Tickets for the opening talk by the well-known local historian Edda Lorne"
            + " are free but must be booked in advance at the front desk or by telephone.";

    /** A scraped page saved as text, wrapped at 72 columns, its furniture on lines of their own. */
    private static final String PAGE = String.join("\n",
            "Skip to main content",                                                        // 1
            "Library To Reopen After Two-Year Renovation",                                 // 2
            "By Mara Quill",                                                               // 3
            "March 3, 2026",                                                               // 4
            "",                                                                            // 5
            "HOLTBY — The town library on Mercer Street will reopen on Saturday after",    // 6
            "a two-year renovation that added a reading garden, a children's wing and",    // 7
            "a lift to the upper floor, the borough council said on Tuesday.",             // 8
            "Share this article",                                                          // 9
            "",                                                                            // 10
            "The work cost 6.2 million pounds, about a fifth more than planned,",          // 11
            "because rotten beams were found under the old roof. Librarians spent the",    // 12
            "winter carrying 80,000 books back onto the shelves by hand.",                 // 13
            "Photo: Ivo Brandt/The Holtby Courier",                                        // 14
            "",                                                                            // 15
            "Opening hours:",                                                              // 16
            "- Monday to Friday, from nine in the morning to eight in the evening.",       // 17
            "- Saturday, from ten to four.",                                               // 18
            "- Sunday, closed, except during the summer reading programme, when the",      // 19
            "  children's wing opens from noon to four.",                                  // 20
            "",                                                                            // 21
            "Most Popular");                                                               // 22

    private static List<String> texts(List<SourceLine> lines) {
        return lines.stream().map(SourceLine::text).toList();
    }

    @Test
    void joinsWrappedParagraphsAndLeavesFurnitureAndListItemsOnTheirLines() {
        assertThat(HardWrapJoiner.unwrap(PAGE)).containsExactly(
                new SourceLine(1, "Skip to main content"),
                new SourceLine(2, "Library To Reopen After Two-Year Renovation"),
                new SourceLine(3, "By Mara Quill"),
                new SourceLine(4, "March 3, 2026"),
                new SourceLine(5, ""),
                new SourceLine(6, "HOLTBY — " + OPENING),
                new SourceLine(9, "Share this article"),
                new SourceLine(10, ""),
                new SourceLine(11, COST),
                new SourceLine(14, "Photo: Ivo Brandt/The Holtby Courier"),
                new SourceLine(15, ""),
                new SourceLine(16, "Opening hours:"),
                new SourceLine(17, "- Monday to Friday, from nine in the morning to eight in the evening."),
                new SourceLine(18, "- Saturday, from ten to four."),
                new SourceLine(19, "- Sunday, closed, except during the summer reading programme, when the"
                        + " children's wing opens from noon to four."),
                new SourceLine(21, ""),
                new SourceLine(22, "Most Popular"));
    }

    @ParameterizedTest
    @ValueSource(ints = {30, 40, 55, 60, 72, 76, 80, 100})
    void paragraphsWrappedAtAnyWidthComeBackWhole(int width) {
        String text = GreedyWrapper.fill(OPENING, width) + "\n\n" + GreedyWrapper.fill(COST, width) + "\n\n"
                + GreedyWrapper.fill(TALK, width);

        List<SourceLine> lines = HardWrapJoiner.unwrap(text);

        assertThat(texts(lines)).containsExactly(OPENING, "", COST, "", TALK);
        int costLine = GreedyWrapper.wrap(OPENING, width, "", "").size() + 2;
        assertThat(lines.get(0).number()).isEqualTo(1);
        assertThat(lines.get(2).number()).isEqualTo(costLine);
    }

    @Test
    void windowsLineEndsAndTabsAreLikeAnyOther() {
        String text = (GreedyWrapper.fill(OPENING, 60) + "\n\n\t" + GreedyWrapper.fill(COST, 60)).replace("\n", "\r\n");

        assertThat(texts(HardWrapJoiner.unwrap(text))).containsExactly(OPENING, "", COST);
    }

    @Test
    void anIndentedFirstLineStartsAParagraphWithoutABlankLine() {
        List<String> lines = new ArrayList<>();
        // At 52 columns each paragraph's last line is nearly full: only the indentation says a new one starts.
        for (String paragraph : List.of(OPENING, COST, "The council thanked the builders.", TALK)) {
            lines.addAll(GreedyWrapper.wrap(paragraph, 52, "   ", ""));
        }

        assertThat(texts(HardWrapJoiner.unwrap(String.join("\n", lines)))).containsExactly(
                OPENING, COST, "   The council thanked the builders.", TALK);
    }

    @Test
    void aTextIndentedAsAWholeIsJoinedLikeAnyOther() {
        List<String> lines = new ArrayList<>(GreedyWrapper.wrap(OPENING, 70, "    ", "    "));
        lines.add("");
        lines.addAll(GreedyWrapper.wrap(COST, 70, "    ", "    "));

        assertThat(texts(HardWrapJoiner.unwrap(String.join("\n", lines)))).containsExactly(OPENING, "", COST);
    }

    @Test
    void aCompoundWordBrokenAtItsHyphenIsJoinedWithoutASpaceAndASpacedDashKeepsItsSpace() {
        String text = String.join("\n",
                "The old stone bridge over the river will be closed while the well-",
                "known firm of engineers from the county town repairs its arches -",
                "a job that the council expects to take most of the coming year.");

        assertThat(texts(HardWrapJoiner.unwrap(text))).containsExactly("The old stone bridge over the river will be"
                + " closed while the well-known firm of engineers from the county town repairs its arches - a job"
                + " that the council expects to take most of the coming year.");
    }

    @Test
    void aDashThatWrapsToTheStartOfALineIsProseNotAListItem() {
        String text = String.join("\n",
                "The ferry will stop for three weeks while the landing stage is rebuilt",
                "- the second closure this year - and a bus will carry passengers round",
                "the bay in the meantime, the harbour office said.");

        assertThat(HardWrapJoiner.unwrap(text)).hasSize(1);
    }

    @Test
    void textThatIsNotWrappedIsLeftAsItIs() {
        String paragraphsOnePerLine = String.join("\n",
                "The council voted 7-2 on Monday to raise parking fees in the old town.",
                "Shop owners said the increase would drive customers to the retail park.",
                "The new fees take effect in April, officials said, and will be reviewed.",
                OPENING, COST);
        String headlines = String.join("\n",
                "Council raises parking fees in the old town after a long debate",
                "Library reopens after a two-year renovation with a new children's wing",
                "Ferry service to stop for three weeks while the landing stage is rebuilt",
                "Harbour master says the new pier will open in May of next year");
        String tourDates = String.join("\n",
                "The band will play six towns on the tour, starting at the end of the month in",
                "the north and finishing by the sea, the promoter said on Friday:",
                "",
                "May 2 - Kessholm, Corn Exchange and Market Hall",
                "May 3 - Holtby, The Old Library Rooms, Upstairs",
                "May 5 - Dunmore, Riverside Arts Centre, Hall Two",
                "May 6 - Ashby, St Mary's Church Hall, Main Room");

        for (String text : List.of(paragraphsOnePerLine, headlines, tourDates.substring(tourDates.indexOf("May 2")))) {
            assertThat(HardWrapJoiner.unwrap(text)).isEqualTo(HardWrapJoiner.split(text));
        }
        assertThat(texts(HardWrapJoiner.unwrap(tourDates))).containsExactly(
                "The band will play six towns on the tour, starting at the end of the month in the north and"
                        + " finishing by the sea, the promoter said on Friday:",
                "", "May 2 - Kessholm, Corn Exchange and Market Hall", "May 3 - Holtby, The Old Library Rooms, Upstairs",
                "May 5 - Dunmore, Riverside Arts Centre, Hall Two", "May 6 - Ashby, St Mary's Church Hall, Main Room");
    }

    @Test
    void aHeadingOrBylineRightAboveAWrappedParagraphStaysOnItsOwnLine() {
        String text = String.join("\n",
                "Library Reopens With A Garden",
                "By Mara Quill And Ivo Brandt",
                GreedyWrapper.fill(OPENING, 40),
                "",
                "Ferry Service To Stop",
                GreedyWrapper.fill("Passengers will be carried round the bay by bus while the landing stage is"
                        + " rebuilt, the harbour office said.", 40));

        assertThat(texts(HardWrapJoiner.unwrap(text))).containsExactly(
                "Library Reopens With A Garden", "By Mara Quill And Ivo Brandt", OPENING, "",
                "Ferry Service To Stop", "Passengers will be carried round the bay by bus while the"
                        + " landing stage is rebuilt, the harbour office said.");
    }

    @Test
    void aLineWithoutSentencePunctuationUnderAWrappedParagraphIsNotPartOfIt() {
        String text = GreedyWrapper.fill(COST, 40) + "\nPhoto by Ivo Brandt for the Courier";

        assertThat(texts(HardWrapJoiner.unwrap(text))).containsExactly(COST, "Photo by Ivo Brandt for the Courier");
    }

    @Test
    void wrappedChineseIsJoinedWithoutSpaces() {
        String text = "图书馆将于周六重新开放，经过两年的翻修，增加了阅读花园、儿童区和通往楼上的电梯，\n"
                + "区议会周二表示。工程耗资六百二十万英镑，比计划多出约五分之一，因为在旧屋顶下\n"
                + "发现了腐烂的横梁。";

        assertThat(texts(HardWrapJoiner.unwrap(text))).containsExactly(text.replace("\n", ""));
    }
}
