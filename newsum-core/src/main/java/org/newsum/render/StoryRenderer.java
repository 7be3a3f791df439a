package org.newsum.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.newsum.model.Brief;
import org.newsum.model.Story;
import org.newsum.model.StoryVerdict;

/**
 * Writes stories: one JSON line per story ({@code {"story", "articles", "sources", "first", "last", "title",
 * "brief"?}}, the brief exactly the JSON of {@link JsonRenderer}), or a front page in Markdown or HTML, biggest
 * story first, each with its sources and its brief as {@link MarkdownRenderer} and {@link HtmlRenderer} write it.
 */
public final class StoryRenderer {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A story with its brief, or {@code null} when briefs were not asked for. */
    public record Entry(Story story, Brief brief) {
    }

    private StoryRenderer() {
    }

    /** One story as one line of JSON, without the line break. */
    public static String jsonLine(Story story, Brief brief) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("story", story.id());
        m.put("articles", story.articles());
        m.put("sources", story.sources());
        m.put("first", story.first());
        m.put("last", story.last());
        m.put("title", story.title());
        if (!story.duplicates().isEmpty()) {
            m.put("duplicates", story.duplicates());
        }
        if (brief != null) {
            m.put("brief", JsonRenderer.tree(brief));
        }
        try {
            return JSON.writeValueAsString(m);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write story as JSON", e);
        }
    }

    /** What became of one article, as one line of JSON: {@code {"id", "kind", "story"?, "code"?, "detail"?}}. */
    public static String verdictLine(StoryVerdict v) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", v.articleId());
        m.put("kind", v.kind().name().toLowerCase(java.util.Locale.ROOT));
        if (v.story() != null) {
            m.put("story", v.story());
        }
        if (v.reason() != null) {
            m.put("code", v.reason().code());
        }
        if (v.detail() != null) {
            m.put("detail", v.detail());
        }
        try {
            return JSON.writeValueAsString(m);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write verdict as JSON", e);
        }
    }

    /**
     * A front page in Markdown: per story (in the given order) its title, its size, sources and dates, and its brief
     * as {@link MarkdownRenderer} writes it, one heading level down.
     */
    public static String markdown(String title, List<Entry> entries) {
        StringBuilder out = new StringBuilder("# ").append(MarkdownRenderer.escape(title)).append("\n\n");
        if (entries.isEmpty()) {
            out.append("_No story has enough articles and sources._\n");
        }
        for (Entry e : entries) {
            Story s = e.story();
            out.append("## ").append(MarkdownRenderer.escape(s.title() == null ? s.id() : s.title())).append("\n\n");
            out.append("*").append(s.id()).append(": ").append(s.articles().size()).append(" articles from ")
                    .append(s.sources().size()).append(" sources").append(dates(s)).append("* — ")
                    .append(MarkdownRenderer.escape(String.join(", ", s.sources()))).append("\n\n");
            if (e.brief() != null) {
                String brief = new MarkdownRenderer().render(e.brief(), false);
                out.append(brief.replaceAll("(?m)^## ", "### ")).append("\n");
            }
        }
        return out.toString();
    }

    /**
     * A front page in HTML: per story its title, size, sources and dates, and the body of its brief as
     * {@link HtmlRenderer} writes it.
     */
    public static String html(String title, List<Entry> entries) {
        StringBuilder out = new StringBuilder(8192);
        out.append("<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(HtmlRenderer.escape(title)).append(" — newsum</title>\n")
                .append("<style>body{font:16px/1.5 system-ui,sans-serif;max-width:46rem;margin:1rem auto;padding:0 1rem}"
                        + "article{border-top:1px solid #ccc;margin-top:1.5rem}sup a{text-decoration:none}</style>\n")
                .append("</head>\n<body>\n<h1>").append(HtmlRenderer.escape(title)).append("</h1>\n");
        if (entries.isEmpty()) {
            out.append("<p>No story has enough articles and sources.</p>\n");
        }
        for (Entry e : entries) {
            Story s = e.story();
            out.append("<article class=\"story\" id=\"").append(HtmlRenderer.escape(s.id())).append("\">\n<h2>")
                    .append(HtmlRenderer.escape(s.title() == null ? s.id() : s.title())).append("</h2>\n")
                    .append("<p class=\"meta\">").append(s.articles().size()).append(" articles from ")
                    .append(s.sources().size()).append(" sources").append(HtmlRenderer.escape(dates(s)))
                    .append(": ").append(HtmlRenderer.escape(String.join(", ", s.sources()))).append("</p>\n");
            if (e.brief() != null) {
                String page = new HtmlRenderer().render(e.brief(), false);
                int from = page.indexOf("<main>");
                int to = page.lastIndexOf("</main>");
                if (from >= 0 && to > from) {
                    out.append(page, from + "<main>".length(), to);
                }
            }
            out.append("</article>\n");
        }
        return out.append("</body>\n</html>\n").toString();
    }

    private static String dates(Story s) {
        if (s.first() == null) {
            return "";
        }
        return s.first().equals(s.last()) ? ", " + s.first() : ", " + s.first() + " to " + s.last();
    }

    /** The front-page order: most articles first, then most sources, then the story that started first. */
    public static List<Entry> frontPage(List<Entry> entries) {
        List<Entry> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.<Entry>comparingInt(e -> -e.story().articles().size())
                .thenComparingInt(e -> -e.story().sources().size())
                .thenComparingLong(e -> number(e.story().id())).thenComparing(e -> e.story().id()));
        return sorted;
    }

    private static long number(String id) {
        try {
            return Long.parseLong(id.substring(1));
        } catch (RuntimeException e) {
            return Long.MAX_VALUE;
        }
    }
}
