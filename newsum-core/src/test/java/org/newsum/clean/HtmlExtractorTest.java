package org.newsum.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlExtractorTest {

    private static final String P1 = "The Riverton council voted on Tuesday to rebuild the old stone bridge over the"
            + " Mill River, ending two years of argument about whether the crossing should be replaced with a"
            + " modern concrete span or restored to its original design.";
    private static final String P2 = "Engineers told the council that the restoration would cost about 4.2 million"
            + " dollars and take eighteen months, during which traffic will be sent along the northern ring road"
            + " and a temporary footbridge will carry pedestrians across the river.";
    private static final String P3 = "\"This bridge is part of who we are,\" said councillor Ada Marsh, who led the"
            + " campaign to save it. Residents who had gathered outside the town hall cheered when the result was"
            + " read out, and several said they would volunteer to help clean the old stones.";
    private static final String P4 = "Work is expected to begin in the spring, once the river level falls, and the"
            + " council will publish a timetable for the closures next month after talks with local businesses.";

    private static String page(String head, String articleTop) {
        return """
                <!DOCTYPE html>
                <html lang="en">
                <head>
                  <meta charset="utf-8">
                  <title>Council votes to restore Mill River bridge | Riverton Ledger</title>
                  %s
                </head>
                <body>
                  <nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li>
                    <li><a href="/sport">Sport</a></li><li><a href="/weather">Weather Centre</a></li></ul></nav>
                  <header><div class="masthead">The Riverton Ledger</div></header>
                  <main>
                    <article>
                      <h1>Council votes to restore Mill River bridge</h1>
                      %s
                      <p>%s</p>
                      <p>%s</p>
                      <p>%s</p>
                      <p>%s</p>
                    </article>
                    <aside>
                      <h2>Most Popular</h2>
                      <ul>
                        <li><a href="/a">Bakery wins county prize</a></li>
                        <li><a href="/b">Storm damages school roof</a></li>
                        <li><a href="/c">New bus timetable announced</a></li>
                      </ul>
                    </aside>
                  </main>
                  <footer><p>Copyright 2026 Riverton Ledger Company. Contact the newsroom.</p></footer>
                </body>
                </html>
                """.formatted(head, articleTop, P1, P2, P3, P4);
    }

    private final HtmlExtractor extractor = new HtmlExtractor();

    @Test
    void extractsArticleParagraphsWithoutSiteFurniture() {
        String html = page("""
                <meta name="author" content="Jo Checker">
                <meta property="article:published_time" content="2026-03-03T09:30:00Z">
                <link rel="canonical" href="https://ledger.example/news/bridge-vote">
                """, "");

        HtmlExtractor.Page page = extractor.extract(html, "https://ledger.example/news/bridge-vote?src=rss");

        assertThat(page.text()).contains(P1 + "\n\n" + P2 + "\n\n" + P3 + "\n\n" + P4);
        assertThat(page.text()).doesNotContain("Weather Centre", "Riverton Ledger Company", "Bakery wins county prize",
                "Most Popular", "Home");
        assertThat(page.title()).isEqualTo("Council votes to restore Mill River bridge");
        assertThat(page.byline()).isEqualTo("Jo Checker");
        assertThat(page.date()).isEqualTo("2026-03-03T09:30:00Z");
        assertThat(page.url()).isEqualTo("https://ledger.example/news/bridge-vote");
    }

    @Test
    void aPageNestedThousandsDeepIsRead() {
        // Every pass walks the tree without recursion: at this depth a recursive one overflows the stack.
        String html = "<div>".repeat(20_000) + "<p>" + P1 + "</p>";
        HtmlExtractor.Page page = new HtmlExtractor().extract(html, null);
        assertThat(page.text()).isEqualTo(P1);
    }

    @Test
    void prefersTheVisibleHeadlineToTheOpenGraphTitle() {
        String html = page("<meta property=\"og:title\" content=\"Mill River bridge to be restored\">", "");

        // The visible headline, not what the page declares for sharing.
        assertThat(extractor.extract(html, null).title()).isEqualTo("Council votes to restore Mill River bridge");
    }

    @Test
    void usesTheTitleElementWhenThereIsNoHeading() {
        String html = "<html><head><title>Ferry sinks near harbour | Coast Daily</title></head><body><p>" + P1
                + "</p></body></html>";

        assertThat(extractor.extract(html, null).title()).isEqualTo("Ferry sinks near harbour");
    }

    @Test
    void readsTheDateFromJsonLd() {
        String html = page("""
                <script type="application/ld+json">
                {"@context": "https://schema.org", "@type": "NewsArticle",
                 "headline": "Council votes to restore Mill River bridge",
                 "datePublished": "2026-03-04T07:00:00+01:00",
                 "author": {"@type": "Person", "name": "Jo Checker"}}
                </script>
                """, "");

        HtmlExtractor.Page page = extractor.extract(html, null);

        assertThat(page.date()).isEqualTo("2026-03-04T07:00:00+01:00");
        assertThat(page.text()).contains(P1);
    }

    @Test
    void readsTheDateFromAJsonLdGraph() {
        String html = page("""
                <script type="application/ld+json">
                {"@context": "https://schema.org", "@graph": [
                  {"@type": "WebSite", "name": "Riverton Ledger"},
                  {"@type": "NewsArticle", "datePublished": "2026-03-05"}]}
                </script>
                """, "");

        assertThat(extractor.extract(html, null).date()).isEqualTo("2026-03-05");
    }

    @Test
    void brokenJsonLdIsIgnored() {
        String html = page("<script type=\"application/ld+json\">{\"datePublished\": </script>", "");

        HtmlExtractor.Page page = extractor.extract(html, null);

        assertThat(page.date()).isNull();
        assertThat(page.text()).contains(P1);
    }

    @Test
    void readsTheDateFromATimeElement() {
        String html = page("", "<p class=\"meta\"><time datetime=\"2026-03-06T18:15\">March 6, 2026</time></p>");

        assertThat(extractor.extract(html, null).date()).isEqualTo("2026-03-06T18:15:00");
    }

    @Test
    void pageWithoutMetadataHasNulls() {
        String html = "<html><body><p>" + P1 + "</p><p>" + P2 + "</p></body></html>";

        HtmlExtractor.Page page = extractor.extract(html, null);

        assertThat(page.title()).isNull();
        assertThat(page.date()).isNull();
        assertThat(page.url()).isNull();
        assertThat(page.text()).contains(P1).contains(P2);
    }

    @Test
    void theGivenUrlIsTheFallbackCanonicalUrl() {
        String html = "<html><body><p>" + P1 + "</p></body></html>";

        assertThat(extractor.extract(html, "https://ledger.example/x").url()).isEqualTo("https://ledger.example/x");
    }

    @Test
    void malformedHtmlStillGivesText() {
        String html = "<html><body><div><p>" + P1 + "<p>" + P2 + "<div><b>" + P3 + "<p>" + P4;

        HtmlExtractor.Page page = extractor.extract(html, null);

        assertThat(page.text()).contains("rebuild the old stone bridge", "about 4.2 million dollars",
                "councillor Ada Marsh", "Work is expected to begin in the spring");
    }

    @Test
    void shortPagesFallBackToParagraphs() {
        String html = "<html><body><nav><a href=\"/\">Home</a></nav><p>The ferry sank off the north pier.</p>"
                + "<p>All passengers were rescued.</p><footer><p>Contact us</p></footer></body></html>";

        HtmlExtractor.Page page = extractor.extract(html, null);

        assertThat(page.text()).isEqualTo("The ferry sank off the north pier.\n\nAll passengers were rescued.");
    }

    @Test
    void aVisibleByLineNamesTheAuthorsWhenTheMarkupDoesNot() {
        String html = "<html><body><article><h1>Bridge vote</h1><p>By Ada Marsh and Tomas Berg</p><p>" + P1 + "</p><p>"
                + P2 + "</p></article></body></html>";

        HtmlExtractor.Page page = extractor.extract(html, null);

        assertThat(page.authors()).containsExactly("Ada Marsh", "Tomas Berg");
        assertThat(page.text()).isEqualTo(P1 + "\n\n" + P2);
    }
}
