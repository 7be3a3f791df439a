package org.newsum.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.newsum.model.Reason;
import org.newsum.model.Notice;
import org.newsum.model.Article;
import org.newsum.model.Brief;
import org.newsum.model.Budget;
import org.newsum.model.Citation;
import org.newsum.model.Removal;
import org.newsum.model.Summary;
import org.newsum.model.SummarySentence;

class RendererTest {

    static Brief brief() {
        String body1 = "The bridge reopened on Monday. Traffic was light.";
        String body2 = "Officials said the bridge reopened on Monday morning.";
        List<Article> articles = List.of(
                new Article("1", "one.txt", "https://example.org/a", "Bridge reopens", List.of("Ada Lark"), "2026-01-05", Article.Format.TEXT, body1),
                Article.ofText("2", "two.txt", body2));
        SummarySentence s = new SummarySentence(0, "The bridge reopened on Monday.", 0.75,
                List.of(new Citation("1", 0, 30, 1.0), new Citation("2", 0, 53, 0.8)));
        return new Brief("bridge", new Summary("centroid", Budget.words(50), List.of(s)), org.newsum.model.Insights.NONE, articles,
                List.of(Removal.line("1", 3, "Skip to main content", Reason.NAVIGATION)),
                List.of(Notice.controlsRemoved("a.txt", 1)));
    }

    @Test
    void textIsOneSentencePerLine() {
        assertThat(new TextRenderer().render(brief(), false)).isEqualTo("The bridge reopened on Monday.\n");
    }

    @Test
    void explainShowsScoresSourcesAndRemovals() {
        String text = new TextRenderer().render(brief(), true);
        assertThat(text).contains("score 0.7500", "sources 1, 2 (0.80)", "1 line 3 [navigation] Skip to main content",
                "a.txt: removed 1 control character(s)");
    }

    @Test
    void markdownCitesEverySourceAndListsThem() {
        String md = new MarkdownRenderer().render(brief(), false);
        assertThat(md).contains("The bridge reopened on Monday. [1](#source-1) [2](#source-2)");
        assertThat(md).contains("1. <a id=\"source-1\"></a>[Bridge reopens](https://example.org/a) — one.txt, by Ada Lark, 2026-01-05");
        assertThat(md).contains("2. <a id=\"source-2\"></a>two.txt");
    }

    @Test
    void htmlIsOnePageWithCitationsSourcesAndRemovalsEscaped() {
        String html = new HtmlRenderer().render(brief(), false);
        assertThat(html).startsWith("<!doctype html>").endsWith("</html>\n");
        assertThat(html).contains("<p class=\"sentence\">The bridge reopened on Monday. "
                + "<sup><a href=\"#source-1\">[1]</a></sup> <sup><a href=\"#source-2\">[2]</a></sup></p>");
        assertThat(html).contains("<li id=\"source-1\" value=\"1\"><a href=\"https://example.org/a\">Bridge reopens</a>");
        assertThat(html).contains("<em>navigation</em>: Skip to main content");
        assertThat(HtmlRenderer.escape("<a href=\"x\">&'")).isEqualTo("&lt;a href=&quot;x&quot;&gt;&amp;&#39;");
    }

    /** A brief whose every input-borne text is hostile: a file name with markup, a script URL, a removed tag. */
    static Brief hostileBrief() {
        String body = "The ferry resumed service on Friday.";
        List<Article> articles = List.of(
                new Article("1", "<img src=x onerror=alert(1)>.txt", "javascript:alert(1)", "Ferry <b>back</b>", null,
                        null, Article.Format.TEXT, body),
                new Article("2", "two\n# heading.txt", "https://example.org/a b)(c", null, null, null,
                        Article.Format.TEXT, body));
        SummarySentence s = new SummarySentence(0, body, 0.5, List.of(new Citation("1", 0, body.length(), 1.0)));
        return new Brief("ferry", new Summary("lead", Budget.words(50), List.of(s)), org.newsum.model.Insights.NONE,
                articles, List.of(Removal.line("1", 2, "<script>alert(2)</script>", Reason.NAVIGATION)),
                List.of(Notice.controlsRemoved("<img src=y onerror=alert(3)>.txt", 1)));
    }

    @Test
    void markdownExplainEscapesNamesTitlesRemovedTextAndNoticesAndLinksOnlyWebAddresses() {
        String md = new MarkdownRenderer().render(hostileBrief(), true);
        assertThat(md).doesNotContainPattern("(?<!\\\\)<(img|script|b)").doesNotContain("](javascript:", "\n# heading");
        assertThat(md).contains("- 1: \\<img src=x onerror=alert(1)\\>.txt — Ferry \\<b\\>back\\</b\\>",
                "[navigation] \\<script\\>alert(2)\\</script\\>", "(https://example.org/a%20b%29%28c)");
    }

    @Test
    void textExplainKeepsEachNameOnItsLine() {
        String text = new TextRenderer().render(hostileBrief(), true);
        assertThat(text).contains("  2: two # heading.txt\n").doesNotContain("two\n");
    }

    @Test
    void markdownEscapesMarkup() {
        assertThat(MarkdownRenderer.escape("a *b* [c] #d")).isEqualTo("a \\*b\\* \\[c\\] \\#d");
    }

    @Test
    void jsonHasSourcesOffsetsScoresAndRemovals() throws Exception {
        JsonNode root = new ObjectMapper().readTree(new JsonRenderer(true).render(brief(), false));
        JsonNode sentence = root.get("summary").get(0);
        assertThat(sentence.get("sources").toString()).isEqualTo("[\"1\",\"2\"]");
        assertThat(sentence.get("score").asDouble()).isEqualTo(0.75);
        assertThat(sentence.get("citations").get(1).get("start").asInt()).isZero();
        assertThat(sentence.get("citations").get(1).get("text").asText())
                .isEqualTo("Officials said the bridge reopened on Monday morning.");
        assertThat(root.get("removed").get(0).get("code").asText()).isEqualTo("R101");
        assertThat(root.get("removed").get(0).get("message").asText()).isEqualTo("navigation");
        assertThat(root.get("removed").get(0).has("reason")).isFalse();
        assertThat(root.get("notices").get(0).get("code").asText()).isEqualTo("N102");
        assertThat(root.get("notices").get(0).get("message").asText())
                .isEqualTo("a.txt: removed 1 control character(s), such as NUL, that are not part of a text");
        assertThat(root.get("budget").get("limit").asInt()).isEqualTo(50);
        assertThat(root.get("words").asInt()).isEqualTo(5);
        // the same order in every run, so two runs' outputs compare byte for byte
        assertThat(root.get("budget").toString()).isEqualTo("{\"unit\":\"words\",\"limit\":50}");
    }

    @Test
    void jsonListsEachArticlesMetadataWhenKnown() throws Exception {
        JsonNode articles = new ObjectMapper().readTree(new JsonRenderer(false).render(brief(), false)).get("articles");

        assertThat(articles.get(0).get("title").asText()).isEqualTo("Bridge reopens");
        assertThat(articles.get(0).get("authors").get(0).asText()).isEqualTo("Ada Lark");
        assertThat(articles.get(0).get("date").asText()).isEqualTo("2026-01-05");
        assertThat(articles.get(0).get("url").asText()).isEqualTo("https://example.org/a");
        assertThat(articles.get(1).has("authors")).isFalse();
    }

    @Test
    void aPageBlockRemovalSaysWhereItCameFromInEveryFormat() throws Exception {
        Brief b = brief();
        Brief withBlock = new Brief(b.id(), b.summary(), b.insights(), b.articles(),
                List.of(Removal.block("2", "Front page Towns Weather", Reason.NAVIGATION),
                        Removal.otherLanguage("3", "Ein Artikel auf Deutsch", "de", "en")),
                b.notices());

        assertThat(new TextRenderer().render(withBlock, true))
                .contains("2 page block [navigation] Front page Towns Weather", "3 (whole article) [language: de");
        assertThat(new MarkdownRenderer().render(withBlock, true)).contains("2 page block [navigation] Front page");
        assertThat(new HtmlRenderer().render(withBlock, false))
                .contains("<li>2 page block <em>navigation</em>: Front page Towns Weather</li>");
        JsonNode removed = new ObjectMapper().readTree(new JsonRenderer(false).render(withBlock, false)).get("removed");
        assertThat(removed.get(0).get("scope").asText()).isEqualTo("block");
        assertThat(removed.get(0).get("line").isNull()).isTrue(); // a page block has no line number
        assertThat(removed.get(0).get("text").asText()).isEqualTo("Front page Towns Weather");
    }
}
