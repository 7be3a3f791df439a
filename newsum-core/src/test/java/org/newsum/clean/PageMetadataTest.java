package org.newsum.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

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

        // The visible headline is the title; the meta tags come first for the rest.
        assertThat(m).isEqualTo(new PageMetadata("Visible headline", List.of("Lena Ostrova"),
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

        assertThat(m.title()).isEqualTo("Visible headline"); // the page's own h1 before JSON-LD's headline
        assertThat(m.authors()).containsExactly("Lena Ostrova", "Tomas Berg");
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
                .isEqualTo("2026-04-07T10:00:00");
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
        assertThat(PageMetadata.statedAuthors("By Sam Writer")).containsExactly("Sam Writer");
        assertThat(PageMetadata.statedAuthors("Written by Sam Writer, Valley Wire")).containsExactly("Sam Writer");
        assertThat(PageMetadata.statedAuthors("Northgate Post's Sam Writer reports")).isNull();
    }

    @Test
    void titleFallsBackToTheHeadingThenTheTitleElement() {
        assertThat(read("<title>Tram | Post</title>", "<h1>Tram line opens</h1>").title()).isEqualTo("Tram line opens");
        assertThat(read("<title>Tram | Post</title>", "").title()).isEqualTo("Tram");
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

    @Test
    void theTitleIsTheVisibleHeadlineNotOpenGraphsNorTheLogo() {
        PageMetadata m = read("""
                <title>Ferry timetable changes | Harbour Gazette</title>
                <meta property="og:title" content="New ferry times: what you need to know">
                <meta property="og:site_name" content="Harbour Gazette">
                """, "<h1 class=\"logo\"><a href=\"/\"><img src=\"/g.png\" alt=\"\">Harbour Gazette</a></h1>"
                + "<h1>Ferry timetable changes from Monday</h1>");

        assertThat(m.title()).isEqualTo("Ferry timetable changes from Monday");
    }

    @Test
    void withoutAHeadlineTheDeclaredTitleLosesTheSiteName() {
        assertThat(read("<meta property=\"og:title\" content=\"Ferry times change - Harbour Gazette\">"
                + "<meta property=\"og:site_name\" content=\"Harbour Gazette\">", "<p>Text.</p>").title())
                .isEqualTo("Ferry times change");
        assertThat(read("<title>Ferry times change | Harbour Gazette</title>", "").title())
                .isEqualTo("Ferry times change");
        assertThat(read("<title>Ferry times change - what it means for commuters</title>", "").title())
                .isEqualTo("Ferry times change - what it means for commuters");
        assertThat(read("<meta property=\"og:site_name\" content=\"Harbour Gazette\">",
                "<h1>Ferry times change | Harbour Gazette</h1>").title()).isEqualTo("Ferry times change");
    }

    @Test
    void severalAuthorsAreAList() {
        assertThat(read("<meta name=\"byl\" content=\"By ADA MARSH, TOMAS BERG and LENA OSTROVA\">", "").authors())
                .containsExactly("ADA MARSH", "TOMAS BERG", "LENA OSTROVA");
        assertThat(read("", "<div class=\"byline\">By Ada Marsh &amp; Tomas Berg</div>").authors())
                .containsExactly("Ada Marsh", "Tomas Berg");
    }

    @Test
    void theSitesOwnNameIsNoAuthor() {
        PageMetadata m = read("<meta property=\"og:site_name\" content=\"Harbour Gazette\">"
                + "<meta name=\"author\" content=\"Harbour Gazette\">", "<p class=\"byline\">By Ada Marsh</p>");

        assertThat(m.authors()).containsExactly("Ada Marsh");
    }

    @Test
    void datesAreIso8601WithTheirZoneWhenThePageGivesOne() {
        assertThat(read("<meta property=\"article:published_time\" content=\"Tue, 3 Mar 2026 09:30:00 -0600\">", "")
                .date()).isEqualTo("2026-03-03T09:30:00-06:00");
        assertThat(read("<meta name=\"date\" content=\"2026-03-03 09:30:00 GMT\">", "").date())
                .isEqualTo("2026-03-03T09:30:00Z");
        assertThat(read("<meta name=\"date\" content=\"2026-03-03T09:30:00.000+0100\">", "").date())
                .isEqualTo("2026-03-03T09:30:00+01:00");
        assertThat(read("<meta name=\"date\" content=\"2026-03-03T09:30:00\">", "").date())
                .isEqualTo("2026-03-03T09:30:00");
        assertThat(read("<meta name=\"date\" content=\"March 3, 2026\">", "").date()).isEqualTo("2026-03-03");
        assertThat(read("<meta name=\"date\" content=\"2026/03/03\">", "").date()).isEqualTo("2026-03-03");
        assertThat(read("<meta name=\"date\" content=\"early spring\">", "").date()).isEqualTo("early spring");
    }
}
