package org.newsum.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Supplier;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.newsum.RandomText;
import org.newsum.model.Article;
import org.newsum.model.Removal;

/**
 * Seeded random pages, well formed or broken, through the HTML passes and the clean stage: nothing
 * throws, a page has text exactly when it has no "no article" reason, no script text reaches the
 * text, and everything dropped has a reason.
 */
class HtmlPassesRandomTest {

    private static final int CASES = 1_500;

    @Test
    void everyPageGivesTextOrAReason() {
        HtmlExtractor extractor = new HtmlExtractor();
        for (int seed = 0; seed < CASES; seed++) {
            RandomText random = new RandomText(seed);
            String html = random.html();
            Supplier<String> where = RandomText.where(seed, html);
            HtmlExtractor.Page page;
            try {
                page = extractor.extract(html, random.nextBoolean() ? null : "https://news.example/story/" + seed);
            } catch (RuntimeException e) {
                throw new AssertionError(where.get(), e);
            }
            assertNotNull(page.text(), where);
            assertEquals(page.noArticleReason() == null, !page.text().isBlank(), where);
            // what the parser reads as a script or a style never reaches the text
            for (Element e : Jsoup.parse(html).select("script, style")) {
                assertFalse(e.data().strip().length() > 3 && page.text().contains(e.data().strip()), where);
            }
            assertFalse(page.text().contains("\r"), where);
            for (DroppedText d : page.dropped()) {
                assertTrue(d.text() != null && d.reason() != null, where);
                assertTrue(d.text().length() <= 201, where);
            }
            assertTrue(page.dropped().size() <= DroppedTextLog.MAX_ENTRIES + 1, where);
        }
    }

    @Test
    void theCleanStageKeepsABodyOrSaysWhyNot() {
        ClusterCleaner cleaner = new ClusterCleaner();
        for (int seed = 0; seed < CASES; seed++) {
            RandomText random = new RandomText(seed);
            boolean html = random.nextBoolean();
            String raw = html ? random.html() : random.prose(6) + "\n" + random.noise(30) + "\n" + random.prose(4);
            Article article = new Article("a", "page", null, null, null, null,
                    html ? Article.Format.HTML : Article.Format.TEXT, raw);
            Supplier<String> where = RandomText.where(seed, raw);
            ClusterCleaner.CleanArticle clean;
            try {
                clean = cleaner.cleanOne(article);
            } catch (RuntimeException e) {
                throw new AssertionError(where.get(), e);
            }
            for (Removal r : clean.removals()) {
                assertTrue(r.text() != null && !r.message().isBlank(), where);
            }
            if (clean.article().isEmpty()) {
                Removal last = clean.removals().get(clean.removals().size() - 1);
                assertEquals(Removal.Scope.ARTICLE, last.scope(), where);
            } else {
                String body = clean.article().get().text();
                assertFalse(body.isBlank() || body.contains("\r"), where);
                for (String line : body.split("\n")) {
                    assertEquals(line.strip(), line, where);
                }
            }
        }
    }
}
