package org.newsum.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class PageMetadataTest {

    private static PageMetadata read(String head, String body, String url) {
        return PageMetadata.of(Jsoup.parse("<html><head>" + head + "</head><body>" + body + "</body></html>",
                url == null ? "" : url), url);
    }

    private static PageMetadata read(String head, String body) {
        return read(head, body, null);
    }

    @Test
    void metaTagsComeFirst() {
        PageMetadata m = read("""
                <title>Tram line opens | Northgate Post</title>
                <meta property="og:title" content="Tram line opens at last">
                <meta name="author" content="Lena Ostrova">
                <meta property="article:published_time" content="2026-04-02T08:00:00Z">
                <link rel="canonical" href="https://post.example/tram">
                <script type="application/ld+json">
                {"@type": "NewsArticle", "headline": "JSON headline", "datePublished": "2026-04-01",
                 "author": {"@type": "Person", "name": "Someone Else"}}
                </script>
                """, "<h1>Visible headline</h1><time datetime=\"2026-03-30\">30 March</time>");

        assertThat(m).isEqualTo(new PageMetadata("Tram line opens at last", "Lena Ostrova",
                "2026-04-02T08:00:00Z", "https://post.example/tram"));
    }

    @Test
    void jsonLdFillsWhatMetaTagsLack() {
        PageMetadata m = read("""
                <script type="application/ld+json">
                {"@type": "NewsArticle", "headline": "Tram line opens", "datePublished": "2026-04-01T06:00:00+02:00",
                 "author": [{"@type": "Person", "name": "Lena Ostrova"}, {"@type": "Person", "name": "Tomas Berg"}]}
                </script>
                """, "<h1>Visible headline</h1><time datetime=\"2026-03-30\">30 March</time>");

        assertThat(m.title()).isEqualTo("Tram line opens");
        assertThat(m.byline()).isEqualTo("Lena Ostrova, Tomas Berg");
        assertThat(m.date()).isEqualTo("2026-04-01T06:00:00+02:00");
    }

    @Test
    void theArticleNodeOfAGraphWinsOverOtherNodes() {
        PageMetadata m = read("""
                <script type="application/ld+json">
                {"@context": "https://schema.org", "@graph": [
                  {"@type": "WebPage", "datePublished": "2019-01-01"},
                  {"@type": ["ReportageNewsArticle"], "datePublished": "2026-04-03", "author": "Lena Ostrova"}]}
                </script>
                """, "");

        assertThat(m.date()).isEqualTo("2026-04-03");
        assertThat(m.byline()).isEqualTo("Lena Ostrova");
    }

    @Test
    void aDateOnAnyNodeIsTheFallback() {
        PageMetadata m = read("""
                <script type="application/ld+json">[{"@type": "WebPage", "datePublished": "2026-04-04"}]</script>
                """, "");

        assertThat(m.date()).isEqualTo("2026-04-04");
    }

    @Test
    void brokenJsonLdIsSkipped() {
        PageMetadata m = read("""
                <script type="application/ld+json">{"@type": "NewsArticle", "datePublished": </script>
                <script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2026-04-05"}</script>
                """, "");

        assertThat(m.date()).isEqualTo("2026-04-05");
    }

    @Test
    void aPublishedTimeElementWinsOverOtherTimes() {
        PageMetadata m = read("", "<time datetime=\"2026-04-09\">updated</time>"
                + "<time itemprop=\"datePublished\" datetime=\"2026-04-06\">6 April</time>");

        assertThat(m.date()).isEqualTo("2026-04-06");
        assertThat(read("", "<p><time datetime=\"2026-04-07T10:00\">7 April</time></p>").date())
                .isEqualTo("2026-04-07T10:00");
    }

    @Test
    void bylineFromMarkupLosesItsBy() {
        assertThat(read("", "<p class=\"byline\">By <a rel=\"author\">Lena Ostrova</a></p>").byline())
                .isEqualTo("Lena Ostrova");
        assertThat(read("", "<div class=\"byline\">  by   Tomas Berg </div>").byline()).isEqualTo("Tomas Berg");
        assertThat(read("<meta name=\"byl\" content=\"By Lena Ostrova and Tomas Berg\">", "").byline())
                .isEqualTo("Lena Ostrova and Tomas Berg");
        assertThat(read("", "<span itemprop=\"author\"><span itemprop=\"name\">Ada Holm</span>, Staff</span>").byline())
                .isEqualTo("Ada Holm");
    }

    @Test
    void profileUrlsAndParagraphsAreNotBylines() {
        assertThat(read("<meta property=\"article:author\" content=\"https://social.example/lena\">", "").byline())
                .isNull();
        assertThat(read("", "<div class=\"byline\">" + "A long paragraph of text that is not a name. ".repeat(5)
                + "</div>").byline()).isNull();
        assertThat(read("<meta property=\"article:author\" content=\"Lena Ostrova\">", "").byline())
                .isEqualTo("Lena Ostrova");
    }

    @Test
    void statedBylineNeedsABy() {
        assertThat(PageMetadata.statedByline("By Sam Writer")).isEqualTo("Sam Writer");
        assertThat(PageMetadata.statedByline("Written by Sam Writer, Valley Wire")).isEqualTo("Sam Writer, Valley Wire");
        assertThat(PageMetadata.statedByline("Northgate Post's Sam Writer reports")).isNull();
    }

    @Test
    void titleFallsBackToTheHeadingThenTheTitleElement() {
        assertThat(read("<title>Tram | Post</title>", "<h1>Tram line opens</h1>").title()).isEqualTo("Tram line opens");
        assertThat(read("<title>Tram | Post</title>", "").title()).isEqualTo("Tram | Post");
    }

    @Test
    void canonicalUrlThenOpenGraphThenTheGivenUrl() {
        assertThat(read("<link rel=\"canonical\" href=\"/news/tram\"><meta property=\"og:url\" content=\"https://og.example/t\">",
                "", "https://post.example/news/tram?utm_source=feed").url()).isEqualTo("https://post.example/news/tram");
        assertThat(read("<meta property=\"og:url\" content=\"https://og.example/t\">", "", "https://post.example/x").url())
                .isEqualTo("https://og.example/t");
        assertThat(read("", "", "https://post.example/x").url()).isEqualTo("https://post.example/x");
        // A relative canonical link cannot be resolved without the page's address.
        assertThat(read("<link rel=\"canonical\" href=\"/news/tram\">", "").url()).isNull();
    }

    @Test
    void malformedHtmlStillGivesMetadata() {
        PageMetadata m = PageMetadata.of(Jsoup.parse("<html><head><title>Tram line opens<meta name=author content='Lena Ostrova'"
                + "<body><h1>Tram<p>text"), null);

        assertThat(m.title()).isNotBlank();
    }

    @Test
    void aPageWithoutMetadataHasNulls() {
        assertThat(read("", "<p>Just text.</p>")).isEqualTo(new PageMetadata(null, null, null, null));
    }
}
