package org.newsum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.newsum.model.Article;
import org.newsum.model.Extract;
import org.newsum.model.Notice;
import org.newsum.model.Reason;
import org.newsum.model.Removal;
import org.newsum.model.Source;

/** The façade's extract: one page in, its clean article, language, removals and reading notices out. */
class ExtractTest {

    private static final String PROSE = "The river ferry between the two old mill towns will run every hour from the "
            + "first of May, the county transport office said on Tuesday. Its new boat seats forty people and carries "
            + "bicycles on the upper deck, and the crossing takes about twelve minutes in calm weather.";

    private final Newsum newsum = new Newsum();

    private static Source page(Article article, Notice... notices) {
        return new Source("page", List.of(article), List.of(), List.of(notices));
    }

    @Test
    void aPageGivesItsArticleItsLanguageAndItsReadingNotices() {
        Article html = new Article("1", "ferry.html", null, null, null, null, Article.Format.HTML,
                "<html><head><title>Hourly ferry</title></head><body><nav><a href=/>Home</a> <a href=/news>News</a>"
                        + "</nav><article><h1>Hourly ferry</h1><p>" + PROSE + "</p></article></body></html>");

        Extract extract = newsum.extract(page(html, Notice.encodingFallback("ferry.html", "Windows-1252")));

        assertThat(extract.article().text()).contains("The river ferry").doesNotContain("Home");
        assertThat(extract.article().title()).isEqualTo("Hourly ferry");
        assertThat(extract.language()).isEqualTo("en");
        assertThat(extract.noArticle()).isNull();
        assertThat(extract.notices()).extracting(Notice::kind).containsExactly(Notice.Kind.ENCODING_FALLBACK);
        assertThat(extract.notices()).extracting(Notice::message)
                .containsExactly("ferry.html: not valid UTF-8, read as Windows-1252");
    }

    @Test
    void aPageWithNoArticleSaysWhyInItsArticleRemoval() {
        Extract extract = newsum.extract(page(Article.ofText("1", "empty.txt", "   ")));

        assertThat(extract.article()).isNull();
        assertThat(extract.language()).isNull();
        assertThat(extract.noArticle().scope()).isEqualTo(Removal.Scope.ARTICLE);
        assertThat(extract.noArticle().reason()).isEqualTo(Reason.EMPTY_ARTICLE);
    }

    @Test
    void extractReadsOnePage() {
        Source two = new Source("two", List.of(Article.ofText("1", "a", PROSE), Article.ofText("2", "b", PROSE)),
                List.of(), List.of());
        assertThatThrownBy(() -> newsum.extract(two)).isInstanceOf(IllegalArgumentException.class);
    }
}
