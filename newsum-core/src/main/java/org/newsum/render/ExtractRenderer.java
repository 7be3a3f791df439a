package org.newsum.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import org.newsum.model.Article;
import org.newsum.model.Budget;
import org.newsum.model.Extract;
import org.newsum.model.Removal;

/**
 * Writes the {@link Extract} of a page, one that holds an article: as text (its metadata, a line each, then the
 * body), or as JSON with every field present (null when unknown), the removals and the notices.
 */
public final class ExtractRenderer {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ExtractRenderer() {
    }

    /** Title, authors (as a byline: "A, B and C"), date, URL, language and word count (those known), a blank line, and the article's text. */
    public static String text(Extract extract) {
        Article a = article(extract);
        StringBuilder out = new StringBuilder();
        line(out, "Title", a.title());
        line(out, "Authors", a.byline());
        line(out, "Date", a.date());
        line(out, "URL", a.url());
        line(out, "Language", extract.language() == null ? "unknown (too short or unclear to tell)"
                : extract.language());
        line(out, "Words", String.valueOf(Budget.countWords(a.text())));
        return out.append('\n').append(a.text()).append('\n').toString();
    }

    private static void line(StringBuilder out, String name, String value) {
        if (value != null) {
            out.append(name).append(": ").append(value).append('\n');
        }
    }

    /** Every field is present (null when unknown; authors a list, empty when unknown), so scripts can rely on the shape; removals as in a brief's JSON. */
    public static String json(Extract extract) {
        Article a = article(extract);
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("source", a.source());
        root.put("title", a.title());
        root.put("authors", a.authors());
        root.put("date", a.date());
        root.put("url", a.url());
        root.put("language", extract.language());
        root.put("words", Budget.countWords(a.text()));
        root.put("text", a.text());
        List<Map<String, Object>> removed = new ArrayList<>();
        for (Removal r : extract.removals()) {
            removed.add(JsonRenderer.removal(r));
        }
        root.put("removed", removed);
        root.put("notices", extract.notices().stream().map(JsonRenderer::notice).toList());
        try {
            return JSON.writer().with(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the article as JSON", e);
        }
    }

    private static Article article(Extract extract) {
        if (extract.article() == null) {
            throw new IllegalArgumentException("the page holds no article: " + extract.noArticle().message());
        }
        return extract.article();
    }
}
