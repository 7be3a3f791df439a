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
