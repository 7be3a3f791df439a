package org.newsum.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.newsum.model.Reason;

class ElementFilterTest {

    private static final String PROSE = "The harbour authority reopened the north quay on Friday after a month of repairs "
            + "to the sea wall, and the first fishing boats unloaded their catch there before dawn.";

    @Test
    void removesFurnitureByTagHiddenStateAndClassWords() {
        Document doc = Jsoup.parse("""
                <body><script>var x = 1;</script>
                <div class="story"><p>%s</p>
                  <div class="share-bar"><a href="#">Facebook</a> <a href="#">Email</a></div>
                  <figure><img src="q.jpg"><figcaption>The quay at low tide</figcaption></figure>
                  <div class="photo-credit">Harbour Office</div>
                  <div id="newsletter-signup">Get the morning briefing</div>
                  <div style="display: none">Hidden teaser text</div>
                  <section id="comments"><p>First!</p></section>
                </div></body>""".formatted(PROSE));

        ElementFilter.prune(doc.body());

        assertThat(doc.body().text()).isEqualTo(PROSE);
    }

    @Test
    void aLargeElementNamedLikeFurnitureIsKept() {
        // Many sites wrap the article in classes such as 'has-sidebar' or 'ad-margins'.
        Document doc = Jsoup.parse("<body><div class=\"page has-sidebar\"><p>" + PROSE + "</p><p>" + PROSE
                + "</p></div><div class=\"sidebar\">Links</div></body>");

        ElementFilter.prune(doc.body());

        assertThat(doc.body().text()).contains(PROSE).doesNotContain("Links");
    }

    @Test
    void furnitureWordsAreWholeWordsOrPrefixes() {
        assertThat(ElementFilter.hasFurnitureWord("social-links")).isTrue();
        assertThat(ElementFilter.hasFurnitureWord("related_stories")).isTrue();
        assertThat(ElementFilter.hasFurnitureWord("ad slot")).isTrue();
        assertThat(ElementFilter.hasFurnitureWord("article-body")).isFalse();
        assertThat(ElementFilter.hasFurnitureWord("shadow lead")).isFalse(); // 'ad' only as a whole word
    }

    @Test
    void reportsEachRemovedElementOnceWithItsReason() {
        Document doc = Jsoup.parse("""
                <body><script>var x = 1;</script><div class="ad-slot"></div>
                <nav><ul><li><a href="/">Front page</a></li><li><a href="/towns">Towns</a></li></ul></nav>
                <div class="story"><p>%s</p>
                  <div class="share-bar"><a href="#">Facebook</a> <a href="#">Email</a></div>
                  <figure><img src="q.jpg"><figcaption>The quay at low tide</figcaption></figure>
                  <div id="newsletter-signup"><p>Get the <b>morning</b> briefing</p></div>
                  <div style="display: none">Hidden teaser text</div>
                  <section id="comments"><div class="comment">First!</div><div class="comment">Second</div></section>
                </div></body>""".formatted(PROSE));
        DroppedTextLog log = new DroppedTextLog();

        ElementFilter.prune(doc.body(), log);

        // no entry for the script or the empty ad slot, one for the comment section and not one per comment
        assertThat(log.entries()).containsExactly(
                new DroppedText("Front page Towns", Reason.NAVIGATION),
                new DroppedText("Facebook Email", Reason.SHARE_PROMPT),
                new DroppedText("The quay at low tide", Reason.PHOTO_CAPTION),
                new DroppedText("Get the morning briefing", Reason.SUBSCRIPTION_PROMPT),
                new DroppedText("Hidden teaser text", Reason.HIDDEN),
                new DroppedText("First! Second", Reason.COMMENTS));
        assertThat(doc.body().text()).isEqualTo(PROSE);
    }

    @Test
    void theFirstFurnitureWordOfAnElementNamesTheReason() {
        assertThat(ElementFilter.furnitureWordReason("related-links")).isEqualTo(Reason.RELATED_LINKS);
        assertThat(ElementFilter.furnitureWordReason("article photo-credit")).isEqualTo(Reason.PHOTO_CAPTION);
        assertThat(ElementFilter.furnitureWordReason("cookie-consent")).isEqualTo(Reason.COOKIE_NOTICE);
        assertThat(ElementFilter.furnitureWordReason("article-body")).isNull();
    }
}
