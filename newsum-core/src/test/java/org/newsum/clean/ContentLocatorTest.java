package org.newsum.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.newsum.model.Reason;

class ContentLocatorTest {

    private static final String P = "<p>The orchard cooperative said the late frost had cost it nearly a third of this "
            + "year's apple blossom, though the pear trees in the valley were spared.</p>";

    @Test
    void findsTheElementWhoseProseOutweighsItsMenus() {
        Document doc = Jsoup.parse("<body><div id=menu><ul>" + "<li><a href=#>Section link</a></li>".repeat(20)
                + "</ul></div><div id=story>" + P + P + P + "</div><div id=side><p>Short note.</p></div></body>");

        ContentLocator.Located located = ContentLocator.locate(doc.body());

        assertThat(located.element().id()).isEqualTo("story");
        assertThat(located.prose()).isEqualTo(located.pageProse());
    }

    @Test
    void takesInAnArticleSplitOverSiblingBlocks() {
        Document doc = Jsoup.parse("<body><nav>" + "<a href=#>Home page link</a>".repeat(30) + "</nav>"
                + "<div id=article><div class=part>" + P + P + "</div><div class=inline-ad>Advertisement</div>"
                + "<div class=part>" + P + P + "</div></div></body>");

        assertThat(ContentLocator.locate(doc.body()).element().id()).isEqualTo("article");
    }

    @Test
    void proseIsLongEnoughAndNotMostlyLinks() {
        assertThat(ContentLocator.isProse(80, 0, 'x')).isTrue();
        assertThat(ContentLocator.isProse(30, 0, '.')).isTrue();
        assertThat(ContentLocator.isProse(30, 0, 'x')).isFalse();
        assertThat(ContentLocator.isProse(80, 60, '.')).isFalse();
    }

    @Test
    void reportsWhatLiesOutsideTheMainElementOneEntryPerSiblingInPageOrder() {
        Document doc = Jsoup.parse("<body><div id=top>Masthead words<ul><li>One</li><li>Two</li></ul></div>"
                + "<div id=wrap><p>Above the story</p><div id=story>" + P + "</div><p>Below the story</p></div>"
                + "stray text<div id=bottom><p>Footer one</p><p>Footer two</p></div><div></div></body>");
        DroppedTextLog log = new DroppedTextLog();

        ContentLocator.reportOutside(doc.body(), doc.getElementById("story"), log);

        assertThat(log.entries()).extracting(DroppedText::text).containsExactly("Masthead words One Two",
                "Above the story", "Below the story", "stray text", "Footer one Footer two");
        assertThat(log.entries()).extracting(DroppedText::reason).containsOnly(Reason.OUTSIDE_MAIN_TEXT);
    }

    @Test
    void nothingLiesOutsideWhenTheWholePageIsTheMainElement() {
        Document doc = Jsoup.parse("<body>" + P + "</body>");
        DroppedTextLog log = new DroppedTextLog();

        ContentLocator.reportOutside(doc.body(), doc.body(), log);

        assertThat(log.entries()).isEmpty();
    }
}
