package org.newsum.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.newsum.model.Reason;

class BlockFilterTest {

    private static TextBlock p(String text) {
        return new TextBlock(text, "p", 0);
    }

    @Test
    void dropsHeadlineLinksCreditsBylinesDatesAndBareHeadings() {
        String prose = "The county fair will return to the old showground next summer, the organisers said.";
        List<TextBlock> kept = BlockFilter.filter(List.of(
                new TextBlock("County fair returns", "h1", 0),
                p("By Lena Fisk, Rural Affairs Reporter"),
                p("Updated 10:42, 3 June 2026"),
                p("March 3, 2026"),
                p(prose),
                p("Photo: Tomas Reed / Getty Images"),
                p("Read more: Showground sold to developer"),
                new TextBlock("Show jumping and a vintage tractor parade", "li", 0),
                new TextBlock("Pie contest", "li", 1.0),
                new TextBlock("What happens next", "h2", 0),
                p("By the time the gates open, more than two hundred stalls will have been set up along the lanes."),
                new TextBlock("More from the region", "h3", 0),
                new TextBlock("Bridge repairs finish early", "li", 1.0),
                p("Advertisement")));

        assertThat(kept).extracting(TextBlock::text).containsExactly(prose,
                "Show jumping and a vintage tractor parade", "What happens next",
                "By the time the gates open, more than two hundred stalls will have been set up along the lanes.");
    }

    @Test
    void aBlockShownTwiceIsKeptOnce() {
        String caption = "A long caption that the site prints twice, once above and once below the image.";
        assertThat(BlockFilter.filter(List.of(p(caption), p(caption)))).hasSize(1);
    }

    @Test
    void dateLinesAreShortAndMostlyDate() {
        assertThat(BlockFilter.isDateLine("tuesday, november 19, 2019 08:38 am")).isTrue();
        assertThat(BlockFilter.isDateLine("the vote was held in may 2019.")).isFalse();
    }

    @Test
    void reportsEachDroppedBlockWithItsReasonAndKeepsTheSameBlocks() {
        String prose = "The county fair will return to the old showground next summer, the organisers said.";
        String caption = "A long caption that the site prints twice, once above and once below the image.";
        List<TextBlock> blocks = List.of(
                new TextBlock("County fair returns", "h1", 0),
                p("By Lena Fisk, Rural Affairs Reporter"),
                p("Updated 10:42, 3 June 2026"),
                p("March 3, 2026"),
                p("* * *"),
                p(prose),
                p("Share this story"),
                p("Photo: Tomas Reed / Getty Images"),
                p("Read more: Showground sold to developer"),
                new TextBlock("Pie contest", "li", 1.0),
                p(caption),
                p(caption),
                new TextBlock("What the judges said", "h3", 0),
                p("Advertisement"));
        DroppedTextLog log = new DroppedTextLog();

        List<TextBlock> kept = BlockFilter.filter(blocks, log);

        assertThat(kept).isEqualTo(BlockFilter.filter(blocks));
        assertThat(kept).extracting(TextBlock::text).containsExactly(prose, caption);
        assertThat(log.entries()).containsExactly(
                new DroppedText("County fair returns", Reason.HEADLINE),
                new DroppedText("By Lena Fisk, Rural Affairs Reporter", Reason.BYLINE),
                new DroppedText("Updated 10:42, 3 June 2026", Reason.DATELINE),
                new DroppedText("March 3, 2026", Reason.DATELINE),
                new DroppedText("* * *", Reason.SEPARATOR),
                new DroppedText("Share this story", Reason.SHARE_PROMPT),
                new DroppedText("Photo: Tomas Reed / Getty Images", Reason.PHOTO_CAPTION),
                new DroppedText("Read more: Showground sold to developer", Reason.RELATED_LINKS),
                new DroppedText("Pie contest", Reason.LINK_LIST),
                new DroppedText("Advertisement", Reason.ADVERTISEMENT),
                new DroppedText(caption, Reason.REPEATED_BLOCK),
                new DroppedText("What the judges said", Reason.BARE_HEADING));
    }

    private static final String RELEASE = "Harbour Instruments and the Saltmarsh clinic group said on Tuesday that they"
            + " would together run a pilot of bedside monitors in four wards from the spring.";
    private static final String RELEASE_2 = "The pilot will cover two hundred beds, and the clinic group will publish"
            + " what it learns at the end of the year, the two companies said in a joint statement.";

    @Test
    void aPressReleasesAboutTheCompanySectionGoes() {
        List<TextBlock> kept = BlockFilter.filter(List.of(p(RELEASE), p(RELEASE_2),
                new TextBlock("About Harbour Instruments", "h3", 0),
                p("Harbour Instruments makes bedside monitors for hospitals in nine countries."),
                p("Media contact: press@harbour.example")));

        assertThat(kept).extracting(TextBlock::text).containsExactly(RELEASE, RELEASE_2);
    }

    @Test
    void closingParagraphsInWhichACompanyDescribesItselfGo() {
        List<TextBlock> kept = BlockFilter.filter(List.of(p(RELEASE), p(RELEASE_2),
                p("Harbour Instruments is a global provider of bedside monitoring systems for intensive care."),
                p("Harbour Instruments is headquartered in Kessholm, employs about 900 people and is listed on the"
                        + " Kessholm stock exchange.")));

        assertThat(kept).extracting(TextBlock::text).containsExactly(RELEASE, RELEASE_2);
    }

    @Test
    void newsThatEndsOnACompanysBackgroundKeepsIt() {
        String background = "Harbour Instruments is a small firm that has made monitors since the war, and it has"
                + " never before sold them abroad.";
        String person = "She is a former nurse who founded the clinic group in 2004 and is listed on its board.";
        List<TextBlock> kept = BlockFilter.filter(List.of(p(RELEASE), p(RELEASE_2), p(background), p(person)));

        assertThat(kept).extracting(TextBlock::text).containsExactly(RELEASE, RELEASE_2, background, person);
    }
}
