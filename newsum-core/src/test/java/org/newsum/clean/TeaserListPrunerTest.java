package org.newsum.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.newsum.model.Reason;

class TeaserListPrunerTest {

    private static String card(String headline) {
        return "<div class=card><h3><a href=/x>" + headline + "</a></h3><p>A short summary of the other story, "
                + "written to make the reader click through.</p></div>";
    }

    @Test
    void removesListsOfLinkedHeadlinesWithSummaries() {
        Document doc = Jsoup.parse("<body><div id=more>" + card("Tram line opens early") + card("Dock strike ends")
                + card("Museum roof repaired") + "</div><div id=story><p>The article itself.</p></div></body>");

        TeaserListPruner.prune(doc.body());

        assertThat(doc.getElementById("more").children()).isEmpty();
        assertThat(doc.body().text()).contains("The article itself.");
    }

    @Test
    void keepsListsWhoseItemsDoNotLeadWithALink() {
        String item = "<li>Keep the seedlings indoors until the last frost, then <a href=/g>harden them off</a> "
                + "over a week.</li>";
        Document doc = Jsoup.parse("<body><ul id=steps>" + item + item + item + "</ul></body>");

        TeaserListPruner.prune(doc.body());

        assertThat(doc.getElementById("steps").children()).hasSize(3);
    }

    @Test
    void reportsEachCardRemoved() {
        Document doc = Jsoup.parse("<body><div id=more>" + card("Tram line opens early") + card("Dock strike ends")
                + card("Museum roof repaired") + "</div><div id=story><p>The article itself.</p></div></body>");
        DroppedTextLog log = new DroppedTextLog();

        TeaserListPruner.prune(doc.body(), log);

        assertThat(log.entries()).extracting(DroppedText::reason).containsOnly(Reason.TEASER_LIST).hasSize(3);
        assertThat(log.entries().get(1).text()).isEqualTo("Dock strike ends A short summary of the other story, "
                + "written to make the reader click through.");
    }
}
