package org.newsum.clean;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import org.newsum.model.Reason;

/**
 * Extracts an HTML page's main text ({@link MainTextExtractor}) as paragraphs separated by blank
 * lines, with the page's title, byline, publication date and canonical URL (read by {@link PageMetadata}).
 */
public final class HtmlExtractor {

    /**
     * What a page holds: the main text and whatever metadata it declares ({@code null} when absent);
     * when the page holds no article the text is empty and {@code noArticleReason} says why;
     * {@code dropped} is the page's visible text left out of the main text, each with its reason.
     */
    public record Page(String text, String title, List<String> authors, String date, String url, Reason noArticleReason,
                       List<DroppedText> dropped) {

        public Page {
            authors = List.copyOf(authors);
            dropped = List.copyOf(dropped);
        }

        /** The authors as a byline ("A, B and C"), or {@code null} when the page names none. */
        public String byline() {
            return org.newsum.model.Byline.of(authors);
        }
    }

    private final MainTextExtractor mainText = new MainTextExtractor();

    /** Extracts the page; {@code url} may be {@code null}. */
    public Page extract(String html, String url) {
        Document doc = Jsoup.parse(html, url == null ? "" : url);
        PageMetadata meta = PageMetadata.of(doc, url);
        MainTextExtractor.MainText main = mainText.extract(doc);
        List<String> authors = meta.authors();
        if (authors.isEmpty()) {
            // No author in the page's markup: a visible "By ..." line the passes dropped names them.
            authors = main.dropped().stream()
                    .filter(d -> d.reason() == Reason.BYLINE || d.reason() == Reason.BYLINE_OR_DATELINE)
                    .map(d -> PageMetadata.statedAuthors(d.text())).filter(a -> a != null && !a.isEmpty())
                    .findFirst().orElse(List.of());
        }
        return new Page(main.text(), meta.title(), authors, meta.date(), meta.url(), main.noArticleReason(),
                main.dropped());
    }
}
